import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { PartnerShell } from '@/components/shell/partner-shell';
import { partnersOf } from '@/server/tenancy/membership';
import { requirePartnerMember } from '@/server/tenancy/require-member';

export default async function PartnerLayout({ children, params }: { children: ReactNode; params: Promise<{ partner: string }> }) {
  const { partner: slug } = await params;
  const ctx = await requirePartnerMember(slug, 'reports.read');
  if (ctx.role === 'client') {
    const memberships = await partnersOf(ctx.user.id);
    const mine = memberships.find((m) => m.partner.slug === slug && m.tenant);
    redirect(mine?.tenant ? `/c/${slug}/${mine.tenant.slug}` : '/p');
  }
  return <PartnerShell ctx={ctx}>{children}</PartnerShell>;
}
