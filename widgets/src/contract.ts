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

export type WidgetKind = 'kpi' | 'chart' | 'table' | 'signal-health' | 'recommendations' | 'copilot' | ReportWidgetKind;
export const CHART_TYPES = ['line', 'bar', 'stacked-bar', 'area', 'doughnut'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

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

// ───────────── AI: recommendations (owned by the AI engine: portal/server/recommendations) ─────────────

export const RECOMMENDATION_KINDS = ['budget_increase', 'budget_decrease', 'ab_test_winner', 'anomaly', 'signal_health_alert', 'pause_campaign'] as const;
export type RecommendationKindName = (typeof RECOMMENDATION_KINDS)[number];
export type RecommendationStatusName = 'open' | 'applied' | 'dismissed' | 'expired';
/** What an impact measures: extra revenue, profit, spend saved, revenue exposed to the trust gate, spend above baseline. */
export type ImpactMetric = 'revenue' | 'profit' | 'spend_saved' | 'revenue_at_risk' | 'excess_spend';

/** The machine-readable action a recommendation proposes; apply executes exactly this. */
export type RecommendationAction =
  | { type: 'set_daily_budget'; campaignId: string; from: number; to: number; changePct: number }
  | { type: 'shift_traffic'; campaignId: string; winnerVariantId: string; allocations: { variantId: string; from: number; to: number }[] }
  | { type: 'pause_campaign'; campaignId: string }
  | { type: 'investigate_anomaly'; metric: 'conversions' | 'spend'; date: string; direction: 'drop' | 'spike'; channel: Channel; campaignId: string | null }
  | { type: 'check_tracking'; channel: Channel; forecastCrossDate: string | null };

export interface EvidenceFigure {
  label: string;
  value: number;
  format: 'currency' | 'percent' | 'ratio' | 'number' | 'days';
}

/** The figures, the statistical test and the query behind a recommendation ("Learn more"). */
export interface RecommendationEvidence {
  window: DateRange;
  figures: EvidenceFigure[];
  test: { name: string; statistic: number; pValue: number; n: number; df?: number };
  /** A daily series to chart, with the fitted trend or seasonal baseline when there is one. */
  series?: { label: string; format: EvidenceFigure['format']; points: { date: string; value: number; baseline?: number }[] };
  /** Campaigns that drove a channel-level change, largest first. */
  drivers?: { campaignId: string; name: string; delta: number }[];
  /** The metric query that reproduces the figures through POST /api/embed/v1/query. */
  query: MetricQuery;
}

export interface RecommendationTrustGate {
  /**
   * True when the channel's latest signal health is below the threshold and the action changes something (budget,
   * traffic, pause): advisory only, apply is refused. An alert (investigate_anomaly, check_tracking) is never gated:
   * acknowledging it (apply) changes nothing. `healthScore` shows the channel's health either way.
   */
  gated: boolean;
  healthScore: number | null;
  threshold: number;
}

export interface RecommendationDto {
  id: string;
  kind: RecommendationKindName;
  status: RecommendationStatusName;
  campaign: { id: string; name: string } | null;
  channel: Channel | null;
  action: RecommendationAction;
  /** 0–1, derived from the test's p-value, the sample size and the signal health. */
  confidence: number;
  impact: { expected: number; low: number; high: number; currency: string; metric: ImpactMetric };
  reasoning: string;
  evidence: RecommendationEvidence;
  trustGate: RecommendationTrustGate;
  createdAt: string;
  expiresAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  dismissReason: string | null;
}

/** GET /api/embed/v1/recommendations?status=open&kind=…&channel=… */
export interface RecommendationListResult {
  recommendations: RecommendationDto[];
  threshold: number;
  /** Whether this token may apply and dismiss (it carries `recommendations:apply`); without it the cards only inform. */
  canDecide: boolean;
}

/** One change an apply made, e.g. { entity: 'campaign', field: 'dailyBudget', from: 100, to: 115 }. */
export interface AppliedChange {
  entity: 'campaign' | 'variant' | 'none';
  id: string | null;
  field: string;
  from: string | number | null;
  to: string | number | null;
}

/**
 * Scopes: GET recommendations needs `recommendations` (read); apply AND dismiss need `recommendations:apply` (deciding
 * for the whole tenant). Apply on an alert acknowledges it.
 */
/** POST /api/embed/v1/recommendations/:id/apply. Applying an applied recommendation returns the same result. */
export interface RecommendationApplyResult {
  recommendation: RecommendationDto;
  changes: AppliedChange[];
  alreadyApplied: boolean;
}

/** POST /api/embed/v1/recommendations/:id/dismiss body. */
export interface RecommendationDismissRequest {
  reason?: string;
}

/** POST /api/embed/v1/recommendations/:id/dismiss answer. Dismissing a dismissed recommendation returns it unchanged. */
export interface RecommendationDismissResult {
  recommendation: RecommendationDto;
}

// ───────────── AI: copilot (owned by the AI engine: portal/server/copilot) ─────────────

export const COPILOT_TOOLS = ['createCampaignDraft', 'queryMetrics', 'explainChange', 'listRecommendations', 'applyRecommendation', 'activateCampaign'] as const;
export type CopilotToolName = (typeof COPILOT_TOOLS)[number];
/** Tools that change something: they stream an approval request and run only after the user approves. */
export const COPILOT_APPROVAL_TOOLS: readonly CopilotToolName[] = ['applyRecommendation', 'activateCampaign'];

export type CopilotToolState = 'input-streaming' | 'input-available' | 'approval-requested' | 'approval-responded' | 'output-available' | 'output-error' | 'output-denied';

/** A UI message part as the AI SDK defines it (the subset the copilot uses). */
export type CopilotPart =
  | { type: 'text'; text: string; state?: 'streaming' | 'done' }
  | { type: 'step-start' }
  /** Data parts, e.g. data-nlu: what the built-in engine understood (intent and slots), kept for follow-ups. */
  | { type: `data-${string}`; id?: string; data: unknown }
  | {
      type: `tool-${CopilotToolName}`;
      toolCallId: string;
      state: CopilotToolState;
      input?: unknown;
      output?: unknown;
      errorText?: string;
      approval?: { id: string; approved?: boolean; reason?: string };
    };

export interface CopilotMessageDto {
  id: string;
  role: 'user' | 'assistant' | 'system';
  parts: CopilotPart[];
}

/** POST /api/embed/v1/copilot body: what the AI SDK's DefaultChatTransport sends. `id` is the thread id. */
export interface CopilotRequest {
  id: string;
  messages: CopilotMessageDto[];
  trigger?: 'submit-message' | 'regenerate-message';
  messageId?: string;
}

/** GET /api/embed/v1/copilot?thread=<id> (or the viewer's latest thread). */
export interface CopilotThreadResult {
  threadId: string | null;
  messages: CopilotMessageDto[];
}

export type CopilotSegment =
  | { kind: 'no_purchase_days'; days: number }
  | { kind: 'cart_abandoners'; days: number }
  | { kind: 'lookalike_top_customers'; percent: number }
  | { kind: 'all_customers' };

export type CopilotOffer =
  | { kind: 'percent'; value: number }
  | { kind: 'fixed'; value: number; currency: string }
  | { kind: 'free_shipping' }
  | { kind: 'code'; code: string; percent?: number };

/** Output of createCampaignDraft / activateCampaign: the proposal card. */
export interface CampaignProposal {
  /** The draft campaigns created, one per channel. */
  campaigns: { id: string; name: string; channel: Channel; status: 'draft' | 'active' | 'paused' | 'archived' }[];
  name: string;
  segment: CopilotSegment;
  offer: CopilotOffer | null;
  channels: Channel[];
  dailyBudget: number;
  currency: string;
  schedule: { start: string; end: string | null };
  trustGate: { threshold: number; channels: { channel: Channel; healthScore: number | null; gated: boolean }[] };
  status: 'draft' | 'active';
}

/**
 * A user message part that edits the latest proposal (the proposal card's Edit form), sent with a text part that says
 * the same in words: `{ type: 'data-campaign-edit', data: CampaignDraftEdit }`. Only the fields given change; the
 * server revises the stored proposal (never one the client describes) into new drafts and archives the old ones.
 */
export interface CampaignDraftEdit {
  /** The draft campaigns of the proposal being edited, as its card shows them. */
  campaignIds: string[];
  name?: string;
  dailyBudget?: number;
  /** A percent discount; null removes the offer. */
  discountPercent?: number | null;
  channels?: Channel[];
  /** YYYY-MM-DD. */
  startDate?: string;
  /** YYYY-MM-DD; null: no end. */
  endDate?: string | null;
}
export const CAMPAIGN_EDIT_PART = 'data-campaign-edit';

/** Output of queryMetrics: the query run and its result, for a small chart or table. */
export interface MetricAnswer {
  query: MetricQuery;
  result: Pick<QueryResult, 'currency' | 'range' | 'rows' | 'totals' | 'previous'>;
}

/** Output of explainChange. */
export interface ChangeExplanation {
  metric: Metric;
  range: DateRange;
  previousRange: DateRange;
  current: number | null;
  previous: number | null;
  deltaPct: number | null;
  currency: string;
  /** Channels and campaigns that moved most, largest absolute contribution first. */
  drivers: { dimension: 'channel' | 'campaign'; key: string; label: string; current: number; previous: number; delta: number }[];
  anomalies: { date: string; channel: Channel; campaignId: string | null; direction: 'drop' | 'spike'; value: number; expected: number; z: number }[];
  signalHealth: { channel: Channel; healthScore: number; gated: boolean }[];
}

// ───────────── embed API: server behaviour (section owned by the embed API; see portal/server/embed) ─────────────
//
// Tokens: HS256 only (alg none, HS384/512, RS*/ES* are refused). The HMAC key is the UTF-8 bytes of the embed
// app's secret string exactly as shown at creation ("esk_…"). exp − iat ≤ EMBED_TOKEN_MAX_LIFETIME_SECONDS;
// 30 s clock tolerance on exp, nbf and iat. `tenant` is the tenant's id or its slug inside the app's partner.
// `filters` is strict: an unknown key (e.g. "channel") makes the token invalid rather than wider.
//
// Origin: a request with an Origin header must name one of the app's allowed origins exactly (scheme, host,
// port). Without Origin: a same-origin request of the portal itself (Sec-Fetch-Site: same-origin) passes when
// the portal's own origin is in the list; a server-to-server call (no Sec-Fetch-* header, no Cookie) passes;
// anything else is ORIGIN_NOT_ALLOWED. CORS: Access-Control-Allow-Origin echoes allowed origins only; error
// bodies (no data) are readable by any origin some embed app lists, so widgets can read TOKEN_EXPIRED.
//
// Rejections are 401 with one of the TOKEN_* / APP_* / ORIGIN_NOT_ALLOWED / TENANT_FORBIDDEN codes; an
// app granting a scope it may not → 401 SCOPE_FORBIDDEN; a valid token lacking a route's scope → 403
// SCOPE_FORBIDDEN. 429 RATE_LIMITED carries Retry-After (seconds).
//
// Queries: POST /api/embed/v1/query needs any dashboard scope (dashboards:* or dashboard:<id>). A campaign-day is
// one campaign-level MetricDaily row (variantKey "-") or, during an A/B test, one row per variant: every query
// sums all rows; the variant dimension keys campaign-level rows as NO_VARIANT_KEY. Money converts at each day's
// FxRate (closest earlier rate when a day has none). Without `sort`, rows with a date dimension come in date
// order, others by the first metric descending. Week buckets are keyed by their Monday, months by the 1st.

export const EMBED_TOKEN_MAX_LIFETIME_SECONDS = 900;
/** The key every dimension of the folded row carries when `limit` cuts a result. */
export const OTHER_ROW_KEY = 'other';
/** The variant key of rows of campaigns not running an A/B test that day. */
export const NO_VARIANT_KEY = '-';

/** GET /api/demo/embed-token (demo data only; 404 elsewhere). */
export interface DemoTokenResult {
  token: string;
  expiresAt: string;
  /** e.g. http://localhost:3000/api/embed/v1 */
  apiBase: string;
  tenant: { id: string; slug: string; name: string };
  dashboards: { id: string; title: string }[];
  /** The demo data's fixed "today" (YYYY-MM-DD): its series end there. */
  today: string;
}

// ───────────── reports: attribution and benchmarks (section owned by portal/server/{attribution,benchmarks}) ─────────────

/** Dashboard widget kinds of the reports section: <stratum-attribution> and <stratum-benchmarks> (lazily loaded). */
export const REPORT_WIDGET_KINDS = ['attribution', 'benchmarks'] as const;
export type ReportWidgetKind = (typeof REPORT_WIDGET_KINDS)[number];

export const ATTRIBUTION_MODELS = ['last_touch', 'first_touch', 'linear', 'time_decay', 'position_based'] as const;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];

