import 'server-only';
import type { MarketplaceContext } from './context';

export interface ReviewView {
  id: string;
  rating: number;
  body: string;
  author: string;
  agency: string;
  reply: string | null;
  repliedAt: string | null;
  createdAt: string;
  updatedAt: string;
  mine: boolean;
}

/** The visible reviews of a listing, newest first, one page. */
export async function listReviews(ctx: MarketplaceContext, listingId: string, page = 1, pageSize = 20): Promise<{ items: ReviewView[]; total: number }> {
  const where = { listingId, hiddenAt: null };
  const [rows, total] = await Promise.all([
    ctx.db.review.findMany({
      where,
      orderBy: { updatedAt: 'desc' },
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { user: { select: { name: true, email: true } }, partner: { select: { name: true } } },
    }),
    ctx.db.review.count({ where }),
  ]);
  const me = ctx.actor.type === 'user' ? ctx.actor.userId : null;
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      rating: r.rating,
      body: r.body,
      author: r.user.name ?? r.user.email.split('@')[0]!,
      agency: r.partner.name,
      reply: r.reply,
      repliedAt: r.repliedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      mine: r.userId === me,
    })),
  };
}
