import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CHANNELS,
  RECOMMENDATION_KINDS,
  type Channel,
  type EvidenceFigure,
  type RecommendationApplyResult,
  type RecommendationDismissResult,
  type RecommendationDto,
  type RecommendationKindName,
  type RecommendationListResult,
} from '../../contract.js';
import { StratumApiError } from '../../core/errors.js';
import type { FilterState } from '../../core/events.js';
import { formatDate } from '../../core/format.js';
import { channelLabel } from '../../core/labels.js';
import { StratumResourceElement } from '../../core/resource-element.js';
import type { EmbedSession } from '../../core/session.js';
import { baseStyles, skeletonWidths } from '../../core/styles.js';
import { aiText, type AiStringKey } from './ai-strings.js';
import { evidenceChart } from './evidence-chart.js';
import {
  StratumRecommendationAppliedEvent,
  StratumRecommendationApplyEvent,
  StratumRecommendationDismissedEvent,
  StratumRecommendationDismissEvent,
} from './recommendation-events.js';
import { recommendationsStyles } from './recommendations.styles.js';

/** Per-card UI state that is not the server's: an apply in flight, an error, the open panels. */
interface CardState {
  pending?: 'apply' | 'dismiss';
  error?: string;
  evidenceOpen?: boolean;
  dismissOpen?: boolean;
}

/** An alert (anomaly, tracking check): apply only acknowledges it, so the trust gate never blocks it. */
const isAlert = (r: RecommendationDto): boolean => r.action.type === 'investigate_anomaly' || r.action.type === 'check_tracking';

/**
 * @tagname stratum-recommendations
 * @summary Recommendations computed from the tenant's metrics and signal health, as cards: headline, confidence,
 * expected impact with its interval, reasoning, a trust-gate badge, and Apply / Dismiss / Learn more (the evidence,
 * the test and a chart). Sorted by expected impact, filterable by kind and channel. Apply is optimistic and rolls
 * back when the server refuses (e.g. the trust gate).
 *
 * @csspart base - The card around the list.
 * @csspart title - The heading.
 * @csspart filters - The kind and channel filters.
 * @csspart list - The list of recommendations.
 * @csspart card - One recommendation.
 * @csspart headline - Its headline.
 * @csspart figures - Confidence and impact.
 * @csspart reasoning - The plain-language reasoning.
 * @csspart gate - The trust-gate badge.
 * @csspart actions - The buttons.
 * @csspart apply-button - Apply.
 * @csspart dismiss-button - Dismiss.
 * @csspart learn-more-button - Learn more.
 * @csspart evidence - The evidence panel.
 * @csspart evidence-chart - Its chart.
 * @csspart card-error - An error of one card.
 * @csspart skeleton - Loading placeholder.
 * @csspart error - Error state.
 * @csspart empty - Empty state.
 *
 * @cssproperty --stratum-recommendations-background - Background of the outer card.
 * @cssproperty --stratum-recommendations-card-background - Background of each recommendation.
 * @cssproperty --stratum-recommendations-accent - Accent (border, chart line).
 * @cssproperty --stratum-recommendations-gated - Colour of the trust-gate badge.
 *
 * @event stratum-recommendation-apply - Before an apply; cancelable.
 * @event stratum-recommendation-applied - After the server applied it: `{ recommendation, changes }`.
 * @event stratum-recommendation-dismiss - Before a dismiss; cancelable.
 * @event stratum-recommendation-dismissed - After the server dismissed it.
 * @event stratum-render-complete - The cards are on screen.
 * @event stratum-error - Loading or an action failed.
 */
export class StratumRecommendations extends StratumResourceElement<RecommendationListResult> {
  static override styles = [baseStyles, skeletonWidths, recommendationsStyles];

  @property() heading?: string;
  /** Show only this kind (e.g. "budget_increase"). The viewer can change it in the filter. */
  @property() kind?: RecommendationKindName | '';
  /** Show only this channel. */
  @property() channel?: Channel | '';
  /** A dashboard's filter state: its channel and campaign selection narrows the cards too. */
  @property({ attribute: false }) filters?: Pick<FilterState, 'channels' | 'campaignIds'>;
  /** At most this many cards. */
  @property({ type: Number }) limit = 20;