/** Credit one model gives one channel: fractional conversions, revenue in `currency`, share of all conversions (0–1). */
export interface AttributionCredit {
  channel: Channel;
  conversions: number;
  revenue: number;
  share: number;
}

/**
 * GET /api/embed/v1/attribution?from=&to=[&models=linear,time_decay][&halfLifeDays=7][&channels=…] — credit per
 * channel under each model, over the converting journeys of the range (by conversion date). With row filters in the
 * token, touchpoints outside them are left out and journeys with none left are not counted.
 */
export interface AttributionResult {
  range: DateRange;
  currency: string;
  /** Journeys counted. */
  paths: number;
  conversions: number;
  revenue: number;
  halfLifeDays: number;
  /** The channels that appear, in a stable order (by linear credit). */
  channels: Channel[];
  models: { model: AttributionModel; credits: AttributionCredit[] }[];
}

export const BENCHMARK_METRICS = ['ctr', 'cpa', 'roas'] as const;
export type BenchmarkMetric = (typeof BENCHMARK_METRICS)[number];
/** Opted-in tenants an industry cohort needs before any figure of it is shown (k-anonymity). */
export const BENCHMARK_MIN_COHORT = 5;

/** One metric: the tenant's own value against its peers' quartiles (each quartile blends every peer; never one tenant's figure). */
export interface BenchmarkFigure {
  metric: BenchmarkMetric;
  tenant: number | null;
  p25: number;
  median: number;
  p75: number;
  /** Whether the tenant does better than the peer median (lower is better for CPA). */
  better: boolean | null;
}

