import 'server-only';
import { NO_VARIANT_KEY, OTHER_ROW_KEY, type DateGrain, type DateRange, type Dimension, type Metric, type MetricQuery, type QueryResult, type QueryRow } from '@stratum/contract';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { bucketOf, dayStart, isoDay, previousRange } from './dates';
import { tenantRollup } from './daily-rollup';
import { loadFxTable, type FxTable } from './fx';
import { addSums, emptySums, metricValue, metricValues, type BaseSums } from './metrics';
import { scopeConditions, type AnalyticsScope } from './scope';

/** The MetricDaily column behind each dimension. */
const DIMENSION_FIELD: Record<Dimension, 'date' | 'channel' | 'campaignId' | 'variantId'> = {
  date: 'date',
  channel: 'channel',
  campaign: 'campaignId',
  variant: 'variantId',
};

type GroupRow = {
  currency: string;
  date?: Date;
  channel?: string;
  campaignId?: string;
  variantId?: string | null;
  _sum: { spend: number | null; impressions: number | null; clicks: number | null; conversions: number | null; revenue: number | null };
};

interface Aggregate {
  keys: Partial<Record<Dimension, string>>;
  sums: BaseSums;
}

/**
 * Where clause of a metric query. A campaign-day is either one campaign-level row (variantKey "-") or, while
 * the campaign runs an A/B test, one row per variant and no campaign-level row: so every query sums all rows,
 * and the variant dimension reports campaign-level rows under the key NO_VARIANT_KEY.
 */
export function metricWhere(scope: AnalyticsScope, query: Pick<MetricQuery, 'filters'>, range: DateRange) {
  return {
    tenantId: scope.tenantId,
    date: { gte: dayStart(range.from), lte: dayStart(range.to) },
    AND: scopeConditions(scope, query.filters),
  };
}

async function groupMetrics(db: Db, where: object, by: string[]): Promise<GroupRow[]> {
  // Prisma's groupBy types need a literal `by`; the fields here come from the fixed DIMENSION_FIELD table.
  const groupBy = db.metricDaily.groupBy as unknown as (args: object) => Promise<GroupRow[]>;
  return groupBy({ by, where, _sum: { spend: true, impressions: true, clicks: true, conversions: true, revenue: true } });
}

/** Whether the tenant's daily rollup can answer: no campaign or variant dimension, no campaign filter. */
export function rollupCanAnswer(scope: AnalyticsScope, query: Pick<MetricQuery, 'dimensions' | 'filters'>): boolean {
  const dims = query.dimensions ?? [];
  return dims.every((d) => d === 'date' || d === 'channel') && !scope.rowFilters.campaignIds && !query.filters?.campaignIds;
}

/** The rollup's day × channel × currency groups inside the range and the channel filters, shaped like groupBy rows. */
async function rollupGroups(db: Db, scope: AnalyticsScope, query: MetricQuery, range: DateRange): Promise<GroupRow[]> {
  const entries = await tenantRollup(db, scope.tenantId);
  const tokenChannels = scope.rowFilters.channels;
  const queryChannels = query.filters?.channels;
  const groups: GroupRow[] = [];
  for (const e of entries) {
    if (e.day < range.from || e.day > range.to) continue;
    if ((tokenChannels && !tokenChannels.includes(e.channel)) || (queryChannels && !queryChannels.includes(e.channel))) continue;
    groups.push({ currency: e.currency, date: dayStart(e.day), channel: e.channel, _sum: e.sums });
  }
  return groups;
}