  /** Server answers kept locally so an apply can update one card without a reload (and roll back on error). */
  @state() private overrides = new Map<string, RecommendationDto>();
  @state() private cards = new Map<string, CardState>();

  constructor() {
    super();
    this.skeletonLines = 6;
  }

  protected resourceKey(): string {
    return `recommendations:${this.limit}`;
  }

  protected load(session: EmbedSession, _key: string, signal: AbortSignal): Promise<RecommendationListResult> {
    this.overrides = new Map();
    return session.json<RecommendationListResult>(`/api/embed/v1/recommendations?status=open&limit=${Math.min(100, Math.max(1, this.limit))}`, { signal });
  }

  private t(key: AiStringKey, ...values: (string | number)[]): string {
    return aiText(key, this.language, ...values);
  }

  protected override render(): TemplateResult {
    const title = this.heading ?? this.t('recommendations');
    return html`<section part="base" class="card" aria-label=${title}>
      <div class="head">
        <h3 part="title" class="title">${title}</h3>
        ${this.renderFilters()}
      </div>
      ${this.renderData()}
    </section>`;
  }

  private renderFilters(): TemplateResult {
    return html`<div part="filters" class="filters">
      <select aria-label=${this.t('filterKind')} @change=${(e: Event) => (this.kind = (e.target as HTMLSelectElement).value as RecommendationKindName | '')}>
        <option value="" ?selected=${!this.kind}>${this.t('allKinds')}</option>
        ${RECOMMENDATION_KINDS.map((k) => html`<option value=${k} ?selected=${this.kind === k}>${this.t(`kind_${k}`)}</option>`)}
      </select>
      <select aria-label=${this.t('filterChannel')} @change=${(e: Event) => (this.channel = (e.target as HTMLSelectElement).value as Channel | '')}>
        <option value="" ?selected=${!this.channel}>${this.t('allChannels')}</option>
        ${CHANNELS.map((c) => html`<option value=${c} ?selected=${this.channel === c}>${channelLabel(c)}</option>`)}
      </select>
    </div>`;
  }

  protected renderResult(result: RecommendationListResult): TemplateResult {
    const recs = result.recommendations
      .map((r) => this.overrides.get(r.id) ?? r)
      .filter((r) => (!this.kind || r.kind === this.kind) && (!this.channel || r.channel === this.channel))
      .filter((r) => !this.filters?.channels?.length || (r.channel !== null && this.filters.channels.includes(r.channel)))
      .filter((r) => !this.filters?.campaignIds?.length || (r.campaign !== null && this.filters.campaignIds.includes(r.campaign.id)))
      .sort((a, b) => b.impact.expected - a.impact.expected);
    if (recs.length === 0) return html`<div part="empty" class="state" role="status"><p class="state-message">${this.t('empty')}</p></div>`;
    // A token without recommendations:apply only informs: no Apply / Dismiss that would be refused.
    const decide = result.canDecide !== false;
    return html`<ol part="list">
      ${recs.map((r) => this.renderCard(r, decide))}
    </ol>`;
  }

