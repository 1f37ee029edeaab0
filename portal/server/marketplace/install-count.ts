import 'server-only';
import type { Db } from '../../../prisma/connect.ts';

/** Listing.installCount is the number of partners with at least one live installation of it. */
export async function refreshInstallCount(tx: Pick<Db, 'installation' | 'listing'>, listingId: string): Promise<void> {
  const partners = await tx.installation.groupBy({ by: ['partnerId'], where: { listingId } });
  await tx.listing.update({ where: { id: listingId }, data: { installCount: partners.length } });
}
