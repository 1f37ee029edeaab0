import { runCachedMetricQuery } from '@/server/analytics/query-cache';
import { MetricQuerySchema } from '@/server/embed/schemas';
import { embedPreflight, withEmbed } from '@/server/embed/with-embed';

export const dynamic = 'force-dynamic';

/** POST /api/embed/v1/query — MetricQuery → QueryResult, inside the token's tenant and row filters. */
export const POST = withEmbed(
  async ({ embed, body }) => {
    const query = await body(MetricQuerySchema);
    return runCachedMetricQuery(embed, query);
  },
  { scope: 'dashboards' },
);

export const OPTIONS = embedPreflight;
