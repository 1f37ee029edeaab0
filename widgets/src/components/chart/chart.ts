import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { chartMetrics, chartQuery, validChartType, validDimension, type ChartType, type DateGrain, type Dimension, type Metric, type MetricQuery, type QueryResult, type QueryRow } from '../../contract.js';
import { commaList } from '../../core/attribute-converters.js';
import { StratumSelectEvent } from '../../core/events.js';
import { formatDate, formatMetric } from '../../core/format.js';
import { isRtl } from '../../core/i18n.js';
import { channelLabel, metricLabel } from '../../core/labels.js';
import { StratumQueryElement, type QueryScope } from '../../core/query-element.js';
import { emptyTemplate } from '../../core/states.js';
import { baseStyles, skeletonWidths } from '../../core/styles.js';
import { oncePerFrame, tokenProbe, tokenProbeStyles } from '../../core/token-probe.js';
import type { Chart, ChartConfiguration, EngineChartType } from './chart-engine.js';
import { chartStyles } from './chart.styles.js';
import { chartSummary } from './chart-summary.js';
import { loadChartEngine, type ChartEngine } from './engine-loader.js';
import { toChartData, type ChartData } from './series.js';

/** A colour with alpha for area fills (canvas needs a concrete colour; hex gets an alpha byte). */

/**
 * @tagname stratum-chart
 * @summary A line, bar, stacked-bar, area or doughnut chart of one or more metrics by date, channel or campaign.
 * Every chart has a text summary and an accessible data table; the chart engine loads lazily on first use.
 *
 * @csspart base - The card.
 * @csspart title - The chart's title.
 * @csspart summary - The text summary.
 * @csspart canvas - The box holding the canvas.
 * @csspart table-toggle - The button showing or hiding the data table.
 * @csspart data-table - The data table alternative.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart empty - The empty state.
 *
 * @cssproperty --stratum-chart-background - Card background (default: --stratum-color-surface).
 * @cssproperty --stratum-chart-height - Height of the plot (default: 240px).
 * @cssproperty --stratum-chart-1 - Series colours come from --stratum-chart-1 … --stratum-chart-6.
 *
 * @event stratum-select - The viewer picked a channel or campaign (click, or the data table's buttons).
 * @event stratum-render-complete - The chart is drawn.
 * @event stratum-error - Loading failed.
 */
export class StratumChart extends StratumQueryElement {
  static override styles = [baseStyles, skeletonWidths, tokenProbeStyles, chartStyles];

  @property() type: ChartType = 'line';
  /** Metrics to plot (comma-separated); stacked-bar and doughnut use the first. */
  @property({ converter: commaList }) metrics: string[] = ['spend'];
  /** The category axis: date, channel or campaign. */
  @property() dimension: Dimension = 'date';
  /** Grain of the date axis. */
  @property() grain: DateGrain = 'day';
  /** Keep the top N categories (the rest folds into "other"). */
  @property({ type: Number }) limit?: number;
  @property() heading?: string;

  @state() private tableOpen = false;
  @query('canvas') private canvas?: HTMLCanvasElement;
  private chart?: Chart<EngineChartType>;
  private engine?: ChartEngine;
  private data?: ChartData;
  private drawnFor?: QueryResult;

  constructor() {
    super();
    this.compare = false;
    this.skeletonLines = 4;
  }

  private get chartType(): ChartType {
    return validChartType(this.type);
  }

  private get validMetrics(): Metric[] {
    return chartMetrics(this.metrics, this.chartType);
  }

  private get validDimension(): Dimension {
    return validDimension(this.dimension);
  }

  protected buildQuery(scope: QueryScope): MetricQuery | undefined {
    return chartQuery({ type: this.chartType, metrics: this.validMetrics, dimension: this.validDimension, grain: this.grain, limit: this.limit }, scope);
  }

  private labelFor = (dimension: Dimension, key: string, row?: QueryRow): string => {
    if (key === 'other') return msg('Other', { id: 'dimension.other' });
    if (dimension === 'date') return formatDate(key, this.locale, 'short');
    if (dimension === 'channel') return channelLabel(key);
    return row?.labels?.[dimension] ?? key;
  };

  protected override render(): TemplateResult {
    const title = this.heading ?? this.validMetrics.map(metricLabel).join(' · ');
    return html`<section part="base" class="card" aria-label=${title}>
      ${tokenProbe(this.tokensChanged)}
      <header><h3 part="title" class="title">${title}</h3></header>
      ${this.renderData()}
    </section>`;
  }

