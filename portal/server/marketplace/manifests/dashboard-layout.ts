import { z } from 'zod';
import { CHANNELS, CHART_TYPES, DATE_RANGE_PRESETS, DIMENSIONS, METRICS, REPORT_WIDGET_KINDS, type DashboardLayout, type DashboardWidget } from '@stratum/contract';

/** zod mirror of DashboardLayout (widgets/src/contract.ts), as carried by a template manifest. */
export const MetricSchema = z.enum(METRICS);
export const ChannelSchema = z.enum(CHANNELS);

export const DashboardWidgetSchema = z.strictObject({
  id: z.string().min(1).max(64).regex(/^[\w-]+$/, 'letters, digits, "-" or "_"'),
  kind: z.enum(['kpi', 'chart', 'table', 'signal-health', 'recommendations', 'copilot', ...REPORT_WIDGET_KINDS]),
  title: z.string().min(1).max(120),
  layout: z.strictObject({ w: z.number().int().min(1).max(12), h: z.number().int().min(1).max(12) }),
  metric: MetricSchema.optional(),
  metrics: z.array(MetricSchema).min(1).max(10).optional(),
  dimension: z.enum(DIMENSIONS).optional(),
  grain: z.enum(['day', 'week', 'month']).optional(),
  chartType: z.enum(CHART_TYPES).optional(),
  limit: z.number().int().min(1).max(100).optional(),
});

export const DashboardLayoutSchema = z
  .strictObject({
    widgets: z.array(DashboardWidgetSchema).min(1).max(40),
    defaultRange: z.enum(DATE_RANGE_PRESETS).optional(),
  })
  .superRefine((layout, ctx) => {
    const seen = new Set<string>();
    layout.widgets.forEach((widget, index) => {
      if (seen.has(widget.id)) ctx.addIssue({ code: 'custom', path: ['widgets', index, 'id'], message: `duplicate widget id "${widget.id}"` });
      seen.add(widget.id);
      const needsMetric = widget.kind === 'kpi' || widget.kind === 'chart' || widget.kind === 'table';
      if (needsMetric && !widget.metric && !widget.metrics?.length) {
        ctx.addIssue({ code: 'custom', path: ['widgets', index, 'metric'], message: `a ${widget.kind} widget needs "metric" or "metrics"` });
      }
    });
  });

// Compile-time check that the schema stays in step with the contract.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const _widgetMatches: Equals<z.infer<typeof DashboardWidgetSchema>, DashboardWidget> = true;
const _layoutMatches: Equals<z.infer<typeof DashboardLayoutSchema>, DashboardLayout> = true;
void _widgetMatches;
void _layoutMatches;
