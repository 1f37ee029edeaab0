import 'server-only';
import type { Db } from '../../../../prisma/connect.ts';

/** Recomputes a listing's average rating and count from its visible reviews. */
export async function refreshRating(tx: Pick<Db, 'review' | 'listing'>, listingId: string): Promise<void> {
  const agg = await tx.review.aggregate({ where: { listingId, hiddenAt: null }, _avg: { rating: true }, _count: { _all: true } });
  await tx.listing.update({ where: { id: listingId }, data: { ratingAverage: Math.round((agg._avg.rating ?? 0) * 100) / 100, ratingCount: agg._count._all } });
}
