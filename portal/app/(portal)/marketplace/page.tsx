import { notFound, redirect } from 'next/navigation';
import { requireUser } from '@/server/auth/current-user';
import { partnersOf } from '@/server/tenancy/membership';

export const dynamic = 'force-dynamic';

/** /marketplace: the marketplace of the user's first agency (or the review queue for a platform admin). */
export default async function MarketplaceEntry() {
  const user = await requireUser('/marketplace');
  const partner = (await partnersOf(user.id)).find((m) => m.tenantId === null);
  if (partner) redirect(`/marketplace/${partner.partner.slug}`);
  if (user.isPlatformAdmin) redirect('/admin/marketplace');
  notFound();
}
