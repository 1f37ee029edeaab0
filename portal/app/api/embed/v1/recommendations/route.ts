import { db } from '@/lib/db';
import { listRecommendations } from '@/server/recommendations/list-recommendations';
import { ListRecommendationsQuerySchema } from '@/server/recommendations/schemas';
import { embedPreflight, withEmbed } from '@/server/embed/with-embed';

export const dynamic = 'force-dynamic';

/** GET /api/embed/v1/recommendations?status=open&kind=…&channel=… — the tenant's recommendations, by expected impact. */
export const GET = withEmbed(async ({ embed, query }) => listRecommendations(db, embed, query(ListRecommendationsQuerySchema)), { scope: 'recommendations' });

export const OPTIONS = embedPreflight;
