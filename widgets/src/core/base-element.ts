import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement } from 'lit';
import type { QueryResult } from '../contract.js';
import { StratumApiError } from './errors.js';
import { StratumErrorEvent, StratumRenderCompleteEvent, type WidgetTiming } from './events.js';
import { language } from './i18n.js';
import { SessionController } from './session-controller.js';
import type { EmbedSession, SessionChange } from './session.js';

/**
 * What every widget shares: its session (from `<stratum-embed>` or `Stratum.configure`), the viewer's
 * locale, re-rendering on locale changes, and the typed render-complete / error events.
 */
export abstract class StratumElement extends LitElement {
  private readonly sessionController = new SessionController(this, (change) => this.sessionChanged(change));

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected get session(): EmbedSession | undefined {
    return this.sessionController.session;
  }

  /** The viewer's locale for Intl formatting. */
  protected get locale(): string {
    return this.session?.locale ?? 'en';
  }

  protected get language(): string {
    return language(this.locale);
  }

  /** Called when the session or its settings change; `token` means only failed requests should try again. */
  protected sessionChanged(_change: SessionChange): void {}

  protected emitRenderComplete(startedAt: number, result?: Pick<QueryResult, 'meta'>, widgets?: WidgetTiming[]): void {
    const now = performance.now();
    this.dispatchEvent(
      new StratumRenderCompleteEvent({
        widget: this.localName,
        id: this.id || null,
        durationMs: Math.round(now - startedAt),
        sinceNavigationMs: Math.round(now),
        serverMs: result?.meta?.tookMs ?? null,
        cached: result?.meta?.cached ?? null,
        ...(widgets ? { widgets } : {}),
      }),
    );
  }

  protected emitError(error: unknown): StratumApiError {
    const apiError = StratumApiError.from(error);
    this.dispatchEvent(
      new StratumErrorEvent({
        widget: this.localName,
        code: apiError.code,
        kind: apiError.kind,
        status: apiError.status,
        message: apiError.message,
        requestId: apiError.requestId ?? null,
      }),
    );
    return apiError;
  }
}
