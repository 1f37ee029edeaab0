import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { validate } from '@/lib/http';
import type { MarketplaceContext } from './context';
import { audit } from './audit';
import { requirePartner } from './permissions';

export const ReplyToReviewSchema = z.strictObject({ reviewId: z.string().min(1), reply: z.string().trim().min(1).max(2000) });

/** The publisher answers a review of its own listing (the listing's publisher is inside the where). */
export async function replyToReview(ctx: MarketplaceContext, raw: z.input<typeof ReplyToReviewSchema> | unknown): Promise<void> {
  const partnerId = requirePartner(ctx, 'marketplace.publish');
  const input = validate(ReplyToReviewSchema, raw);
  const review = await ctx.db.review.findFirst({ where: { id: input.reviewId, listing: { publisherId: partnerId } }, select: { id: true, listingId: true } });
  if (!review) throw new AppError('NOT_FOUND', 'No such review of your listings.');
  const now = ctx.now?.() ?? new Date();
  await ctx.db.$transaction(async (tx) => {
    await tx.review.update({ where: { id: review.id }, data: { reply: input.reply, repliedAt: now } });
    await audit(tx, ctx, { action: 'review.replied', partnerId, targetType: 'review', targetId: review.id, metadata: { listingId: review.listingId } });
  });
}
