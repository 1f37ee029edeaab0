import { msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ChannelSignalHealth, SignalHealthResult } from '../../contract.js';
import { formatDate, formatInteger } from '../../core/format.js';
import { channelLabel } from '../../core/labels.js';
import { StratumResourceElement } from '../../core/resource-element.js';
import type { EmbedSession } from '../../core/session.js';
import { emptyTemplate } from '../../core/states.js';
import { baseStyles, skeletonWidths } from '../../core/styles.js';
import { signalHealthStyles } from './signal-health.styles.js';

const clamp = (value: number) => Math.max(0, Math.min(100, value));

/**
 * The score bar, drawn in SVG so its geometry is in attributes (a strict CSP forbids inline style attributes);
 * the stylesheet mirrors it for right-to-left layouts.
 */
function scoreBar(score: number, threshold: number) {
  return svg`<svg class="bar-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="track" x="0" y="0" width="100" height="10" rx="5"></rect>
    <rect class="fill" x="0" y="0" width=${clamp(score)} height="10" rx="5"></rect>
    <rect class="threshold" x=${clamp(threshold) - 0.5} y="0" width="1" height="10"></rect>
  </svg>`;
}

/**
 * @tagname stratum-signal-health
 * @summary How trustworthy the tracking data is, per channel: a health score 0–100 from event match quality,
 * event coverage and freshness, and whether the trust gate (the threshold below which automated actions are
 * blocked) is open.
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart overall - The overall score.
 * @csspart gate - The trust-gate badge.
 * @csspart channel - Each channel's row.
 * @csspart meter - Each channel's score bar.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart empty - The empty state.
 *
 * @cssproperty --stratum-signal-health-background - Card background.
 * @cssproperty --stratum-signal-health-good - Colour of healthy scores.
 * @cssproperty --stratum-signal-health-bad - Colour of scores under the threshold.
 *
 * @event stratum-render-complete - The scores are on screen.
 * @event stratum-error - Loading failed.
 */
export class StratumSignalHealth extends StratumResourceElement<SignalHealthResult> {
  static override styles = [baseStyles, skeletonWidths, signalHealthStyles];

  @property() heading?: string;

  constructor() {
    super();
    this.skeletonLines = 5;
  }

  protected resourceKey(): string {
    return 'signal-health';
  }

  protected load(session: EmbedSession, _key: string, signal: AbortSignal): Promise<SignalHealthResult> {
    return session.signalHealth(signal);
  }

  protected override render(): TemplateResult {
    const title = this.heading ?? msg('Signal health', { id: 'signal.heading' });
    return html`<section part="base" class="card" aria-label=${title}>
      <h3 part="title" class="title">${title}</h3>
      ${this.renderData()}
    </section>`;
  }

  protected renderResult(result: SignalHealthResult): TemplateResult {
    if (!result.channels.length) return emptyTemplate();
    const gated = result.channels.filter((channel) => channel.gated);
    const open = gated.length === 0;
    return html`<div class="overview">
        <p part="overall" class="score">${formatInteger(result.overall, this.locale)}<small> / 100</small></p>
        <span part="gate" class="gate" data-open=${open ? 'true' : 'false'}>
          <span aria-hidden="true">${open ? '✓' : '!'}</span>
          ${open ? msg('Trust gate open', { id: 'signal.gate-open' }) : msg('Trust gate closed', { id: 'signal.gate-closed' })}
        </span>
      </div>
      <p class="note">
        ${open
          ? msg(str`All channels are above the threshold of ${formatInteger(result.threshold, this.locale)}; automated actions are allowed.`, { id: 'signal.note-open' })
          : msg(str`${gated.map((channel) => channelLabel(channel.channel)).join(', ')} below the threshold of ${formatInteger(result.threshold, this.locale)}: automated actions on these channels are blocked.`, { id: 'signal.note-closed' })}
        ${msg(str`As of ${formatDate(result.asOf.slice(0, 10), this.locale)}.`, { id: 'signal.as-of' })}
      </p>
      <ul>
        ${result.channels.map((channel) => this.renderChannel(channel, result.threshold))}
      </ul>`;
  }

  private renderChannel(channel: ChannelSignalHealth, threshold: number): TemplateResult {
    const name = channelLabel(channel.channel);
    const percent = new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 });
    return html`<li part="channel" data-channel=${channel.channel} data-gated=${channel.gated ? 'true' : 'false'}>
      <span class="channel">${name}</span>
      <span part="meter" class="bar" role="meter" aria-label=${msg(str`${name} health score`, { id: 'signal.meter' })} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(channel.healthScore)}>
        ${scoreBar(channel.healthScore, threshold)}
      </span>
      <span class="value">${formatInteger(channel.healthScore, this.locale)} ${channel.gated ? html`<span>· ${msg('gated', { id: 'signal.gated' })}</span>` : nothing}</span>
      <p class="details">
        ${msg(str`Match quality ${decimal.format(channel.emqScore)}/10 · coverage ${percent.format(channel.eventCoverage)} · data ${formatInteger(channel.freshnessMinutes, this.locale)} min old`, { id: 'signal.details' })}
      </p>
    </li>`;
  }
}
