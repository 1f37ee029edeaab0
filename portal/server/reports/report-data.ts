import 'server-only';
import type { DashboardWidget, Metric, MetricQuery, QueryResult } from '@stratum/contract';
import { db } from '@/lib/db';
import { csvCell, csvLines } from '@/server/analytics/export-csv';
import { runMetricQuery } from '@/server/analytics/run-query';
import type { ReportAccess } from './report-access';

const DEFAULT_KPIS: Metric[] = ['spend', 'revenue', 'conversions', 'roas', 'cpa', 'ctr'];

function scopeOf(access: ReportAccess) {
  return { partnerId: access.tenant.partnerId, tenantId: access.tenant.id, rowFilters: {}, currency: access.tenant.currency };
}

/** The metric query a widget shows over the report's range (null for widgets without figures). */
export function widgetQuery(widget: DashboardWidget, access: ReportAccess): MetricQuery | null {
  const metrics = widget.metrics?.length ? widget.metrics : widget.metric ? [widget.metric] : [];
  if (metrics.length === 0 || !['kpi', 'chart', 'table'].includes(widget.kind)) return null;
  return {
    metrics,
    ...(widget.kind !== 'kpi' && widget.dimension ? { dimensions: [widget.dimension] } : {}),
    ...(widget.grain ? { grain: widget.grain } : {}),
    ...(widget.limit ? { limit: widget.limit } : {}),
    range: access.range,
  };
}

/** The headline figures printed at the top of every report: the dashboard's KPI metrics (or a standard set), totals over the range. */
export async function headlineFigures(access: ReportAccess): Promise<{ metrics: Metric[]; result: QueryResult }> {
  const fromKpis = access.dashboard.layout.widgets.filter((w) => w.kind === 'kpi').flatMap((w) => (w.metric ? [w.metric] : (w.metrics ?? [])));
  const metrics = [...new Set(fromKpis.length ? fromKpis : DEFAULT_KPIS)];
  const result = await runMetricQuery(db, scopeOf(access), { metrics, range: access.range });
  return { metrics, result };
}

/** The CSV export of a report: one section per widget with figures, each the widget's query over the range. */
export async function* reportCsv(access: ReportAccess): AsyncGenerator<string> {
  yield `${csvCell(access.dashboard.title)},${csvCell(access.tenant.name)},${access.range.from},${access.range.to}\r\n`;
  for (const widget of access.dashboard.layout.widgets) {
    const query = widgetQuery(widget, access);
    if (!query) continue;
    const result = await runMetricQuery(db, scopeOf(access), query);
    yield `\r\n${csvCell(widget.title)}\r\n`;
    yield* csvLines(query, result);
  }
}
