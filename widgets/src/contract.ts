/**
 * The embed API's contract: the one source of truth that the widgets (client) and the portal (server) import.
 * Types only and small constant tables — nothing here may pull in runtime dependencies, because it ships in
 * the widget bundle. The portal validates the same shapes with zod (portal/server/embed/schemas.ts) and
 * asserts at compile time that its schemas infer exactly these types.
 */

// ───────────── tokens ─────────────

export const EMBED_SCOPES = ['recommendations', 'recommendations:apply', 'copilot', 'export'] as const;
/** A fixed scope, or `dashboard:<id>` (that dashboard), or `dashboards:*` (every dashboard of the tenant). */
export type EmbedScope = (typeof EMBED_SCOPES)[number] | `dashboard:${string}` | 'dashboards:*';

export const CHANNELS = ['meta', 'google', 'tiktok', 'linkedin', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Row-level filters carried by a token: the viewer only ever sees these channels / campaigns. */
export interface RowFilters {
  channels?: Channel[];
  campaignIds?: string[];
}

/** Claims of an embed token (JWT, HS256, at most 15 minutes). */
export interface EmbedTokenClaims {
  /** The embed app id. */
  iss: string;
  /** The viewer (the partner's own user id, opaque to us). */
  sub: string;
  /** Tenant id or slug, inside the app's partner. */
  tenant: string;
  scopes: EmbedScope[];
  filters?: RowFilters;
  locale?: string;
  currency?: string;
  iat: number;
  exp: number;
  nbf?: number;
  jti?: string;
}

// ───────────── errors ─────────────

export const ERROR_CODES = [
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'TOKEN_MISSING',
  'TOKEN_MALFORMED',
  'TOKEN_EXPIRED',
  'TOKEN_NOT_YET_VALID',
  'TOKEN_BAD_SIGNATURE',
  'TOKEN_ALGORITHM',
  'TOKEN_LIFETIME',
  'APP_UNKNOWN',
  'APP_REVOKED',
  'ORIGIN_NOT_ALLOWED',
  'TENANT_FORBIDDEN',
  'SCOPE_FORBIDDEN',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNPROCESSABLE',
  'TRUST_GATE',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every non-2xx answer of the embed API and the REST API has this body. */
export interface ApiErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** Field-level problems, for validation errors: path → message. */
    issues?: { path: string; message: string }[];
    requestId?: string;
  };
}

// ───────────── metric queries ─────────────

export const BASE_METRICS = ['spend', 'impressions', 'clicks', 'conversions', 'revenue'] as const;
export const DERIVED_METRICS = ['ctr', 'cpc', 'cpa', 'roas', 'conversion_rate'] as const;
export const METRICS = [...BASE_METRICS, ...DERIVED_METRICS] as const;
export type Metric = (typeof METRICS)[number];

/** Whether a rise of the metric is good news (lower CPA is good). Drives delta colours. */
export const METRIC_DIRECTION: Record<Metric, 'up' | 'down'> = {
  spend: 'up',
  impressions: 'up',
  clicks: 'up',
  conversions: 'up',
  revenue: 'up',
  ctr: 'up',
  cpc: 'down',
  cpa: 'down',
  roas: 'up',
  conversion_rate: 'up',
};

/** How a metric is formatted: money in the response currency, ratios as percent, others as plain numbers. */
export const METRIC_FORMAT: Record<Metric, 'currency' | 'number' | 'percent' | 'ratio'> = {
  spend: 'currency',
  impressions: 'number',
  clicks: 'number',
  conversions: 'number',
  revenue: 'currency',
  ctr: 'percent',
  cpc: 'currency',
  cpa: 'currency',
  roas: 'ratio',
  conversion_rate: 'percent',
};

