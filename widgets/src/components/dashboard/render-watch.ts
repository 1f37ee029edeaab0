import type { DashboardWidget } from '../../contract.js';
import type { ErrorDetail, RenderCompleteDetail, WidgetTiming } from '../../core/events.js';

/** Widgets that load on the dashboard's first render: every kind, the lazily loaded AI and report ones included. */
const FIRST_RENDER: ReadonlySet<string> = new Set(['kpi', 'chart', 'table', 'signal-health', 'recommendations', 'copilot', 'attribution', 'benchmarks']);
/** Widgets that load again when the filters change (signal health, recommendations and copilot do not). */
const FILTERED: ReadonlySet<string> = new Set(['kpi', 'chart', 'table', 'attribution', 'benchmarks']);

/** The element id the dashboard gives a widget of its definition. */
export const widgetElementId = (widget: DashboardWidget) => `w-${widget.id}`;

/**
 * Which of a dashboard's widgets have yet to settle (render their data, or show an error) in the current render,
 * and each one's timings as it settled, so the dashboard's render-complete can wait for all and report each.
 */
export class RenderWatch {
  startedAt = 0;
  private order: string[] = [];
  private pending = new Set<string>();
  private timings = new Map<string, WidgetTiming>();

  /** A new render: the first one waits for every widget, later ones (filter changes) for the filtered kinds. */
  start(widgets: readonly DashboardWidget[], startedAt: number, { first }: { first: boolean }): void {
    const kinds = first ? FIRST_RENDER : FILTERED;
    this.startedAt = startedAt;
    this.order = widgets.filter((widget) => kinds.has(widget.kind)).map(widgetElementId);
    this.pending = new Set(this.order);
    this.timings = new Map();
  }

  get done(): boolean {
    return this.pending.size === 0;
  }

  /** Records a widget's render-complete; true when it was the last one pending. */
  rendered(id: string, detail: RenderCompleteDetail): boolean {
    const { widgets: _nested, ...own } = detail;
    return this.settle(id, { ...own, error: null });
  }

  /** Records a widget that settled on an error (or never loaded); true when it was the last one pending. */
  failed(id: string, detail: Pick<ErrorDetail, 'widget' | 'code'>): boolean {
    const now = performance.now();
    return this.settle(id, {
      widget: detail.widget,
      id,
      durationMs: Math.round(now - this.startedAt),
      sinceNavigationMs: Math.round(now),
      serverMs: null,
      cached: null,
      error: detail.code,
    });
  }

  /** Every settled widget's timings, in layout order. */
  results(): WidgetTiming[] {
    return this.order.flatMap((id) => this.timings.get(id) ?? []);
  }

  private settle(id: string, timing: WidgetTiming): boolean {
    if (!this.pending.delete(id)) return false;
    this.timings.set(id, timing);
    return this.pending.size === 0;
  }
}
