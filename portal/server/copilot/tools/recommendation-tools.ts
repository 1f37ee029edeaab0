import 'server-only';
import type { RecommendationApplyResult, RecommendationListResult } from '@stratum/contract';
import { z } from 'zod';
import { applyRecommendation as applyStored } from '@/server/recommendations/decide-recommendation';
import { listRecommendations as listStored } from '@/server/recommendations/list-recommendations';
import { ChannelSchema, IdSchema } from '@/server/embed/schemas';
import { RecommendationKindSchema } from '@/server/recommendations/schemas';
import { requireScope, type CopilotContext } from '../context.ts';

export const ListRecommendationsInput = z.strictObject({
  kind: RecommendationKindSchema.optional(),
  channel: ChannelSchema.optional(),
  limit: z.number().int().min(1).max(20).optional(),
});
export type ListRecommendationsInput = z.infer<typeof ListRecommendationsInput>;

export async function listRecommendationsTool(ctx: CopilotContext, input: ListRecommendationsInput): Promise<RecommendationListResult> {
  requireScope(ctx, 'recommendations', 'read recommendations');
  return listStored(ctx.db, ctx, { status: 'open', limit: input.limit ?? 5, ...(input.kind ? { kind: input.kind } : {}), ...(input.channel ? { channel: input.channel } : {}) });
}

export const ApplyRecommendationInput = z.strictObject({ recommendationId: IdSchema });
export type ApplyRecommendationInput = z.infer<typeof ApplyRecommendationInput>;

/** Applies a recommendation once the user approved: the same atomic, audited, gated apply as the widget's button. */
export async function applyRecommendationTool(ctx: CopilotContext, input: ApplyRecommendationInput): Promise<RecommendationApplyResult> {
  requireScope(ctx, 'recommendations:apply', 'apply recommendations');
  return applyStored(ctx.db, ctx, input.recommendationId, ctx.actor);
}
