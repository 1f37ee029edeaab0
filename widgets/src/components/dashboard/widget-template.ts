import { html, type TemplateResult } from 'lit';
import { chartWidgetSettings, tableWidgetSettings, type DashboardWidget } from '../../contract.js';
import type { FilterState } from '../../core/events.js';
import { loadElement } from '../../core/lazy-elements.js';
import { widgetElementId } from './render-watch.js';

/** Grid size class for a widget's 12-column width; the dashboard's container queries reflow them. */
export function sizeOf(widget: DashboardWidget): string {
  const w = widget.layout?.w ?? 12;
  if (w <= 3) return 'small';
  if (w <= 4) return 'third';
  if (w <= 6) return 'medium';
  if (w <= 8) return 'wide';
  return 'full';
}

/** The element for one widget of a dashboard definition, bound to the dashboard's filter state. */
export function widgetTemplate(widget: DashboardWidget, filters: FilterState): TemplateResult {
  switch (widget.kind) {
    case 'kpi':
      return html`<stratum-kpi id=${widgetElementId(widget)} exportparts="base: kpi, value: kpi-value, delta: kpi-delta" metric=${widget.metric ?? 'spend'} label=${widget.title} .filters=${filters}></stratum-kpi>`;
    case 'chart': {
      const chart = chartWidgetSettings(widget);
      return html`<stratum-chart
        id=${widgetElementId(widget)}
        exportparts="base: chart, title: chart-title, summary: chart-summary"
        type=${chart.type}
        heading=${widget.title}
        metrics=${chart.metrics.join(',')}
        dimension=${chart.dimension}
        grain=${chart.grain}
        limit=${chart.limit}
        .filters=${filters}
      ></stratum-chart>`;
    }
    case 'table': {
      const table = tableWidgetSettings(widget);
      return html`<stratum-table
        id=${widgetElementId(widget)}
        exportparts="base: table-card, table, row: table-row"
        heading=${widget.title}
        metrics=${table.metrics.join(',')}
        dimension=${table.dimension}
        .filters=${filters}
      ></stratum-table>`;
    }
    case 'signal-health':
      return html`<stratum-signal-health id=${widgetElementId(widget)} exportparts="base: signal-health" heading=${widget.title}></stratum-signal-health>`;
    case 'recommendations':
    case 'copilot': {
      void loadElement(`stratum-${widget.kind}`);
      return widget.kind === 'copilot'
        ? html`<stratum-copilot id=${widgetElementId(widget)} heading=${widget.title} .filters=${filters}></stratum-copilot>`
        : html`<stratum-recommendations id=${widgetElementId(widget)} heading=${widget.title} .filters=${filters}></stratum-recommendations>`;
    }
    case 'attribution':
    case 'benchmarks': {
      void loadElement(`stratum-${widget.kind}`);
      return widget.kind === 'attribution'
        ? html`<stratum-attribution id=${widgetElementId(widget)} exportparts="base: attribution, table: attribution-table" heading=${widget.title} .filters=${filters}></stratum-attribution>`
        : html`<stratum-benchmarks id=${widgetElementId(widget)} exportparts="base: benchmarks, table: benchmarks-table" heading=${widget.title} .filters=${filters}></stratum-benchmarks>`;
    }
    default:
      return html`<section class="card unavailable" aria-label=${widget.title}><h3 class="title">${widget.title}</h3></section>`;
  }
}
