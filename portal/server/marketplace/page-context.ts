import 'server-only';
import { notFound } from 'next/navigation';
import { db, dbKind } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { getListing, type ListingDetail } from './get-listing';
import { requestMeta } from '@/server/auth/request-meta';
import { requirePlatformAdmin } from '@/server/platform/guard';
import { requirePartnerMember } from '@/server/tenancy/require-member';
import type { PartnerContext } from '@/server/tenancy/membership';
import type { MarketplaceContext } from './context';
import { portalMailer } from './notify/mailer';

/**
 * The marketplace context of a page or server action under /marketplace/<partner>: the portal's membership
 * wrapper (sign-in redirect, 404 for non-members) and the member's role; client users have no marketplace.
 */
export async function marketplaceMember(partnerSlug: string): Promise<{ ctx: MarketplaceContext; member: PartnerContext }> {
  let member: PartnerContext;
  try {
    member = await requirePartnerMember(partnerSlug, 'partner.read', `/marketplace/${partnerSlug}`);
  } catch (error) {
    // Client users (no partner.read) have no marketplace: the page does not exist for them.
    if (error instanceof AppError && error.code === 'FORBIDDEN') notFound();
    throw error;
  }
  if (member.role === 'client') notFound();
  const meta = await requestMeta();
  return {
    member,
    ctx: {
      db,
      dbKind: dbKind(),
      actor: { type: 'user', userId: member.user.id, label: member.user.email },
      partnerId: member.partner.id,
      role: member.role,
      isPlatformAdmin: member.user.isPlatformAdmin,
      ...meta,
      mailer: portalMailer(),
    },
  };
}

/** A platform administrator's context (no partner) for the review queue; anyone else gets a 404. */
export async function platformAdmin(returnTo = '/admin/marketplace'): Promise<MarketplaceContext> {
  const user = await requirePlatformAdmin(returnTo);
  const meta = await requestMeta();
  return { db, dbKind: dbKind(), actor: { type: 'user', userId: user.id, label: user.email }, partnerId: null, role: null, isPlatformAdmin: true, ...meta, mailer: portalMailer() };
}

/** A listing for a page, or the 404 page when the viewer may not see it. */
export async function listingOr404(ctx: MarketplaceContext, slug: string): Promise<ListingDetail> {
  try {
    return await getListing(ctx, slug);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}