/** GET /api/embed/v1/benchmarks?from=&to= — refused (200 with status "refused") unless opted in and the cohort is big enough. */
export type BenchmarkResult =
  | { status: 'ok'; industry: string; range: DateRange; currency: string; cohortSize: number; figures: BenchmarkFigure[] }
  | { status: 'refused'; reason: 'NOT_OPTED_IN' | 'COHORT_TOO_SMALL'; industry: string; minimumCohort: number; message: string };

// ───────────── embed API: query batch (section owned by the widgets; route: portal/app/api/embed/v1/query/batch) ─────────────
//
// POST /api/embed/v1/query/batch answers several embed API reads in one request, so a dashboard makes one
// request for all its widgets instead of one each. Each item is checked and answered exactly as its single route
// would (POST /query, GET /dashboards/:id): the same scope check, the same tenant and row filters inside the
// query, the same error code and status — per item, so one refused item does not fail the others. The whole
// batch needs a dashboard scope (as both single routes do); each item counts against the rate limit.

/** Most items one batch may carry (a longer list is a 400); the widgets split larger dashboards. */
export const QUERY_BATCH_MAX_ITEMS = 24;
/** Largest batch body in bytes (a larger one is a 413). */
export const QUERY_BATCH_MAX_BYTES = 64 * 1024;

