import 'server-only';
import { z } from 'zod';
import { QUERY_BATCH_MAX_ITEMS, type QueryBatchAnswer } from '@stratum/contract';
import type { Db } from '@/lib/db';
import { toAppError } from '@/lib/errors';
import { validate } from '@/lib/http';
import type { EmbedContext } from '@/server/embed/context';
import { getEmbedDashboard } from '@/server/embed/dashboards';
import { IdSchema, MetricQuerySchema } from '@/server/embed/schemas';
import { runCachedMetricQuery } from './query-cache';

/** The envelope; items are validated one by one, so one malformed item is answered 400 on its own. */
export const QueryBatchRequestSchema = z.strictObject({
  items: z.array(z.unknown()).min(1).max(QUERY_BATCH_MAX_ITEMS),
});

const QueryBatchItemSchema = z.union([z.strictObject({ query: MetricQuerySchema }), z.strictObject({ dashboard: IdSchema })]);

/** Items run this many at a time: a batch never takes more of the database than a few single requests would. */
const CONCURRENCY = 4;

/**
 * Answers each item exactly as its single route does — POST /query (runCachedMetricQuery: the token's tenant and
 * row filters inside the query) or GET /dashboards/:id (getEmbedDashboard: the token's dashboard scopes, 403/404)
 * — and turns an item's failure into that route's status and error body, in the item's position.
 */
export async function runQueryBatch(db: Db, embed: EmbedContext, items: readonly unknown[], requestId: string): Promise<QueryBatchAnswer[]> {
  const answer = async (raw: unknown): Promise<QueryBatchAnswer> => {
    try {
      const item = validate(QueryBatchItemSchema, raw);
      if ('query' in item) return { status: 200, result: await runCachedMetricQuery(embed, item.query) };
      return { status: 200, dashboard: await getEmbedDashboard(db, embed, item.dashboard) };
    } catch (error) {
      const appError = toAppError(error, requestId);
      return {
        status: appError.status,
        error: { code: appError.code, message: appError.message, ...(appError.issues ? { issues: appError.issues } : {}), requestId },
      };
    }
  };
  const answers: QueryBatchAnswer[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const position = next++;
      answers[position] = await answer(items[position]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return answers;
}