async function aggregate(db: Db, scope: AnalyticsScope, query: MetricQuery, range: DateRange, currency: string): Promise<Aggregate[]> {
  const dimensions = [...new Set(query.dimensions ?? [])];
  const grain: DateGrain = query.grain ?? 'day';
  const where = metricWhere(scope, query, range);
  const fields = dimensions.map((d) => DIMENSION_FIELD[d]);
  const fromRollup = rollupCanAnswer(scope, query);
  // Money converts at each day's rate, so rows in another currency are grouped by day as well (rollup rows are).
  let groups = fromRollup ? await rollupGroups(db, scope, query, range) : await groupMetrics(db, where, ['currency', ...fields]);
  let fx: FxTable | undefined;
  const foreign = new Set(groups.map((g) => g.currency).filter((c) => c !== currency));
  if (foreign.size > 0) {
    if (!fromRollup && !fields.includes('date')) groups = await groupMetrics(db, where, ['currency', 'date', ...fields]);
    fx = await loadFxTable(db, foreign, currency, range.from, range.to);
  }
  const byKey = new Map<string, Aggregate>();
  for (const group of groups) {
    const keys: Partial<Record<Dimension, string>> = {};
    for (const dimension of dimensions) {
      if (dimension === 'date') keys.date = bucketOf(isoDay(group.date!), grain);
      else if (dimension === 'channel') keys.channel = group.channel!;
      else if (dimension === 'campaign') keys.campaign = group.campaignId!;
      else keys.variant = group.variantId ?? NO_VARIANT_KEY;
    }
    const factor = fx && group.currency !== currency ? fx.factor(group.currency, currency, isoDay(group.date!)) : 1;
    const key = dimensions.map((d) => keys[d]).join('\u0000');
    const entry = byKey.get(key) ?? { keys, sums: emptySums() };
    addSums(entry.sums, {
      spend: (group._sum.spend ?? 0) * factor,
      impressions: group._sum.impressions ?? 0,
      clicks: group._sum.clicks ?? 0,
      conversions: group._sum.conversions ?? 0,
      revenue: (group._sum.revenue ?? 0) * factor,
    });
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

function compareNullable(a: number | null, b: number | null, dir: 'asc' | 'desc'): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return dir === 'asc' ? a - b : b - a;
}

/** Orders rows (date dimension ascending unless a sort is asked) and folds everything past `limit` into "other". */
export function shapeRows(aggregates: Aggregate[], query: MetricQuery): Aggregate[] {
  const dimensions = [...new Set(query.dimensions ?? [])];
  const sortMetric: Metric = query.sort?.metric ?? query.metrics[0]!;
  const dir = query.sort?.dir ?? 'desc';
  const keyText = (a: Aggregate) => dimensions.map((d) => a.keys[d] ?? '').join('\u0000');
  const sorted = [...aggregates].sort((a, b) => {
    if (!query.sort && dimensions.includes('date')) return (a.keys.date ?? '').localeCompare(b.keys.date ?? '') || keyText(a).localeCompare(keyText(b));
    return compareNullable(metricValue(sortMetric, a.sums), metricValue(sortMetric, b.sums), dir) || keyText(a).localeCompare(keyText(b));
  });
  if (!query.limit || sorted.length <= query.limit) return sorted;
  const kept = sorted.slice(0, query.limit);
  const other: Aggregate = { keys: Object.fromEntries(dimensions.map((d) => [d, OTHER_ROW_KEY])), sums: emptySums() };
  for (const rest of sorted.slice(query.limit)) addSums(other.sums, rest.sums);
  return [...kept, other];
}

const VARIANT_FALLBACK_LABEL: Record<string, string> = { [OTHER_ROW_KEY]: 'Other', [NO_VARIANT_KEY]: 'No test running' };

async function labelsFor(db: Db, scope: AnalyticsScope, aggregates: Aggregate[]) {
  const campaignIds = new Set<string>();
  const variantIds = new Set<string>();
  for (const a of aggregates) {
    if (a.keys.campaign && a.keys.campaign !== OTHER_ROW_KEY) campaignIds.add(a.keys.campaign);
    if (a.keys.variant && a.keys.variant !== OTHER_ROW_KEY && a.keys.variant !== NO_VARIANT_KEY) variantIds.add(a.keys.variant);
  }
  const [campaigns, variants] = await Promise.all([
    campaignIds.size ? db.campaign.findMany({ where: { tenantId: scope.tenantId, id: { in: [...campaignIds] } }, select: { id: true, name: true } }) : [],
    variantIds.size ? db.adVariant.findMany({ where: { campaign: { tenantId: scope.tenantId }, id: { in: [...variantIds] } }, select: { id: true, name: true } }) : [],
  ]);
  return { campaigns: new Map(campaigns.map((c) => [c.id, c.name])), variants: new Map(variants.map((v) => [v.id, v.name])) };
}

/** Rows a query may answer with before it must narrow itself (a limit, fewer dimensions or a coarser grain). */
export const DEFAULT_MAX_ROWS = 50_000;

async function computePeriod(db: Db, scope: AnalyticsScope, query: MetricQuery, range: DateRange, currency: string, maxRows: number) {
  const aggregates = await aggregate(db, scope, query, range, currency);
  if (aggregates.length > maxRows && (!query.limit || query.limit > maxRows)) {
    throw new AppError('UNPROCESSABLE', `The query would return ${aggregates.length} rows (at most ${maxRows}); add a limit, fewer dimensions or a coarser grain.`);
  }
  const totals = emptySums();
  for (const a of aggregates) addSums(totals, a.sums);
  const shaped = shapeRows(aggregates, query);
  const labels = await labelsFor(db, scope, shaped);
  const rows: QueryRow[] = shaped.map((a) => {
    const row: QueryRow = { keys: a.keys, values: metricValues(query.metrics, a.sums) };
    const rowLabels: QueryRow['labels'] = {};
    if (a.keys.campaign) rowLabels.campaign = labels.campaigns.get(a.keys.campaign) ?? (a.keys.campaign === OTHER_ROW_KEY ? 'Other' : a.keys.campaign);
    if (a.keys.variant) rowLabels.variant = labels.variants.get(a.keys.variant) ?? VARIANT_FALLBACK_LABEL[a.keys.variant] ?? a.keys.variant;
    if (Object.keys(rowLabels).length > 0) row.labels = rowLabels;
    return row;
  });
  return { range, rows, totals: metricValues(query.metrics, totals) };
}

/** Runs a metric query inside `scope`: set-based aggregation in the database, money in one currency. */
export async function runMetricQuery(db: Db, scope: AnalyticsScope, query: MetricQuery, options: { maxRows?: number } = {}): Promise<QueryResult> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const started = performance.now();
  const currency = query.currency ?? scope.currency;
  // Both periods at once: on PostgreSQL they run on two connections.
  const [current, previous] = await Promise.all([
    computePeriod(db, scope, query, query.range, currency, maxRows),
    query.compare ? computePeriod(db, scope, query, previousRange(query.range), currency, maxRows) : undefined,
  ]);
  const result: QueryResult = { currency, range: query.range, rows: current.rows, totals: current.totals, meta: { tookMs: 0, cached: false } };
  if (previous) result.previous = previous;
  result.meta.tookMs = Math.round((performance.now() - started) * 100) / 100;
  return result;
}