  protected renderResult(result: QueryResult): TemplateResult {
    if (!result.rows.length) return emptyTemplate();
    const stackBy = this.chartType === 'stacked-bar' && this.validDimension !== 'channel' ? 'channel' : undefined;
    this.data = toChartData(result, { metrics: this.validMetrics, dimension: this.validDimension, stackBy }, this.labelFor, metricLabel);
    const format = (metric: Metric) => (value: number) => formatMetric(metric, value, { locale: this.locale, currency: result.currency });
    const summary = chartSummary(this.data, format(this.data.series[0]?.metric ?? 'spend'));
    return html`<p part="summary" class="summary">${summary}</p>
      <div part="canvas" class="canvas"><canvas role="img" aria-label=${summary}></canvas></div>
      <button part="table-toggle" class="button toggle" type="button" aria-expanded=${this.tableOpen ? 'true' : 'false'} @click=${() => (this.tableOpen = !this.tableOpen)}>
        ${this.tableOpen ? msg('Hide data table', { id: 'chart.hide-table' }) : msg('Show data table', { id: 'chart.show-table' })}
      </button>
      ${this.tableOpen ? this.renderTable(this.data, result) : nothing}`;
  }

  private renderTable(data: ChartData, result: QueryResult): TemplateResult {
    const selectable = data.dimension === 'channel' || data.dimension === 'campaign';
    const dimensionName =
      data.dimension === 'date' ? msg('Date', { id: 'dimension.date' }) : data.dimension === 'channel' ? msg('Channel', { id: 'dimension.channel' }) : msg('Campaign', { id: 'dimension.campaign' });
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Data table', { id: 'chart.data-table' })}><table part="data-table" class="data-table">
      <caption>${this.heading ?? this.validMetrics.map(metricLabel).join(' · ')}</caption>
      <thead><tr><th scope="col">${dimensionName}</th>${data.series.map((series) => html`<th scope="col">${series.label}</th>`)}</tr></thead>
      <tbody>
        ${data.categories.map(
          (category, position) => html`<tr>
            <th scope="row">${selectable && category.key !== 'other'
              ? html`<button class="link" type="button" @click=${() => this.select(data.dimension, category.key, category.label)}>${category.label}</button>`
              : category.label}</th>
            ${data.series.map((series) => html`<td>${formatMetric(series.metric, series.values[position], { locale: this.locale, currency: result.currency })}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  private select(dimension: Dimension, value: string, label: string): void {
    this.dispatchEvent(new StratumSelectEvent({ dimension, value, label }));
  }

  /** The chart.js configuration for this data, with the element's current tokens, locale and chart type. */
  private config(engine: ChartEngine, data: ChartData, currency: string): ChartConfiguration<EngineChartType> {
    return engine.chartConfig(this, {
      data,
      currency,
      type: this.chartType,
      locale: this.locale,
      rtl: isRtl(this.locale),
      // The first paint is not animated (it would delay the render and move under the viewer's eyes).
      animate: this.chart !== undefined,
      onSelect: (dimension, key, label) => this.select(dimension, key, label),
    });
  }

  protected override async dataRendered(result: QueryResult, startedAt: number): Promise<void> {
    const canvas = this.canvas;
    if (!canvas || !this.data || !result.rows.length) {
      this.emitRenderComplete(startedAt, result);
      return;
    }
    if (this.drawnFor === result && this.chart?.canvas === canvas) return;
    const engine = (this.engine = await loadChartEngine());
    const config = this.config(engine, this.data, result.currency);
    if (this.chart && this.chart.canvas === canvas && (this.chart.config as { type?: string }).type === config.type) {
      this.chart.data = config.data;
      this.chart.options = config.options ?? {};
      this.chart.update();
    } else {
      this.chart?.destroy();
      this.chart = engine.createChart(canvas, config);
    }
    this.drawnFor = result;
    requestAnimationFrame(() => this.emitRenderComplete(startedAt, result));
  }

  /** Light/dark or theme switched at runtime: the canvas takes the new token colours, without animation. */
  private readonly tokensChanged = oncePerFrame(() => {
    const result = this.drawnFor;
    if (!this.chart || !this.engine || !this.data || !result) return;
    const config = this.config(this.engine, this.data, result.currency);
    this.chart.data = config.data;
    this.chart.options = config.options ?? {};
    this.chart.update('none');
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetch the engine while the data loads, not after.
    void loadChartEngine();
    const result = this.dataTask.value;
    if (this.hasUpdated && result) void this.updateComplete.then(() => this.dataRendered(result, performance.now()));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
  }
}