/** One read: a metric query (as POST /query) or a dashboard definition (as GET /dashboards/:id). */
export type QueryBatchItem = { query: MetricQuery } | { dashboard: string };

export interface QueryBatchRequest {
  items: QueryBatchItem[];
}

/** The answer to one item, in the item's position: its single route's status and body. */
export type QueryBatchAnswer =
  | { status: 200; result: QueryResult }
  | { status: 200; dashboard: DashboardDefinition }
  | { status: number; error: ApiErrorBody['error'] };

export interface QueryBatchResult {
  answers: QueryBatchAnswer[];
}

// ───────────── embed API: dashboard prefetch (section owned by the widgets; route: portal/app/api/embed/v1/dashboards/[id]) ─────────────
//
// GET /api/embed/v1/dashboards/:id?prefetch=1 answers the definition together with its widgets' first reads, so a
// dashboard renders after one round trip instead of two (definition, then its data). The server builds each widget's
// query with the widgets' own code (widgetQuery, below) for the view the viewer opens: the
// definition's default range, changed by the same parameters a host sets on <stratum-dashboard> (range or from/to,
// compare, channels, campaigns), on the viewer's `today`, in `currency` when the embed sets one. Each answer is the
// one its single route would give (a refused query is its error, the others still answer); the data reads count
// against the rate limit as a batch's items do. Without `prefetch` the answer is the plain definition.

