import { msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ATTRIBUTION_MODELS, type AttributionModel, type AttributionResult } from '../../contract.js';
import { formatInteger } from '../../core/format.js';
import { channelLabel } from '../../core/labels.js';
import type { EmbedSession } from '../../core/session.js';
import { emptyTemplate } from '../../core/states.js';
import { baseStyles, skeletonWidths } from '../../core/styles.js';
import { attributionChart, shareOf } from './attribution-chart.js';
import { StratumAttributionModelChangeEvent } from './attribution-events.js';
import { attributionStyles } from './attribution.styles.js';
import { reportWidgetStyles } from './report-widget.styles.js';
import { StratumRangedResource } from './ranged-resource.js';

/** A model's name in the viewer's language. */
export function modelLabel(model: AttributionModel): string {
  switch (model) {
    case 'last_touch':
      return msg('Last touch', { id: 'attribution.model.last_touch' });
    case 'first_touch':
      return msg('First touch', { id: 'attribution.model.first_touch' });
    case 'linear':
      return msg('Linear', { id: 'attribution.model.linear' });
    case 'time_decay':
      return msg('Time decay', { id: 'attribution.model.time_decay' });
    case 'position_based':
      return msg('Position based', { id: 'attribution.model.position_based' });
  }
}

const isModel = (value: unknown): value is AttributionModel => (ATTRIBUTION_MODELS as readonly unknown[]).includes(value);

/**
 * @tagname stratum-attribution
 * @summary Cross-channel attribution: the conversions each channel earns under the last-touch, first-touch, linear,
 * time-decay and position-based models, with a model selector, a chart comparing the models and a comparison table.
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart models - The model selector (a radio group).
 * @csspart model - Each model option.
 * @csspart summary - The sentence about the selected model.
 * @csspart chart - The comparison chart.
 * @csspart table - The comparison table.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart empty - The empty state.
 *
 * @cssproperty --stratum-attribution-background - Card background.
 * @cssproperty --stratum-attribution-series-1 - Colour of the first model's bars (up to -series-5).
 *
 * @event stratum-attribution-model-change - The viewer picked another model; `detail.model` is it.
 * @event stratum-render-complete - The comparison is on screen.
 * @event stratum-error - Loading failed.
 */
export class StratumAttribution extends StratumRangedResource<AttributionResult> {
  static override styles = [baseStyles, skeletonWidths, reportWidgetStyles, attributionStyles];

  /** The selected model: highlighted in the chart and the table. */
  @property({ reflect: true }) model: AttributionModel = 'linear';
  /** Half-life of the time-decay model, in days (the server's default when unset). */
  @property({ attribute: 'half-life-days', type: Number }) halfLifeDays?: number;

  constructor() {
    super();
    this.skeletonLines = 6;
  }

  protected resourceKey(): string {
    const extra: Record<string, string[]> = { channels: this.filters?.channels ?? [], campaignIds: this.filters?.campaignIds ?? [] };
    if (this.halfLifeDays) extra.halfLifeDays = [String(this.halfLifeDays)];
    return this.rangeQuery(extra);
  }

  protected load(session: EmbedSession, key: string, signal: AbortSignal): Promise<AttributionResult> {
    return session.json<AttributionResult>(`/api/embed/v1/attribution?${key}`, { signal });
  }

  private select(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (!isModel(value) || value === this.model) return;
    this.model = value;
    this.dispatchEvent(new StratumAttributionModelChangeEvent({ model: value }));
  }

  protected defaultHeading(): string {
    return msg('Attribution by channel', { id: 'attribution.heading' });
  }

  protected renderResult(result: AttributionResult): TemplateResult {
    if (result.paths === 0 || result.channels.length === 0) return emptyTemplate(msg('No converting journeys in this period.', { id: 'attribution.empty' }));
    const selected = isModel(this.model) ? this.model : 'linear';
    const models = ATTRIBUTION_MODELS.filter((model) => result.models.some((m) => m.model === model));
    const percent = new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 1 });
    const decimal = new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 });
    const top = [...result.channels].sort((a, b) => shareOf(result, selected, b) - shareOf(result, selected, a))[0]!;
    return html`<fieldset part="models" @change=${this.select}>
        <legend class="visually-hidden">${msg('Attribution model', { id: 'attribution.models' })}</legend>
        ${models.map(
          (model) => html`<label part="model"><input type="radio" name="model" value=${model} .checked=${model === selected} /><span>${modelLabel(model)}</span></label>`,
        )}
      </fieldset>
      <p part="summary" class="note">
        ${msg(str`${formatInteger(result.paths, this.locale)} converting journeys. Under ${modelLabel(selected)}, ${channelLabel(top)} earns the most credit: ${percent.format(shareOf(result, selected, top))} of conversions.`, { id: 'attribution.summary' })}
      </p>
      <div part="chart">${attributionChart(result, selected)}</div>
      <ul class="legend" aria-hidden="true">
        ${models.map(
          (model) => html`<li>
            ${svg`<svg class="swatch" viewBox="0 0 10 10"><rect class=${`s${ATTRIBUTION_MODELS.indexOf(model)}`} width="10" height="10"></rect></svg>`}${modelLabel(model)}
          </li>`,
        )}
      </ul>
      <div class="table-wrap">
        <table part="table">
          <caption class="visually-hidden">${msg('Conversions credited to each channel under each model, with the share of all conversions', { id: 'attribution.table-caption' })}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Channel', { id: 'attribution.channel' })}</th>
              ${models.map((model) => html`<th scope="col" data-model=${model} data-selected=${model === selected ? 'true' : 'false'}>${modelLabel(model)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${result.channels.map(
              (channel) => html`<tr data-channel=${channel}>
                <th scope="row">${channelLabel(channel)}</th>
                ${models.map((model) => {
                  const credit = result.models.find((m) => m.model === model)?.credits.find((c) => c.channel === channel);
                  return html`<td data-model=${model} data-selected=${model === selected ? 'true' : 'false'}>
                    ${decimal.format(credit?.conversions ?? 0)} <span class="share">(${percent.format(credit?.share ?? 0)})</span>
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${selected === 'time_decay' || selected === 'position_based'
        ? html`<p part="summary" class="note">${msg(str`Time decay halves a touch's weight every ${decimal.format(result.halfLifeDays)} days; position based gives 40 % to the first and to the last touch.`, { id: 'attribution.explain' })}</p>`
        : nothing}`;
  }
}
