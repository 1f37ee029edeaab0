'use client';
import type { DashboardWidget } from '@stratum/contract';
import '../widgets/custom-elements';

/** One dashboard widget as the embed renders it: the same custom element, the same attributes. */
export function WidgetPreview({ w, range }: { w: DashboardWidget; range: string }) {
  switch (w.kind) {
    case 'kpi':
      return <stratum-kpi metric={w.metric ?? 'spend'} label={w.title} range={range} />;
    case 'chart':
      return <stratum-chart type={w.chartType ?? 'line'} metrics={(w.metrics ?? [w.metric ?? 'spend']).join(',')} dimension={w.dimension ?? 'date'} grain={w.grain ?? 'day'} range={range} {...(w.limit ? { limit: String(w.limit) } : {})} {...{ heading: w.title }} />;
    case 'table':
      return <stratum-table metrics={(w.metrics ?? ['spend', 'conversions', 'roas']).join(',')} dimension={w.dimension ?? 'campaign'} range={range} {...{ heading: w.title }} />;
    case 'signal-health':
      return <stratum-signal-health label={w.title} />;
    case 'recommendations':
      return <stratum-recommendations label={w.title} />;
    case 'copilot':
      return <stratum-copilot label={w.title} />;
    case 'attribution':
      return <stratum-attribution heading={w.title} range={range} />;
    case 'benchmarks':
      return <stratum-benchmarks heading={w.title} range={range} />;
  }
}
