import { ContextProvider } from '@lit/context';
import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { sessionContext } from '../../core/context.js';
import { isRtl } from '../../core/i18n.js';
import { EmbedSession, type TokenProvider } from '../../core/session.js';
import { ALL_THEME_TOKENS, themeToTokens, type ColorScheme, type ThemeInput } from '../../core/theme.js';
import { embedStyles } from './embed.styles.js';

/**
 * @tagname stratum-embed
 * @summary The root of an embed: holds the API base, the embed token (or a `tokenProvider`), theme, locale
 * and currency, and passes them to every widget inside it.
 *
 * @slot - The widgets.
 *
 * @cssproperty --stratum-color-primary - Brand colour (buttons, focus, first series).
 * @cssproperty --stratum-color-surface - Card background.
 * @cssproperty --stratum-color-background - Page-level background inside dashboards.
 * @cssproperty --stratum-color-text - Text colour.
 * @cssproperty --stratum-color-text-muted - Secondary text.
 * @cssproperty --stratum-color-border - Borders and grid lines.
 * @cssproperty --stratum-color-positive - Good news (a rise of a metric that should rise).
 * @cssproperty --stratum-color-negative - Bad news.
 * @cssproperty --stratum-chart-1 - First series colour (up to --stratum-chart-6).
 * @cssproperty --stratum-font-family - Font of every widget.
 * @cssproperty --stratum-radius - Corner radius.
 * @cssproperty --stratum-density - Spacing scale (0.75 compact, 1, 1.25 spacious).
 *
 * @event stratum-token-expiring - The token expires soon (detail: expiresAt, secondsLeft, willRefresh).
 */
export class StratumEmbed extends LitElement {
  static override styles = embedStyles;

  /** Origin of the embed API, e.g. https://analytics.agency.com; empty = this page's origin. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** The embed token (a short-lived JWT minted by your backend). */
  @property() token?: string;
  /** Returns a fresh token; called ahead of expiry and after a 401, keeping the view as it is. */
  @property({ attribute: false }) tokenProvider?: TokenProvider;
  /** BCP 47 locale of the viewer; default: the token's, else the page's. */
  @property() locale?: string;
  /** ISO 4217 currency for money; default: the token's, else the tenant's. */
  @property() currency?: string;
  /** Theme data (colours, font, radius, density) from the portal; JSON in the attribute. */
  @property({ type: Object }) theme?: ThemeInput;
  /** light, dark, or auto (follows the viewer's prefers-color-scheme). */
  @property({ attribute: 'color-scheme' }) colorScheme: ColorScheme = 'auto';
  /** "Today" for relative ranges (YYYY-MM-DD); default: the viewer's today. */
  @property() today?: string;

  /** The session every widget inside uses. */
  readonly session = new EmbedSession(this);
  private readonly provider = new ContextProvider(this, { context: sessionContext, initialValue: this.session });
  private readonly darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
  private directionSetByUs = false;
  private readonly schemeChanged = (): void => this.applyAppearance();

  override connectedCallback(): void {
    super.connectedCallback();
    this.darkQuery.addEventListener('change', this.schemeChanged);
    this.provider.setValue(this.session, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.darkQuery.removeEventListener('change', this.schemeChanged);
    this.session.dispose();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.session.update({
      apiBase: this.apiBase,
      token: this.token,
      tokenProvider: this.tokenProvider,
      locale: this.locale,
      currency: this.currency,
      today: this.today,
    });
    if (changed.has('locale') || changed.has('token')) this.applyDirection();
    if (changed.has('theme') || changed.has('colorScheme')) this.applyAppearance();
  }

  private applyDirection(): void {
    const rtl = isRtl(this.session.locale);
    if (this.hasAttribute('dir') && !this.directionSetByUs) return;
    this.directionSetByUs = true;
    this.setAttribute('dir', rtl ? 'rtl' : 'ltr');
  }

  private applyAppearance(): void {
    const mode = this.colorScheme === 'auto' ? (this.theme?.mode ?? 'auto') : this.colorScheme;
    const scheme = mode === 'dark' || (mode === 'auto' && this.darkQuery.matches) ? 'dark' : 'light';
    this.dataset.scheme = scheme;
    for (const token of ALL_THEME_TOKENS) this.style.removeProperty(token);
    if (!this.theme) return;
    for (const [token, value] of Object.entries(themeToTokens(this.theme, scheme))) this.style.setProperty(token, value);
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}
