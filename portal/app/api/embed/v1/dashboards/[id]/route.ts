import { z } from 'zod';
import { db } from '@/lib/db';
import { getEmbedDashboard } from '@/server/embed/dashboards';
import { IdSchema } from '@/server/embed/schemas';
import { embedPreflight, withEmbed } from '@/server/embed/with-embed';

export const dynamic = 'force-dynamic';

/** GET /api/embed/v1/dashboards/:id — a DashboardDefinition of the token's tenant its scopes open. */
export const GET = withEmbed(({ embed, params }) => getEmbedDashboard(db, embed, params.id), {
  scope: 'dashboards',
  params: z.object({ id: IdSchema }),
});

export const OPTIONS = embedPreflight;
