import { z } from 'zod';
import type { DashboardDefinition, PrefetchedDashboardDefinition } from '@stratum/contract';
import { db } from '@/lib/db';
import { DashboardPrefetchQuerySchema, prefetchDashboard, wantsPrefetch } from '@/server/embed/dashboard-prefetch';
import { getEmbedDashboard } from '@/server/embed/dashboards';
import { IdSchema } from '@/server/embed/schemas';
import { embedPreflight, withEmbed } from '@/server/embed/with-embed';

export const dynamic = 'force-dynamic';

/**
 * GET /api/embed/v1/dashboards/:id — a DashboardDefinition of the token's tenant its scopes open.
 * With ?prefetch=1&today=YYYY-MM-DD[&currency&range|from&to&compare&channels&campaigns]: also its widgets' first
 * reads (`prefetched`), so the dashboard renders after this one request.
 */
export const GET = withEmbed(
  async ({ embed, params, query, requestId }): Promise<DashboardDefinition | PrefetchedDashboardDefinition> => {
    const options = query(DashboardPrefetchQuerySchema);
    const definition = await getEmbedDashboard(db, embed, params.id);
    if (!wantsPrefetch(options)) return definition;
    const prefetched = await prefetchDashboard(db, embed, definition, options, requestId);
    return prefetched ? { ...definition, prefetched } : definition;
  },
  { scope: 'dashboards', params: z.object({ id: IdSchema }) },
);

export const OPTIONS = embedPreflight;
