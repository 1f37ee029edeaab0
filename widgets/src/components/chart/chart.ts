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
import { loadChartEngine } from './engine-loader.js';
import { toChartData, type ChartData } from './series.js';

/** A colour with alpha for area fills (canvas needs a concrete colour; hex gets an alpha byte). */
function translucent(color: string, alpha: number): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? `${color}${Math.round(alpha * 255).toString(16).padStart(2, '0')}` : color;
}

interface ChartTokens {
  palette: string[];
  text: string;
  grid: string;
  surface: string;
  font: string;
}
const FALLBACK_PALETTE = ['#2563eb', '#0d9488', '#d97706', '#9333ea', '#db2777', '#64748b'];

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

  /** The chart's colours and font, read from the --stratum-* tokens in one style read. */
  private tokens(): ChartTokens {
    const style = getComputedStyle(this);
    const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    return {
      palette: FALLBACK_PALETTE.map((fallback, index) => read(`--stratum-chart-${index + 1}`, fallback)),
      text: read('--stratum-color-text-muted', '#475569'),
      grid: read('--stratum-color-border', '#d9e0e8'),
      surface: read('--stratum-color-surface', '#ffffff'),
      font: read('--stratum-font-family', 'system-ui, sans-serif'),
    };
  }

  private config(data: ChartData, currency: string): ChartConfiguration<EngineChartType> {
    const { palette, text, grid, surface, font } = this.tokens();
    const color = (index: number) => palette[index % palette.length]!;
    const type = this.chartType;
    const rtl = isRtl(this.locale);
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const formatTick = (metric: Metric) => (value: number | string) => formatMetric(metric, Number(value), { locale: this.locale, currency, compact: true });
    const firstMetric = data.series[0]?.metric ?? 'spend';
    const datasets = data.series.map((series, index) => {
      const base = { label: series.label, data: series.values, borderColor: color(index), backgroundColor: color(index) };
      if (type === 'doughnut') return { ...base, backgroundColor: data.categories.map((_, position) => color(position)), borderColor: surface };
      if (type === 'area') return { ...base, fill: 'origin', backgroundColor: translucent(color(index), 0.22), tension: 0.3, pointRadius: 0 };
      if (type === 'line') return { ...base, tension: 0.3, pointRadius: data.categories.length > 40 ? 0 : 2, yAxisID: index > 0 && series.metric !== firstMetric ? 'y1' : 'y' };
      return { ...base, borderRadius: 3, maxBarThickness: 42 };
    });
    const dual = type === 'line' && data.series.some((series) => series.metric !== firstMetric);
    const secondMetric = data.series.find((series) => series.metric !== firstMetric)?.metric ?? firstMetric;
    return {
      type: type === 'doughnut' ? 'doughnut' : type === 'line' || type === 'area' ? 'line' : 'bar',
      data: { labels: data.categories.map((category) => category.label), datasets: datasets as never },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        // The first paint is not animated (it would delay the render and move under the viewer's eyes).
        animation: reduceMotion || !this.chart ? false : { duration: 250 },
        locale: this.locale,
        font: { family: font },
        color: text,
        interaction: { mode: type === 'doughnut' ? 'nearest' : 'index', intersect: false },
        plugins: {
          legend: { display: data.series.length > 1 || type === 'doughnut', position: 'bottom', rtl, labels: { color: text, boxWidth: 12 } },
          tooltip: {
            rtl,
            callbacks: {
              label: (item) => `${item.dataset.label ?? ''}: ${formatMetric(data.series[item.datasetIndex]?.metric ?? firstMetric, item.parsed as unknown as number, { locale: this.locale, currency })}`,
            },
          },
        },
        onClick: (_event, elements) => {
          const hit = elements[0];
          if (!hit || (data.dimension !== 'channel' && data.dimension !== 'campaign')) return;
          const category = data.categories[hit.index];
          if (category && category.key !== 'other') this.select(data.dimension, category.key, category.label);
        },
        scales:
          type === 'doughnut'
            ? {}
            : {
                x: { stacked: type === 'stacked-bar', reverse: rtl, ticks: { color: text, maxRotation: 0, autoSkip: true }, grid: { display: false } },
                y: { stacked: type === 'stacked-bar', beginAtZero: true, position: rtl ? 'right' : 'left', ticks: { color: text, callback: formatTick(firstMetric) }, grid: { color: grid } },
                ...(dual ? { y1: { beginAtZero: true, position: rtl ? 'left' : 'right', ticks: { color: text, callback: formatTick(secondMetric) }, grid: { display: false } } } : {}),
              },
      },
    } as ChartConfiguration<EngineChartType>;
  }

  protected override async dataRendered(result: QueryResult, startedAt: number): Promise<void> {
    const canvas = this.canvas;
    if (!canvas || !this.data || !result.rows.length) {
      this.emitRenderComplete(startedAt, result);
      return;
    }
    if (this.drawnFor === result && this.chart?.canvas === canvas) return;
    const { createChart } = await loadChartEngine();
    const config = this.config(this.data, result.currency);
    if (this.chart && this.chart.canvas === canvas && (this.chart.config as { type?: string }).type === config.type) {
      this.chart.data = config.data;
      this.chart.options = config.options ?? {};
      this.chart.update();
    } else {
      this.chart?.destroy();
      this.chart = createChart(canvas, config);
    }
    this.drawnFor = result;
    requestAnimationFrame(() => this.emitRenderComplete(startedAt, result));
  }

  /** Light/dark or theme switched at runtime: the canvas takes the new token colours, without animation. */
  private readonly tokensChanged = oncePerFrame(() => {
    const result = this.drawnFor;
    if (!this.chart || !this.data || !result) return;
    const config = this.config(this.data, result.currency);
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
