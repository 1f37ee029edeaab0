import { z } from 'zod';
import {
  CHANNELS,
  CHART_TYPES,
  DATE_RANGE_PRESETS,
  DIMENSIONS,
  EMBED_SCOPES,
  METRICS,
  REPORT_WIDGET_KINDS,
  type DashboardLayout,
  type DateRange,
  type EmbedScope,
  type EmbedTokenClaims,
  type MetricQuery,
  type QueryFilters,
  type QueryResult,
  type RowFilters,
} from '@stratum/contract';

/**
 * zod schemas of the embed contract (widgets/src/contract.ts). The assertions at the bottom fail to compile
 * when a schema and its contract type drift apart.
 */

export const ChannelSchema = z.enum(CHANNELS);
export const MetricSchema = z.enum(METRICS);
export const DimensionSchema = z.enum(DIMENSIONS);
export const DateRangePresetSchema = z.enum(DATE_RANGE_PRESETS);
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD');
export const LocaleSchema = z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a BCP 47 tag such as en-GB');
export const IdSchema = z.string().min(1).max(64).regex(/^[\w-]+$/, 'an id');

export const EmbedScopeSchema: z.ZodType<EmbedScope> = z.union([
  z.enum(EMBED_SCOPES),
  z.literal('dashboards:*'),
  z.templateLiteral(['dashboard:', z.string().regex(/^[\w-]{1,64}$/)]),
]);

/** Strict: an unknown key in a row filter (a typo such as "channel") must not silently widen access. */
export const RowFiltersSchema = z.strictObject({
  channels: z.array(ChannelSchema).max(CHANNELS.length).optional(),
  campaignIds: z.array(IdSchema).max(1000).optional(),
});

export const EmbedTokenClaimsSchema = z.object({
  iss: z.string().min(1).max(64),
  sub: z.string().min(1).max(200),
  tenant: z.string().min(1).max(64),
  scopes: z.array(EmbedScopeSchema).max(200),
  filters: RowFiltersSchema.optional(),
  locale: LocaleSchema.optional(),
  currency: CurrencySchema.optional(),
  iat: z.number().int(),
  exp: z.number().int(),
  nbf: z.number().int().optional(),
  jti: z.string().max(200).optional(),
});

const IsoDate = z.iso.date();

export const DateRangeSchema = z
  .strictObject({ from: IsoDate, to: IsoDate })
  .refine((r) => r.from <= r.to, { message: 'from must not be after to', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 5 * 366 * 86_400_000, { message: 'a range spans at most 5 years', path: ['to'] });

export const QueryFiltersSchema = z.strictObject({
  channels: z.array(ChannelSchema).max(CHANNELS.length).optional(),
  campaignIds: z.array(IdSchema).max(1000).optional(),
});

export const MetricQuerySchema = z.strictObject({
  metrics: z.array(MetricSchema).min(1).max(METRICS.length),
  dimensions: z.array(DimensionSchema).max(3).optional(),
  grain: z.enum(['day', 'week', 'month']).optional(),
  range: DateRangeSchema,
  compare: z.boolean().optional(),
  filters: QueryFiltersSchema.optional(),
  sort: z.strictObject({ metric: MetricSchema, dir: z.enum(['asc', 'desc']).optional() }).optional(),
  limit: z.number().int().min(1).max(10_000).optional(),
  currency: CurrencySchema.optional(),
});

export const DashboardWidgetSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(['kpi', 'chart', 'table', 'signal-health', 'recommendations', 'copilot', ...REPORT_WIDGET_KINDS]),
  title: z.string().max(200),
  layout: z.object({ w: z.number().int().min(1).max(12), h: z.number().int().min(1).max(24) }),
  metric: MetricSchema.optional(),
  metrics: z.array(MetricSchema).optional(),
  dimension: DimensionSchema.optional(),
  grain: z.enum(['day', 'week', 'month']).optional(),
  chartType: z.enum(CHART_TYPES).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
});

export const DashboardLayoutSchema = z.object({
  widgets: z.array(DashboardWidgetSchema).max(100),
  defaultRange: DateRangePresetSchema.optional(),
});

const MetricValuesSchema = z.partialRecord(MetricSchema, z.number().nullable());
export const QueryRowSchema = z.object({
  keys: z.partialRecord(DimensionSchema, z.string()),
  labels: z.partialRecord(DimensionSchema, z.string()).optional(),
  values: MetricValuesSchema,
});
const PlainRange = z.object({ from: z.string(), to: z.string() });
/** The answer of a metric query (documents REST API v1; the embed API returns the same shape). */
export const QueryResultSchema = z.object({
  currency: z.string(),
  range: PlainRange,
  rows: z.array(QueryRowSchema),
  totals: MetricValuesSchema,
  previous: z.object({ range: PlainRange, rows: z.array(QueryRowSchema), totals: MetricValuesSchema }).optional(),
  meta: z.object({ tookMs: z.number(), cached: z.boolean() }),
});

// ───────────── compile-time agreement with the contract ─────────────

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(_proof?: T): void {}

assertType<Equals<z.infer<typeof RowFiltersSchema>, RowFilters>>();
assertType<Equals<z.infer<typeof QueryFiltersSchema>, QueryFilters>>();
assertType<Equals<z.infer<typeof DateRangeSchema>, DateRange>>();
assertType<Equals<z.infer<typeof EmbedTokenClaimsSchema>, EmbedTokenClaims>>();
assertType<Equals<z.infer<typeof MetricQuerySchema>, MetricQuery>>();
assertType<Equals<z.infer<typeof DashboardLayoutSchema>, DashboardLayout>>();
assertType<Equals<z.infer<typeof QueryResultSchema>, QueryResult>>();