export const DIMENSIONS = ['date', 'channel', 'campaign', 'variant'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type DateGrain = 'day' | 'week' | 'month';

/** Inclusive ISO dates (YYYY-MM-DD). */
export interface DateRange {
  from: string;
  to: string;
}

export interface QueryFilters {
  channels?: Channel[];
  campaignIds?: string[];
}

export interface MetricQuery {
  metrics: Metric[];
  dimensions?: Dimension[];
  /** Grain of the `date` dimension. Default day. */
  grain?: DateGrain;
  range: DateRange;
  /** Also compute the same query over the previous period of equal length. */
  compare?: boolean;
  filters?: QueryFilters;
  /** Order by a metric, descending unless `dir` is asc. */
  sort?: { metric: Metric; dir?: 'asc' | 'desc' };
  /** Keep the top N rows by the sort metric and fold the rest into one row whose keys are "other". */
  limit?: number;
  /** Currency of money metrics; default the token's, else the tenant's. */
  currency?: string;
}

/** One row: dimension keys (date as YYYY-MM-DD; channel; campaign id; variant id) and metric values (null when undefined, e.g. CPA with 0 conversions). */
export interface QueryRow {
  keys: Partial<Record<Dimension, string>>;
  /** Display labels for keys that are ids (campaign, variant). */
  labels?: Partial<Record<Dimension, string>>;
  values: Partial<Record<Metric, number | null>>;
}

export interface QueryResult {
  currency: string;
  range: DateRange;
  rows: QueryRow[];
  totals: Partial<Record<Metric, number | null>>;
  /** Present when compare was asked: the previous period, same shape. */
  previous?: { range: DateRange; rows: QueryRow[]; totals: Partial<Record<Metric, number | null>> };
  /** Milliseconds the server spent, and whether the cache answered. */
  meta: { tookMs: number; cached: boolean };
}

// ───────────── filters ─────────────

export interface FilterValue {
  value: string;
  label: string;
}
export interface FilterValuesResult {
  dimension: 'channel' | 'campaign';
  values: FilterValue[];
}

// ───────────── dashboards ─────────────

export type WidgetKind = 'kpi' | 'chart' | 'table' | 'signal-health' | 'recommendations' | 'copilot';
export type ChartType = 'line' | 'bar' | 'stacked-bar' | 'area' | 'doughnut';

/** One widget of a dashboard and its place in a 12-column grid. */
export interface DashboardWidget {
  id: string;
  kind: WidgetKind;
  title: string;
  /** Grid placement: columns (1–12) and rows spanned, in order of appearance. */
  layout: { w: number; h: number };
  metric?: Metric;
  metrics?: Metric[];
  dimension?: Dimension;
  grain?: DateGrain;
  chartType?: ChartType;
  limit?: number;
}

export interface DashboardLayout {
  widgets: DashboardWidget[];
  /** Default date range of the filter bar, e.g. "last_30_days". */
  defaultRange?: DateRangePreset;
}

export const DATE_RANGE_PRESETS = ['last_7_days', 'last_30_days', 'last_90_days', 'this_month', 'last_month', 'year_to_date'] as const;
export type DateRangePreset = (typeof DATE_RANGE_PRESETS)[number];

export interface DashboardDefinition {
  id: string;
  title: string;
  description: string | null;
  version: number;
  layout: DashboardLayout;
  tenant: { id: string; name: string; currency: string; locale: string; timezone: string };
  updatedAt: string;
}

// ───────────── signal health ─────────────

export interface ChannelSignalHealth {
  channel: Channel;
  /** 0–100. */
  healthScore: number;
  /** 0–10. */
  emqScore: number;
  /** 0–1. */
  eventCoverage: number;
  freshnessMinutes: number;
  /** Daily health scores over the window, oldest first. */
  trend: { date: string; healthScore: number }[];
  /** True when healthScore is below the tenant's trust-gate threshold. */
  gated: boolean;
}

export interface SignalHealthResult {
  threshold: number;
  asOf: string;
  /** Mean of the channels' scores. */
  overall: number;
  channels: ChannelSignalHealth[];
}

// ───────────── health ─────────────

export interface HealthResult {
  status: 'ok';
  version: string;
  database: 'sqlite' | 'postgres';
  time: string;
}
