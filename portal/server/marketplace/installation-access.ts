import 'server-only';
import { AppError } from '@/lib/errors';
import type { MarketplaceContext } from './context';
import { requirePartner } from './permissions';

/** One of the acting partner's installations (the partner is inside the where: another partner's is a 404). */
export async function findOwnInstallation(ctx: MarketplaceContext, installationId: string) {
  const partnerId = requirePartner(ctx, 'marketplace.install');
  const installation = await ctx.db.installation.findFirst({
    where: { id: installationId, partnerId },
    include: { listing: true, listingVersion: true, tenant: { select: { id: true, name: true } } },
  });
  if (!installation) throw new AppError('NOT_FOUND', 'No such installation.');
  return { partnerId, installation };
}