  private money(amount: number, currency: string): string {
    return new Intl.NumberFormat(this.locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  }

  private headline(r: RecommendationDto): string {
    const name = r.campaign?.name ?? '';
    const a = r.action;
    switch (a.type) {
      case 'set_daily_budget':
        return this.t(a.changePct >= 0 ? 'headline_increase' : 'headline_decrease', Math.abs(a.changePct), name);
      case 'shift_traffic':
        return this.t('headline_shift', name);
      case 'pause_campaign':
        return this.t('headline_pause', name);
      case 'investigate_anomaly':
        return this.t(a.direction === 'drop' ? 'headline_anomaly_drop' : 'headline_anomaly_spike', this.t(a.metric === 'spend' ? 'metric_spend' : 'metric_conversions'), formatDate(a.date, this.locale), name || channelLabel(a.channel));
      case 'check_tracking':
        return this.t('headline_tracking', channelLabel(a.channel));
    }
  }

  private renderCard(r: RecommendationDto, decide: boolean): TemplateResult {
    const ui = this.cards.get(r.id) ?? {};
    const pct = new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 });
    const sign = r.impact.expected >= 0 ? '+' : '';
    const open = r.status === 'open';
    return html`<li part="card" data-id=${r.id} data-kind=${r.kind} data-status=${r.status} data-gated=${r.trustGate.gated ? 'true' : 'false'}>
      <span class="kind">${this.t(`kind_${r.kind}`)}${r.channel ? html` · ${channelLabel(r.channel)}` : nothing}</span>
      <h4 part="headline">${this.headline(r)}</h4>
      <dl part="figures">
        <dt>${this.t('confidence')}</dt>
        <dd data-figure="confidence">${pct.format(r.confidence)}</dd>
        <dt>${this.t('impact')}</dt>
        <dd data-figure="impact">
          <span class="impact">${sign}${this.money(r.impact.expected, r.impact.currency)} ${this.t(`metric_${r.impact.metric}`)}</span>
          <span class="range">(${this.money(r.impact.low, r.impact.currency)} – ${this.money(r.impact.high, r.impact.currency)})</span>
        </dd>
        <dt>${this.t('reasoning')}</dt>
        <dd part="reasoning">${r.reasoning}</dd>
      </dl>
      ${r.trustGate.gated
        ? html`<span part="gate" role="note"><span aria-hidden="true">!</span>${this.t('advisory')}</span>
            <p class="gate-note">${this.t('gateNote', r.trustGate.healthScore ?? '–', r.trustGate.threshold)}</p>`
        : nothing}
      ${ui.error ? html`<p part="card-error" role="alert">${ui.error}</p>` : nothing}
      <div part="actions">
        ${open && decide
          ? html`<button part="apply-button" class="button button--primary" type="button" ?disabled=${r.trustGate.gated || !!ui.pending} aria-disabled=${r.trustGate.gated ? 'true' : 'false'} @click=${() => this.apply(r)}>
                ${ui.pending === 'apply' ? this.t('applying') : this.t(isAlert(r) ? 'acknowledge' : 'apply')}
              </button>
              <button part="dismiss-button" class="button" type="button" ?disabled=${!!ui.pending} aria-expanded=${ui.dismissOpen ? 'true' : 'false'} @click=${() => this.setCard(r.id, { dismissOpen: !ui.dismissOpen })}>
                ${this.t('dismiss')}
              </button>`
          : open
            ? nothing
            : html`<span class="status" role="status">${r.status === 'applied' ? `✓ ${this.t(isAlert(r) ? 'acknowledged' : 'applied')}` : this.t('dismissed')}</span>`}
        <button part="learn-more-button" class="button" type="button" aria-expanded=${ui.evidenceOpen ? 'true' : 'false'} @click=${() => this.setCard(r.id, { evidenceOpen: !ui.evidenceOpen })}>
          ${ui.evidenceOpen ? this.t('hide') : this.t('learnMore')}
        </button>
      </div>
      ${ui.dismissOpen && open ? this.renderDismissForm(r) : nothing} ${ui.evidenceOpen ? this.renderEvidence(r) : nothing}
    </li>`;
  }

  private renderDismissForm(r: RecommendationDto): TemplateResult {
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      const input = (e.target as HTMLFormElement).querySelector('input');
      void this.dismiss(r, input?.value.trim() || null);
    };
    return html`<form @submit=${submit}>
      <input type="text" maxlength="500" aria-label=${this.t('reason')} placeholder=${this.t('reason')} />
      <button class="button" type="submit">${this.t('confirmDismiss')}</button>
      <button class="button" type="button" @click=${() => this.setCard(r.id, { dismissOpen: false })}>${this.t('cancel')}</button>
    </form>`;
  }

  private figure(f: EvidenceFigure, currency: string): string {
    switch (f.format) {
      case 'currency':
        return this.money(f.value, currency);
      case 'percent':
        return new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 1 }).format(f.value);
      case 'days':
        return String(f.value);
      default:
        return new Intl.NumberFormat(this.locale, { maximumFractionDigits: 4 }).format(f.value);
    }
  }

  private renderEvidence(r: RecommendationDto): TemplateResult {
    const e = r.evidence;
    const p = e.test.pValue < 0.001 ? 'p < 0.001' : `p = ${e.test.pValue.toFixed(3)}`;
    return html`<div part="evidence">
      <strong>${this.t('evidence')} (${formatDate(e.window.from, this.locale)} – ${formatDate(e.window.to, this.locale)})</strong>
      ${e.series ? evidenceChart(e.series, e.series.label) : nothing}
      <dl>
        ${e.figures.map((f) => html`<dt>${f.label}</dt><dd>${this.figure(f, r.impact.currency)}</dd>`)}
        <dt>${this.t('test')}</dt>
        <dd>${e.test.name}: ${e.test.statistic} (${p}, n = ${e.test.n})</dd>
        ${e.drivers?.length ? html`<dt>Drivers</dt><dd>${e.drivers.map((d) => `${d.name} (${d.delta > 0 ? '+' : ''}${d.delta})`).join(', ')}</dd>` : nothing}
        <dt>${this.t('query')}</dt>
        <dd><code>${JSON.stringify(e.query)}</code></dd>
      </dl>
    </div>`;
  }

  private setCard(id: string, patch: Partial<CardState>): void {
    const next = new Map(this.cards);
    next.set(id, { ...(next.get(id) ?? {}), ...patch });
    this.cards = next;
  }

  private setOverride(r: RecommendationDto | undefined, id: string): void {
    const next = new Map(this.overrides);
    if (r) next.set(id, r);
    else next.delete(id);
    this.overrides = next;
  }

  /** Optimistic: the card shows "applied" at once; a refusal (e.g. TRUST_GATE) restores it with the reason. */
  private async apply(r: RecommendationDto): Promise<void> {
    const session = this.session;
    if (!session || r.trustGate.gated) return;
    if (!this.dispatchEvent(new StratumRecommendationApplyEvent({ recommendation: r }))) return;
    const before = this.overrides.get(r.id);
    this.setOverride({ ...r, status: 'applied' }, r.id);
    this.setCard(r.id, { pending: 'apply', error: undefined, dismissOpen: false });
    try {
      const result = await session.json<RecommendationApplyResult>(`/api/embed/v1/recommendations/${encodeURIComponent(r.id)}/apply`, { method: 'POST', body: {} });
      this.setOverride(result.recommendation, r.id);
      this.setCard(r.id, { pending: undefined });
      this.dispatchEvent(new StratumRecommendationAppliedEvent({ recommendation: result.recommendation, changes: result.changes }));
    } catch (error) {
      this.setOverride(before, r.id);
      const apiError = this.emitError(error);
      this.setCard(r.id, { pending: undefined, error: apiError.message || StratumApiError.from(error).code });
    }
  }

  private async dismiss(r: RecommendationDto, reason: string | null): Promise<void> {
    const session = this.session;
    if (!session) return;
    if (!this.dispatchEvent(new StratumRecommendationDismissEvent({ recommendation: r, reason }))) return;
    this.setCard(r.id, { pending: 'dismiss', error: undefined });
    try {
      const result = await session.json<RecommendationDismissResult>(`/api/embed/v1/recommendations/${encodeURIComponent(r.id)}/dismiss`, { method: 'POST', body: reason ? { reason } : {} });
      this.setOverride(result.recommendation, r.id);
      this.setCard(r.id, { pending: undefined, dismissOpen: false });
      this.dispatchEvent(new StratumRecommendationDismissedEvent({ recommendation: result.recommendation }));
    } catch (error) {
      this.setCard(r.id, { pending: undefined, error: this.emitError(error).message });
    }
  }
}
