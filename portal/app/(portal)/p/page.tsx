import { redirect } from 'next/navigation';
import { Building2 } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { requireUser } from '@/server/auth/current-user';
import { partnersOf } from '@/server/tenancy/membership';

export const dynamic = 'force-dynamic';

/** After sign-in: straight to the user's partner (or, for a client user, their white-label reports). */
export default async function PortalLanding() {
  const user = await requireUser('/p');
  const memberships = await partnersOf(user.id);
  const partnerLevel = memberships.find((m) => m.tenantId === null);
  if (partnerLevel) redirect(`/p/${partnerLevel.partner.slug}`);
  const client = memberships.find((m) => m.tenant);
  if (client?.tenant) redirect(`/c/${client.partner.slug}/${client.tenant.slug}`);
  if (user.isPlatformAdmin) redirect('/admin');
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-20">
      <h1 className="mb-6 text-2xl font-semibold">Welcome, {user.name ?? user.email}</h1>
      <EmptyState icon={Building2} title="You are not a member of any agency yet">
        Ask your agency for an invitation; it arrives by email.
      </EmptyState>
    </main>
  );
}
