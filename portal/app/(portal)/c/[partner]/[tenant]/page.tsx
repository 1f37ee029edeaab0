import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LayoutDashboard } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { db } from '@/lib/db';
import { FONT_CHOICES } from '@/server/theming/theme-schema';
import { resolvedThemeForTenant } from '@/server/theming/themes';
import { visibleTenantWhere } from '@/server/tenancy/tenants';
import { requirePartnerMember } from '@/server/tenancy/require-member';
import { signOutAction } from '../../../actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: { absolute: 'Reports' } };

/** A client user's home: their company's reports, in their agency's brand (no vendor name anywhere). */
export default async function ClientHome({ params }: { params: Promise<{ partner: string; tenant: string }> }) {
  const { partner: slug, tenant: tenantSlug } = await params;
  const ctx = await requirePartnerMember(slug, 'reports.read', `/c/${slug}/${tenantSlug}`);
  const tenant = await db.tenant.findFirst({ where: { slug: tenantSlug, ...visibleTenantWhere(ctx) }, select: { id: true, slug: true, name: true, dashboards: { orderBy: { title: 'asc' }, select: { id: true, title: true, description: true, updatedAt: true } } } });
  if (!tenant) notFound();
  const theme = await resolvedThemeForTenant(ctx.partner.id, ctx.partner.name, tenant.id);
  return (
    <div className="min-h-screen" style={{ background: theme.backgroundColor, color: theme.textColor, fontFamily: FONT_CHOICES[theme.fontFamily] }}>
      <header className="border-b" style={{ background: theme.surfaceColor, borderColor: `${theme.mutedColor}40` }}>
        <div className="mx-auto flex max-w-5xl items-center justify-between px-6 py-4">
          <div className="flex items-center gap-3">
            {theme.logoAssetId ? <img src={`/r/${tenant.slug}/brand-asset/${theme.logoAssetId}`} alt={theme.brandName} className="h-8 max-w-40 object-contain" /> : null}
            <span className="text-lg font-semibold">{theme.brandName}</span>
          </div>
          <form action={signOutAction}><button type="submit" className="text-sm underline-offset-4 hover:underline" style={{ color: theme.mutedColor }}>Sign out ({ctx.user.email})</button></form>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-6 py-8">
        <h1 className="mb-1 text-2xl font-semibold">{tenant.name}</h1>
        <p className="mb-6 text-sm" style={{ color: theme.mutedColor }}>Your marketing reports, prepared by {theme.brandName}.</p>
        {tenant.dashboards.length === 0 ? (
          <EmptyState icon={LayoutDashboard} title="No reports yet">{theme.brandName} has not shared a report with you yet.</EmptyState>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {tenant.dashboards.map((d) => (
              <li key={d.id}>
                <a href={`/r/${tenant.slug}/${d.id}`} className="block rounded-lg border p-4 hover:shadow-md" style={{ background: theme.surfaceColor, borderColor: `${theme.mutedColor}40`, borderRadius: theme.radius }}>
                  <span className="block font-semibold" style={{ color: theme.primaryColor }}>{d.title}</span>
                  {d.description ? <span className="mt-1 block text-sm" style={{ color: theme.mutedColor }}>{d.description}</span> : null}
                  <span className="mt-2 block text-xs" style={{ color: theme.mutedColor }}>Updated {d.updatedAt.toISOString().slice(0, 10)}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </main>
    </div>
  );
}
