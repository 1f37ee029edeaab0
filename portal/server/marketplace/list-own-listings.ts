import 'server-only';
import type { MarketplaceContext } from './context';
import { requirePartner } from './permissions';

export interface OwnListingRow {
  id: string;
  slug: string;
  title: string;
  kind: string;
  status: string;
  installCount: number;
  ratingAverage: number;
  ratingCount: number;
  versions: { id: string; version: string; status: string; rejectionReason: string | null; submittedAt: string | null; reviewedAt: string | null }[];
}

/** The acting partner's own listings with every version and its review outcome. */
export async function listOwnListings(ctx: MarketplaceContext): Promise<OwnListingRow[]> {
  const partnerId = requirePartner(ctx, 'marketplace.browse');
  const listings = await ctx.db.listing.findMany({
    where: { publisherId: partnerId },
    orderBy: { updatedAt: 'desc' },
    include: { versions: { orderBy: { createdAt: 'desc' } } },
  });
  return listings.map((l) => ({
    id: l.id,
    slug: l.slug,
    title: l.title,
    kind: l.kind,
    status: l.status,
    installCount: l.installCount,
    ratingAverage: l.ratingAverage,
    ratingCount: l.ratingCount,
    versions: l.versions.map((v) => ({
      id: v.id,
      version: v.version,
      status: v.status,
      rejectionReason: v.rejectionReason,
      submittedAt: v.submittedAt?.toISOString() ?? null,
      reviewedAt: v.reviewedAt?.toISOString() ?? null,
    })),
  }));
}
