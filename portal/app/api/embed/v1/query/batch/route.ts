import { QUERY_BATCH_MAX_BYTES } from '@stratum/contract';
import { db } from '@/lib/db';
import { parseJsonBody } from '@/lib/http';
import { QueryBatchRequestSchema, runQueryBatch } from '@/server/analytics/query-batch';
import { consumeEmbedRequest } from '@/server/rate-limit/limits';
import { embedPreflight, withEmbed } from '@/server/embed/with-embed';

export const dynamic = 'force-dynamic';

/**
 * POST /api/embed/v1/query/batch — { items: [{ query } | { dashboard }] } → { answers: [...] }: each item answered
 * as POST /query or GET /dashboards/:id would (status + result/definition/error), in order. At most
 * QUERY_BATCH_MAX_ITEMS items and QUERY_BATCH_MAX_BYTES bytes; every item beyond the first counts against the
 * rate limit as a request of its own.
 */
export const POST = withEmbed(
  async ({ embed, request, requestId }) => {
    const { items } = await parseJsonBody(request, QueryBatchRequestSchema, QUERY_BATCH_MAX_BYTES);
    if (items.length > 1) await consumeEmbedRequest(`${embed.app.id}:${embed.tenantId}`, items.length - 1);
    return { answers: await runQueryBatch(db, embed, items, requestId) };
  },
  { scope: 'dashboards' },
);

export const OPTIONS = embedPreflight;
