import { z } from 'zod';
import { RECOMMENDATION_KINDS, type RecommendationAction, type RecommendationEvidence } from '@stratum/contract';
import { ChannelSchema, IdSchema } from '@/server/embed/schemas';

/** The stored action, validated before apply executes it. */
export const RecommendationActionSchema: z.ZodType<RecommendationAction> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('set_daily_budget'), campaignId: IdSchema, from: z.number(), to: z.number().positive(), changePct: z.number().min(-90).max(100) }),
  z.object({
    type: z.literal('shift_traffic'),
    campaignId: IdSchema,
    winnerVariantId: IdSchema,
    allocations: z.array(z.object({ variantId: IdSchema, from: z.number().min(0).max(1), to: z.number().min(0).max(1) })).min(2),
  }),
  z.object({ type: z.literal('pause_campaign'), campaignId: IdSchema }),
  z.object({
    type: z.literal('investigate_anomaly'),
    metric: z.enum(['conversions', 'spend']),
    date: z.string(),
    direction: z.enum(['drop', 'spike']),
    channel: ChannelSchema,
    campaignId: IdSchema.nullable(),
  }),
  z.object({ type: z.literal('check_tracking'), channel: ChannelSchema, forecastCrossDate: z.string().nullable() }),
]);

/** Evidence is written by the engine itself; read back leniently (it only feeds "Learn more"). */
export const RecommendationEvidenceSchema = z.custom<RecommendationEvidence>((v) => typeof v === 'object' && v !== null && 'figures' in v && 'test' in v);

export const RecommendationKindSchema = z.enum(RECOMMENDATION_KINDS);

/** GET /api/embed/v1/recommendations search params. */
export const ListRecommendationsQuerySchema = z.strictObject({
  status: z.enum(['open', 'applied', 'dismissed', 'expired', 'all']).default('open'),
  kind: RecommendationKindSchema.optional(),
  channel: ChannelSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListRecommendationsQuery = z.infer<typeof ListRecommendationsQuerySchema>;

export const RecommendationIdParamsSchema = z.object({ id: IdSchema });

export const DismissBodySchema = z.strictObject({ reason: z.string().trim().max(500).optional() }).default({});
