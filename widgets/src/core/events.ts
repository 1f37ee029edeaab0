import type { Channel, DateRange, DateRangePreset, Dimension } from '../contract.js';
import type { ErrorKind } from './errors.js';

/** The filter state a dashboard (or a host) applies to its widgets. */
export interface FilterState {
  /** A preset, or "custom" when `range` was set explicitly. */
  preset: DateRangePreset | 'custom';
  range: DateRange;
  compare: boolean;
  channels: Channel[];
  campaignIds: string[];
}

export interface RenderCompleteDetail {
  /** The element's tag, e.g. "stratum-kpi". */
  widget: string;
  /** The element's id, when it has one. */
  id: string | null;
  /** Milliseconds from the start of this render's data request to the rendered DOM. */
  durationMs: number;
  /** Milliseconds since navigation start (performance.now()) at completion. */
  sinceNavigationMs: number;
  /** Time the server spent, when a query was involved. */
  serverMs: number | null;
  cached: boolean | null;
  /** A dashboard's only: each of its widgets, in layout order, as it settled (rendered, or failed with `error`). */
  widgets?: WidgetTiming[];
}

/** One widget of a dashboard in the dashboard's render-complete: its own render-complete, or the error it showed. */
export interface WidgetTiming extends Omit<RenderCompleteDetail, 'widgets'> {
  /** The error code when the widget settled on an error state instead of data. */
  error: string | null;
}

export interface ErrorDetail {
  widget: string;
  code: string;
  kind: ErrorKind;
  status: number;
  message: string;
  requestId: string | null;
}

/** A value the viewer picked on a dimension (a channel, a campaign): what a select or a drill is about. */
export interface DimensionPick {
  dimension: Dimension;
  value: string;
  label: string;
}
export type DrillDetail = DimensionPick;
export type SelectDetail = DimensionPick;

export interface TokenExpiringDetail {
  /** Epoch milliseconds at which the current token expires. */
  expiresAt: number;
  secondsLeft: number;
  /** Whether a tokenProvider is set and the widgets will refresh by themselves. */
  willRefresh: boolean;
}

/**
 * The base class of each stratum-* event: `bubbles` and `composed` (it crosses shadow roots to the host page),
 * `cancelable` where the host may veto the action. Each event still gets its own typed subclass.
 */
export function stratumEvent<Type extends string>(type: Type, { cancelable = false }: { cancelable?: boolean } = {}) {
  return class<Detail> extends CustomEvent<Detail> {
    static readonly type: Type = type;
    constructor(detail: Detail) {
      super(type, { bubbles: true, composed: true, cancelable, detail });
    }
  };
}

/** Fired when a widget has rendered its data (or its empty state); a dashboard's carries every widget's timings. */
export class StratumRenderCompleteEvent extends stratumEvent('stratum-render-complete')<RenderCompleteDetail> {}

/** Fired when a widget could not load its data; `detail.kind` says what the viewer sees. */
export class StratumErrorEvent extends stratumEvent('stratum-error')<ErrorDetail> {}

/** Fired after the filter state changed (by the viewer, the host or the URL). */
export class StratumFilterChangeEvent extends stratumEvent('stratum-filter-change')<FilterState> {}

/** Fired before a drill-down; cancel it (`preventDefault()`) to handle the drill yourself. */
export class StratumDrillEvent extends stratumEvent('stratum-drill', { cancelable: true })<DrillDetail> {}

/** Fired after a drill-down view opened. */
export class StratumDrilledEvent extends stratumEvent('stratum-drilled')<DrillDetail> {}

/** Fired by a chart or table when the viewer picks a data point; dashboards use it to cross-filter. */
export class StratumSelectEvent extends stratumEvent('stratum-select')<SelectDetail> {}

/** Fired ahead of the embed token's expiry. */
export class StratumTokenExpiringEvent extends stratumEvent('stratum-token-expiring')<TokenExpiringDetail> {}

declare global {
  interface GlobalEventHandlersEventMap {
    'stratum-render-complete': StratumRenderCompleteEvent;
    'stratum-error': StratumErrorEvent;
    'stratum-filter-change': StratumFilterChangeEvent;
    'stratum-drill': StratumDrillEvent;
    'stratum-drilled': StratumDrilledEvent;
    'stratum-select': StratumSelectEvent;
    'stratum-token-expiring': StratumTokenExpiringEvent;
  }
}
