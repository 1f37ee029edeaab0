import { db, dbKind } from '@/lib/db';
import { ingestMetrics } from '@/server/api-keys/resources/metrics-ingest';
import { MetricBatchSchema } from '@/server/api-keys/resources/schemas';
import { withApiKey } from '@/server/api-keys/with-api-key';

export const dynamic = 'force-dynamic';

/** POST /api/v1/metrics/batch — idempotent upsert of up to 10,000 daily metric rows, with per-row errors. */
export const POST = withApiKey(
  async ({ api, body }) => {
    const { rows } = await body(MetricBatchSchema);
    return ingestMetrics(db, dbKind(), api.partnerId, rows);
  },
  { scope: 'metrics:write' },
);
