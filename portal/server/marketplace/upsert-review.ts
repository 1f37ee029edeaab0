import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { validate } from '@/lib/http';
import { requireUser, type MarketplaceContext } from './context';
import { audit } from './audit';
import { requirePartner } from './permissions';
import { consumeReviewQuota } from './reviews/rate-limit';
import { refreshRating } from './reviews/rating';

export const UpsertReviewSchema = z.strictObject({
  listingId: z.string().min(1),
  rating: z.coerce.number().int().min(1, 'from 1 to 5 stars').max(5, 'from 1 to 5 stars'),
  body: z.string().trim().max(2000).default(''),
});

/**
 * A user's review of a listing — one per user, editable. Only users whose partner has installed the listing may
 * review it (anyone else: 403); rate limited per user.
 */
export async function upsertReview(ctx: MarketplaceContext, raw: z.input<typeof UpsertReviewSchema> | unknown): Promise<{ id: string; created: boolean }> {
  const userId = requireUser(ctx);
  const partnerId = requirePartner(ctx, 'marketplace.review');
  const input = validate(UpsertReviewSchema, raw);
  const listing = await ctx.db.listing.findFirst({ where: { id: input.listingId, status: { in: ['published', 'unpublished'] } }, select: { id: true, slug: true, publisherId: true } });
  if (!listing) throw new AppError('NOT_FOUND', 'No such listing.');
  const installed = await ctx.db.installation.count({ where: { listingId: listing.id, partnerId } });
  if (installed === 0) throw new AppError('FORBIDDEN', 'Only agencies that installed this listing can review it.');
  if (listing.publisherId === partnerId) throw new AppError('FORBIDDEN', 'Publishers cannot review their own listing.');
  await consumeReviewQuota('review', userId);
  return ctx.db.$transaction(async (tx) => {
    const existing = await tx.review.findUnique({ where: { listingId_userId: { listingId: listing.id, userId } }, select: { id: true } });
    const review = await tx.review.upsert({
      where: { listingId_userId: { listingId: listing.id, userId } },
      create: { listingId: listing.id, userId, partnerId, rating: input.rating, body: input.body },
      update: { rating: input.rating, body: input.body, partnerId },
    });
    await refreshRating(tx, listing.id);
    await audit(tx, ctx, { action: existing ? 'review.updated' : 'review.created', partnerId, targetType: 'review', targetId: review.id, metadata: { listingId: listing.id, slug: listing.slug, rating: input.rating } });
    return { id: review.id, created: !existing };
  });
}
