import 'server-only';
import type { MarketplaceContext } from './context';
import { requirePlatformAdmin } from './context';

export interface ReportedReview {
  id: string;
  listing: { slug: string; title: string };
  author: string;
  partner: string;
  rating: number;
  body: string;
  hidden: boolean;
  createdAt: string;
  reports: { reason: string; at: string }[];
}

/**
 * Reviews someone reported, for the platform admins' moderation queue: the most reported first, hidden ones included
 * (three reports hide a review automatically; an admin restores it, which clears its reports, or keeps it hidden).
 */
export async function listReportedReviews(ctx: MarketplaceContext): Promise<ReportedReview[]> {
  requirePlatformAdmin(ctx);
  const rows = await ctx.db.review.findMany({
    where: { reports: { some: {} } },
    include: {
      listing: { select: { slug: true, title: true } },
      partner: { select: { name: true } },
      user: { select: { name: true, email: true } },
      reports: { orderBy: { createdAt: 'asc' }, select: { reason: true, createdAt: true } },
    },
    take: 200,
  });
  return rows
    .map((r) => ({
      id: r.id,
      listing: r.listing,
      author: r.user.name ?? r.user.email,
      partner: r.partner.name,
      rating: r.rating,
      body: r.body,
      hidden: r.hiddenAt !== null,
      createdAt: r.createdAt.toISOString(),
      reports: r.reports.map((p) => ({ reason: p.reason, at: p.createdAt.toISOString() })),
    }))
    .sort((a, b) => b.reports.length - a.reports.length || a.createdAt.localeCompare(b.createdAt));
}
