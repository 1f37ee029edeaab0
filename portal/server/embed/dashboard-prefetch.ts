import 'server-only';
import { z } from 'zod';
import {
  CHANNELS,
  compactFilters,
  widgetQuery,
  type Channel,
  type DashboardDefinition,
  type DashboardPrefetch,
  type DateRange,
  type MetricQuery,
  type PrefetchedAnswer,
  type QueryResult,
  type SignalHealthResult,
} from '@stratum/contract';
import { presetRange } from '../../../widgets/src/core/dates.ts';
import type { Db } from '@/lib/db';
import { AppError, toAppError } from '@/lib/errors';
import { runQueryBatch } from '@/server/analytics/query-batch';
import { signalHealth } from '@/server/analytics/signal-health';
import { consumeEmbedRequest } from '@/server/rate-limit/limits';
import type { EmbedContext } from './context';
import { CurrencySchema, DateRangePresetSchema } from './schemas';

const IsoDate = z.iso.date();
const CommaList = z
  .string()
  .max(4000)
  .transform((value) => value.split(',').filter(Boolean));

/**
 * GET /dashboards/:id's query string: `prefetch` and the view to prefetch (as a host sets it on <stratum-dashboard>).
 * Other parameters (a host's cache-buster) are ignored, as they were before prefetch existed.
 */
export const DashboardPrefetchQuerySchema = z
  .object({
    prefetch: z.enum(['1', 'true', '0', 'false']).optional(),
    today: IsoDate.optional(),
    currency: CurrencySchema.optional(),
    range: DateRangePresetSchema.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    compare: z.enum(['true', 'false']).optional(),
    channels: CommaList.optional(),
    campaigns: CommaList.optional(),
  })
  .refine((query) => !(query.prefetch === '1' || query.prefetch === 'true') || query.today !== undefined, {
    path: ['today'],
    message: 'prefetch needs the viewer’s today (YYYY-MM-DD)',
  });

export type DashboardPrefetchQuery = z.infer<typeof DashboardPrefetchQuerySchema>;

export function wantsPrefetch(query: DashboardPrefetchQuery): query is DashboardPrefetchQuery & { today: string } {
  return query.prefetch === '1' || query.prefetch === 'true';
}

/**
 * The reads a dashboard's widgets make when it opens, answered now: each widget's query built by the widgets' own
 * code for the view the viewer opens (the definition's default range, changed as the query asks), run exactly as
 * POST /query/batch runs its items (the token's tenant and row filters inside each query), plus signal health when
 * a widget shows it. When the rate limit has no room for them, nothing is prefetched: the widgets then ask
 * themselves and meet the limit with its proper error.
 */
export async function prefetchDashboard(
  db: Db,
  embed: EmbedContext,
  definition: DashboardDefinition,
  query: DashboardPrefetchQuery & { today: string },
  requestId: string,
): Promise<DashboardPrefetch | undefined> {
  const scope = {
    range: viewRange(definition, query),
    compare: query.compare !== 'false',
    filters: compactFilters(
      (query.channels ?? []).filter((channel): channel is Channel => (CHANNELS as readonly string[]).includes(channel)),
      (query.campaigns ?? []).filter((id) => id.length <= 64),
    ),
  };
  const queries: MetricQuery[] = [];
  for (const widget of definition.layout.widgets) {
    const built = widgetQuery(widget, scope);
    if (built) queries.push(query.currency && !built.currency ? { ...built, currency: query.currency } : built);
  }
  const withSignalHealth = definition.layout.widgets.some((widget) => widget.kind === 'signal-health');
  try {
    const reads = queries.length + (withSignalHealth ? 1 : 0);
    if (reads > 0) await consumeEmbedRequest(`${embed.app.id}:${embed.tenantId}`, reads);
  } catch (error) {
    if (error instanceof AppError && error.code === 'RATE_LIMITED') return undefined;
    throw error;
  }
  const [answers, health] = await Promise.all([
    runQueryBatch(db, embed, queries.map((metricQuery) => ({ query: metricQuery })), requestId),
    withSignalHealth ? answerOf(() => signalHealth(db, embed, embed.tenant.trustGateThreshold), requestId) : undefined,
  ]);
  return {
    queries: queries.map((metricQuery, position) => {
      const answer = answers[position]!;
      return { query: metricQuery, answer: 'error' in answer ? answer : { status: 200, result: (answer as { result: QueryResult }).result } };
    }),
    ...(health ? { signalHealth: health } : {}),
  };
}

/**
 * The range the dashboard opens on, as its filter bar sets it: a preset, else from–to, else the definition's default
 * (the rule of the widgets' mergeFilterState, which the portal cannot import: Turbopack does not resolve the widgets'
 * `.js` specifiers to their `.ts` files; a view the two read differently only costs the widgets a request).
 */
function viewRange(definition: DashboardDefinition, query: DashboardPrefetchQuery & { today: string }): DateRange {
  if (query.range) return presetRange(query.range, query.today);
  if (query.from && query.to && query.from <= query.to) return { from: query.from, to: query.to };
  return presetRange(definition.layout.defaultRange ?? 'last_30_days', query.today);
}

async function answerOf(read: () => Promise<SignalHealthResult>, requestId: string): Promise<PrefetchedAnswer<SignalHealthResult>> {
  try {
    return { status: 200, result: await read() };
  } catch (error) {
    const appError = toAppError(error, requestId);
    return { status: appError.status, error: { code: appError.code, message: appError.message, requestId } };
  }
}
