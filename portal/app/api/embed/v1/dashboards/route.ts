import { db } from '@/lib/db';
import { listEmbedDashboards } from '@/server/embed/dashboards';
import { embedPreflight, withEmbed } from '@/server/embed/with-embed';

export const dynamic = 'force-dynamic';

/** GET /api/embed/v1/dashboards — the dashboards the token opens: { dashboards: [{ id, title, … }] }. */
export const GET = withEmbed(async ({ embed }) => ({ dashboards: await listEmbedDashboards(db, embed) }), { scope: 'dashboards' });

export const OPTIONS = embedPreflight;
