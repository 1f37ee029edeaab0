import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { validate } from '@/lib/http';
import { requireUser, type MarketplaceContext } from './context';
import { audit } from './audit';
import { requirePartner } from './permissions';
import { consumeReviewQuota } from './reviews/rate-limit';
import { refreshRating } from './reviews/rating';

export const ReportReviewSchema = z.strictObject({ reviewId: z.string().min(1), reason: z.string().trim().min(3).max(500) });

/** Reports received before a review is hidden pending a platform admin's look. */
export const HIDE_AFTER_REPORTS = 3;

/** Flags a review as abusive: one report per user and review, rate limited; enough reports hide it. */
export async function reportReview(ctx: MarketplaceContext, raw: z.input<typeof ReportReviewSchema> | unknown): Promise<{ hidden: boolean }> {
  const userId = requireUser(ctx);
  requirePartner(ctx, 'marketplace.browse');
  const input = validate(ReportReviewSchema, raw);
  const review = await ctx.db.review.findFirst({ where: { id: input.reviewId, listing: { status: 'published' } }, select: { id: true, userId: true, listingId: true, partnerId: true } });
  if (!review) throw new AppError('NOT_FOUND', 'No such review.');
  if (review.userId === userId) throw new AppError('BAD_REQUEST', 'You cannot report your own review.');
  await consumeReviewQuota('report', userId);
  const now = ctx.now?.() ?? new Date();
  return ctx.db.$transaction(async (tx) => {
    const already = await tx.reviewReport.findUnique({ where: { reviewId_reporterId: { reviewId: review.id, reporterId: userId } } });
    if (already) throw new AppError('CONFLICT', 'You already reported this review.');
    await tx.reviewReport.create({ data: { reviewId: review.id, reporterId: userId, reason: input.reason } });
    const reports = await tx.reviewReport.count({ where: { reviewId: review.id } });
    const hidden = reports >= HIDE_AFTER_REPORTS;
    if (hidden) {
      await tx.review.update({ where: { id: review.id }, data: { hiddenAt: now } });
      await refreshRating(tx, review.listingId);
    }
    await audit(tx, ctx, { action: 'review.reported', partnerId: ctx.partnerId, targetType: 'review', targetId: review.id, metadata: { reports, hidden } });
    return { hidden };
  });
}

export const ModerateReviewSchema = z.strictObject({ reviewId: z.string().min(1), action: z.enum(['hide', 'restore']) });

/** A platform admin hides a review or restores a reported one (clearing its reports). */
export async function moderateReview(ctx: MarketplaceContext, raw: z.input<typeof ModerateReviewSchema> | unknown): Promise<void> {
  if (!ctx.isPlatformAdmin) throw new AppError('FORBIDDEN', 'Only platform administrators moderate reviews.');
  const input = validate(ModerateReviewSchema, raw);
  const review = await ctx.db.review.findUnique({ where: { id: input.reviewId }, select: { id: true, listingId: true, listing: { select: { publisherId: true } } } });
  if (!review) throw new AppError('NOT_FOUND', 'No such review.');
  await ctx.db.$transaction(async (tx) => {
    await tx.review.update({ where: { id: review.id }, data: { hiddenAt: input.action === 'hide' ? (ctx.now?.() ?? new Date()) : null } });
    if (input.action === 'restore') await tx.reviewReport.deleteMany({ where: { reviewId: review.id } });
    await refreshRating(tx, review.listingId);
    await audit(tx, ctx, { action: `review.${input.action === 'hide' ? 'hidden' : 'restored'}`, partnerId: review.listing.publisherId, targetType: 'review', targetId: review.id });
  });
}
