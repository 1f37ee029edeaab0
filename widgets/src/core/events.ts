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
}

export interface ErrorDetail {
  widget: string;
  code: string;
  kind: ErrorKind;
  status: number;
  message: string;
  requestId: string | null;
}

export interface DrillDetail {
  dimension: Dimension;
  value: string;
  label: string;
}

export interface SelectDetail {
  dimension: Dimension;
  value: string;
  label: string;
}

export interface TokenExpiringDetail {
  /** Epoch milliseconds at which the current token expires. */
  expiresAt: number;
  secondsLeft: number;
  /** Whether a tokenProvider is set and the widgets will refresh by themselves. */
  willRefresh: boolean;
}

const init = { bubbles: true, composed: true } as const;

/** Fired when a widget has rendered its data (or its empty state). */
export class StratumRenderCompleteEvent extends CustomEvent<RenderCompleteDetail> {
  static readonly type = 'stratum-render-complete';
  constructor(detail: RenderCompleteDetail) {
    super(StratumRenderCompleteEvent.type, { ...init, detail });
  }
}

/** Fired when a widget could not load its data; `detail.kind` says what the viewer sees. */
export class StratumErrorEvent extends CustomEvent<ErrorDetail> {
  static readonly type = 'stratum-error';
  constructor(detail: ErrorDetail) {
    super(StratumErrorEvent.type, { ...init, detail });
  }
}

/** Fired after the filter state changed (by the viewer, the host or the URL). */
export class StratumFilterChangeEvent extends CustomEvent<FilterState> {
  static readonly type = 'stratum-filter-change';
  constructor(detail: FilterState) {
    super(StratumFilterChangeEvent.type, { ...init, detail });
  }
}

/** Fired before a drill-down; cancel it (`preventDefault()`) to handle the drill yourself. */
export class StratumDrillEvent extends CustomEvent<DrillDetail> {
  static readonly type = 'stratum-drill';
  constructor(detail: DrillDetail) {
    super(StratumDrillEvent.type, { ...init, cancelable: true, detail });
  }
}

/** Fired after a drill-down view opened. */
export class StratumDrilledEvent extends CustomEvent<DrillDetail> {
  static readonly type = 'stratum-drilled';
  constructor(detail: DrillDetail) {
    super(StratumDrilledEvent.type, { ...init, detail });
  }
}

/** Fired by a chart or table when the viewer picks a data point; dashboards use it to cross-filter. */
export class StratumSelectEvent extends CustomEvent<SelectDetail> {
  static readonly type = 'stratum-select';
  constructor(detail: SelectDetail) {
    super(StratumSelectEvent.type, { ...init, detail });
  }
}

/** Fired ahead of the embed token's expiry. */
export class StratumTokenExpiringEvent extends CustomEvent<TokenExpiringDetail> {
  static readonly type = 'stratum-token-expiring';
  constructor(detail: TokenExpiringDetail) {
    super(StratumTokenExpiringEvent.type, { ...init, detail });
  }
}

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