export interface DashboardPrefetchParams {
  /** The viewer's today (YYYY-MM-DD): relative ranges end on it. */
  today: string;
  currency?: string;
  range?: DateRangePreset;
  from?: string;
  to?: string;
  compare?: boolean;
  channels?: string[];
  campaigns?: string[];
}

/** A read answered ahead: its single route's status and body. */
export type PrefetchedAnswer<T> = { status: 200; result: T } | { status: number; error: ApiErrorBody['error'] };

export interface DashboardPrefetch {
  /** Each metric query the widgets will make (as they build it, currency included) and its answer. */
  queries: { query: MetricQuery; answer: PrefetchedAnswer<QueryResult> }[];
  /** GET /signal-health's answer, when the dashboard shows signal health. */
  signalHealth?: PrefetchedAnswer<SignalHealthResult>;
}

/** GET /dashboards/:id?prefetch=1. */
export interface PrefetchedDashboardDefinition extends DashboardDefinition {
  prefetched: DashboardPrefetch;
}

// ───────────── widget queries (section owned by the widgets; used by portal/server/embed/dashboard-prefetch.ts) ─────────────
//
// The metric query each widget asks for, as pure functions: the elements build their queries with them, and the
// portal builds a dashboard's first queries with the very same code to answer them together with its definition
// (GET /dashboards/:id?prefetch=1). They live in the contract because both sides must build the same queries.


/** The query a widget asks for, before the widget adds its metrics and dimensions. */
export interface QueryScope {
  range: DateRange;
  compare: boolean;
  filters: QueryFilters;
}

export function compactFilters(channels: readonly Channel[], campaignIds: readonly string[]): QueryFilters {
  const filters: QueryFilters = {};
  if (channels.length) filters.channels = [...channels];
  if (campaignIds.length) filters.campaignIds = [...campaignIds];
  return filters;
}

const isMetric = (value: string): value is Metric => (METRICS as readonly string[]).includes(value);
const hasFilters = (scope: QueryScope) => Boolean(scope.filters.channels || scope.filters.campaignIds);

export function validChartType(type: string): ChartType {
  return (CHART_TYPES as readonly string[]).includes(type) ? (type as ChartType) : 'line';
}

