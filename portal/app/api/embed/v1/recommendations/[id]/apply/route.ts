import { db } from '@/lib/db';
import { applyRecommendation } from '@/server/recommendations/decide-recommendation';
import { embedActor } from '@/server/recommendations/embed-actor';
import { RecommendationIdParamsSchema } from '@/server/recommendations/schemas';
import { embedPreflight, withEmbed } from '@/server/embed/with-embed';

export const dynamic = 'force-dynamic';

/** POST /api/embed/v1/recommendations/:id/apply — executes the action (409 TRUST_GATE on a degraded channel); idempotent. */
export const POST = withEmbed(async ({ embed, params }) => applyRecommendation(db, embed, params.id, embedActor(embed)), {
  scope: 'recommendations:apply',
  params: RecommendationIdParamsSchema,
});

export const OPTIONS = embedPreflight;
