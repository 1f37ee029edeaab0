import { db } from '@/lib/db';
import { csvLines, csvResponse } from '@/server/analytics/export-csv';
import { runMetricQuery } from '@/server/analytics/run-query';
import { MetricQuerySchema } from '@/server/embed/schemas';
import { embedPreflight, withEmbed } from '@/server/embed/with-embed';

export const dynamic = 'force-dynamic';

/**
 * POST /api/embed/v1/export — a MetricQuery as a streamed CSV. Needs the `export` scope; the token's tenant and
 * row filters apply exactly as for /query (the token is verified before anything is read: cf. superset#24745).
 */
export const POST = withEmbed(
  async ({ embed, body }) => {
    const query = await body(MetricQuerySchema);
    const result = await runMetricQuery(db, embed, query, { maxRows: 500_000 });
    return csvResponse(csvLines(query, result), `export-${query.range.from}-${query.range.to}.csv`);
  },
  { scope: 'export' },
);

export const OPTIONS = embedPreflight;