/** The metrics a chart plots: known ones only; stacked bars and doughnuts show the first. */
export function chartMetrics(metrics: readonly string[], type: ChartType): Metric[] {
  const known = metrics.filter(isMetric);
  return type === 'stacked-bar' || type === 'doughnut' ? known.slice(0, 1) : known;
}

export function validDimension(dimension: string): Dimension {
  return (DIMENSIONS as readonly string[]).includes(dimension) ? (dimension as Dimension) : 'date';
}

export function knownMetrics(metrics: readonly string[]): Metric[] {
  return metrics.filter(isMetric);
}

export function kpiQuery(metric: string, sparkline: boolean, scope: QueryScope): MetricQuery | undefined {
  if (!isMetric(metric)) return undefined;
  const query: MetricQuery = { metrics: [metric], range: scope.range, compare: scope.compare };
  if (sparkline) query.dimensions = ['date'];
  if (hasFilters(scope)) query.filters = scope.filters;
  return query;
}

export interface ChartQueryOptions {
  type: ChartType;
  metrics: Metric[];
  dimension: Dimension;
  grain: DateGrain;
  limit?: number;
}

export function chartQuery({ type, metrics, dimension, grain, limit }: ChartQueryOptions, scope: QueryScope): MetricQuery | undefined {
  if (!metrics.length) return undefined;
  const query: MetricQuery = {
    metrics,
    dimensions: type === 'stacked-bar' && dimension !== 'channel' ? [dimension, 'channel'] : [dimension],
    range: scope.range,
  };
  if (dimension === 'date') query.grain = grain;
  if (dimension !== 'date') query.sort = { metric: metrics[0]!, dir: 'desc' };
  if (limit && dimension !== 'date') query.limit = limit;
  if (hasFilters(scope)) query.filters = scope.filters;
  return query;
}

export function tableQuery(metrics: Metric[], dimension: Dimension, scope: QueryScope): MetricQuery | undefined {
  if (!metrics.length) return undefined;
  const query: MetricQuery = { metrics, dimensions: [dimension], range: scope.range, sort: { metric: metrics[0]!, dir: 'desc' } };
  if (dimension === 'date') query.grain = 'day';
  if (hasFilters(scope)) query.filters = scope.filters;
  return query;
}

/** A dashboard widget's settings, as its element receives them. */
export const DEFAULT_TABLE_METRICS: readonly Metric[] = ['spend', 'clicks', 'conversions', 'cpa', 'roas'];

export function chartWidgetSettings(widget: DashboardWidget): { type: ChartType; metrics: Metric[]; dimension: Dimension; grain: DateGrain; limit: number } {
  return {
    type: widget.chartType ?? 'line',
    metrics: widget.metrics ?? [widget.metric ?? 'spend'],
    dimension: widget.dimension ?? 'date',
    grain: widget.grain ?? 'day',
    limit: widget.limit ?? 0,
  };
}

export function tableWidgetSettings(widget: DashboardWidget): { metrics: readonly Metric[]; dimension: 'campaign' | 'channel' | 'date' } {
  return {
    metrics: widget.metrics ?? DEFAULT_TABLE_METRICS,
    dimension: widget.dimension === 'channel' || widget.dimension === 'date' ? widget.dimension : 'campaign',
  };
}

/** The query a dashboard widget's element makes in this scope (undefined: it makes none, or not a metric query). */
export function widgetQuery(widget: DashboardWidget, scope: QueryScope): MetricQuery | undefined {
  switch (widget.kind) {
    case 'kpi':
      return kpiQuery(widget.metric ?? 'spend', true, scope);
    case 'chart': {
      const settings = chartWidgetSettings(widget);
      const type = validChartType(settings.type);
      return chartQuery({ ...settings, type, metrics: chartMetrics(settings.metrics, type), dimension: validDimension(settings.dimension) }, scope);
    }
    case 'table': {
      const settings = tableWidgetSettings(widget);
      return tableQuery(knownMetrics(settings.metrics), settings.dimension, scope);
    }
    default:
      return undefined;
  }
}
