import { db } from '@/lib/db';
import { dismissRecommendation } from '@/server/recommendations/decide-recommendation';
import { embedActor } from '@/server/recommendations/embed-actor';
import { DismissBodySchema, RecommendationIdParamsSchema } from '@/server/recommendations/schemas';
import { embedPreflight, withEmbed } from '@/server/embed/with-embed';

export const dynamic = 'force-dynamic';

/**
 * POST /api/embed/v1/recommendations/:id/dismiss { reason? } — records who dismissed it and why. A dismissal decides for
 * everyone in the tenant (and silences the same kind on the target for a while), so it needs the deciding scope,
 * `recommendations:apply`, like apply; `recommendations` alone only reads.
 */
export const POST = withEmbed(
  async ({ embed, params, body }) => {
    const { reason } = await body(DismissBodySchema);
    return { recommendation: await dismissRecommendation(db, embed, params.id, embedActor(embed), reason) };
  },
  { scope: 'recommendations:apply', params: RecommendationIdParamsSchema },
);

export const OPTIONS = embedPreflight;
