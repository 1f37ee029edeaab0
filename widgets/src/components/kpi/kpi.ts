import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { METRICS, kpiQuery, type Metric, type MetricQuery, type QueryResult } from '../../contract.js';
import { booleanish } from '../../core/attribute-converters.js';
import { computeDelta, formatMetric, formatPercentChange, type Delta } from '../../core/format.js';
import { metricLabel } from '../../core/labels.js';
import { StratumQueryElement, type QueryScope } from '../../core/query-element.js';
import { baseStyles, skeletonWidths } from '../../core/styles.js';
import { sparkline } from './sparkline.js';
import { kpiStyles } from './kpi.styles.js';

/**
 * @tagname stratum-kpi
 * @summary One metric over a period: its value, the change against the previous period (coloured by whether
 * the change is good news — lower CPA is good), and a sparkline.
 *
 * @csspart base - The card.
 * @csspart label - The metric's name.
 * @csspart content - Wraps the value, delta and sparkline once loaded.
 * @csspart value - The formatted value.
 * @csspart delta - The change against the previous period.
 * @csspart sparkline - The trend line.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state; `error-title`, `error-message` and `retry` are inside it.
 * @csspart empty - The empty state.
 *
 * @cssproperty --stratum-kpi-background - Card background (default: --stratum-color-surface).
 * @cssproperty --stratum-kpi-value-color - Colour of the value (default: --stratum-color-text).
 * @cssproperty --stratum-kpi-value-size - Font size of the value (default: 1.9em).
 * @cssproperty --stratum-kpi-sparkline-color - Sparkline colour (default: --stratum-chart-1).
 *
 * @event stratum-render-complete - The value is on screen (detail: timings).
 * @event stratum-error - Loading failed (detail: code, kind, status).
 */
export class StratumKpi extends StratumQueryElement {
  static override styles = [baseStyles, skeletonWidths, kpiStyles];

  /** The metric to show. */
  @property() metric: Metric = 'spend';
  /** A label instead of the metric's name. */
  @property() label?: string;
  /** Show the daily trend line. */
  @property({ converter: booleanish }) sparkline = true;

  protected buildQuery(scope: QueryScope): MetricQuery | undefined {
    return kpiQuery(this.metric, this.sparkline, scope);
  }

  protected override render(): TemplateResult {
    const known = (METRICS as readonly string[]).includes(this.metric);
    return html`<section part="base" class="card" aria-label=${this.label ?? (known ? metricLabel(this.metric) : this.metric)}>
      <p part="label" class="title">${this.label ?? (known ? metricLabel(this.metric) : this.metric)}</p>
      ${known ? this.renderData() : html`<p part="error" role="alert" class="state-message">${msg(str`Unknown metric "${this.metric}"`, { id: 'kpi.unknown-metric' })}</p>`}
    </section>`;
  }

  protected renderResult(result: QueryResult): TemplateResult {
    const value = result.totals[this.metric];
    const format = { locale: this.locale, currency: result.currency };
    const trend = result.rows
      .map((row) => row.values[this.metric])
      .filter((point): point is number => typeof point === 'number');
    return html`<p part="value" class="value" data-raw=${value ?? ''}>${formatMetric(this.metric, value, format)}</p>
      ${result.previous ? this.renderDelta(computeDelta(this.metric, value, result.previous.totals[this.metric])) : nothing}
      ${this.sparkline ? sparkline(trend) ?? nothing : nothing}`;
  }

  private renderDelta(delta: Delta): TemplateResult {
    if (delta.change === null) {
      return html`<p part="delta" class="delta" data-tone="neutral">${msg('No previous period to compare', { id: 'kpi.no-previous' })}</p>`;
    }
    const arrow = delta.direction === 'up' ? '▲' : delta.direction === 'down' ? '▼' : '■';
    const verdict =
      delta.tone === 'positive'
        ? msg('an improvement', { id: 'kpi.improvement' })
        : delta.tone === 'negative'
          ? msg('a decline', { id: 'kpi.decline' })
          : msg('unchanged', { id: 'kpi.unchanged' });
    return html`<p part="delta" class="delta" data-tone=${delta.tone} data-direction=${delta.direction}>
      <span class="change"><span aria-hidden="true">${arrow}</span> ${formatPercentChange(delta.change, this.locale)}</span>
      <span>${msg('vs previous period', { id: 'kpi.vs-previous' })}</span>
      <span class="visually-hidden">(${verdict})</span>
    </p>`;
  }
}
