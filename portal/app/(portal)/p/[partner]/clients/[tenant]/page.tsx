import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ExternalLink, LayoutDashboard, Palette } from 'lucide-react';
import { AccessDenied } from '@/components/access-denied';
import { PageHeader } from '@/components/page-header';
import { Badge } from '@/components/ui/badge';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { WidgetEmbed } from '@/components/widgets/widget-embed';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/db';
import { mintPortalToken } from '@/server/embed-apps-admin/portal-token';
import { resolvedThemeForTenant } from '@/server/theming/themes';
import { toWidgetTheme } from '@/server/theming/widget-theme';
import { tenantBySlug } from '@/server/tenancy/tenants';
import { withPartnerPage } from '@/server/tenancy/require-member';

export const metadata: Metadata = { title: 'Client' };
export const dynamic = 'force-dynamic';

export default async function ClientDetail({ params }: { params: Promise<{ partner: string; tenant: string }> }) {
  const { partner: slug, tenant: tenantSlug } = await params;
  return withPartnerPage(slug, 'tenants.read', async (ctx) => {
    const tenant = await tenantBySlug(ctx, tenantSlug).catch((e: unknown) => { if (e instanceof AppError && e.code === 'NOT_FOUND') notFound(); throw e; });
    const [dashboards, users, token, theme] = await Promise.all([
      db.dashboard.findMany({ where: { tenantId: tenant.id, partnerId: ctx.partner.id }, orderBy: { title: 'asc' }, select: { id: true, title: true, version: true, updatedAt: true } }),
      db.membership.findMany({ where: { tenantId: tenant.id, partnerId: ctx.partner.id }, select: { id: true, user: { select: { email: true, name: true } } } }),
      mintPortalToken(ctx, tenant.id),
      resolvedThemeForTenant(ctx.partner.id, ctx.partner.name, tenant.id),
    ]);
    return (
      <>
        <PageHeader title={tenant.name} description={<span className="flex flex-wrap gap-2"><Badge>{tenant.currency}</Badge><Badge>{tenant.locale}</Badge><Badge>{tenant.timezone}</Badge><Badge>{tenant.industry}</Badge><span>Trust gate at signal health {tenant.trustGateThreshold}</span></span>}
          actions={<>
            {ctx.can('theme.read') ? <Link className={buttonVariants({ variant: 'outline' })} href={`/p/${slug}/theme?client=${tenant.slug}`}><Palette aria-hidden /> Theme override</Link> : null}
            {dashboards[0] ? <a className={buttonVariants({ variant: 'outline' })} href={`/r/${tenant.slug}/${dashboards[0].id}`}><ExternalLink aria-hidden /> Client&apos;s view</a> : null}
          </>} />
        <Card className="mb-6">
          <CardHeader className="py-3"><CardTitle className="text-sm">Last 30 days</CardTitle></CardHeader>
          <CardContent>
            <WidgetEmbed partnerSlug={slug} tenantId={tenant.id} token={token.token} theme={toWidgetTheme(theme)} className="grid grid-cols-2 gap-3 lg:grid-cols-4">
              <stratum-kpi metric="spend" range="last_30_days" />
              <stratum-kpi metric="revenue" range="last_30_days" />
              <stratum-kpi metric="roas" range="last_30_days" />
              <stratum-kpi metric="cpa" range="last_30_days" />
            </WidgetEmbed>
          </CardContent>
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader className="py-3"><CardTitle className="text-sm">Dashboards</CardTitle></CardHeader>
            <CardContent>
              {dashboards.length === 0 ? <EmptyState icon={LayoutDashboard} title="No dashboards yet">Apply a template from the Dashboards page.</EmptyState> : (
                <ul className="grid gap-2 text-sm">{dashboards.map((d) => <li key={d.id} className="flex justify-between"><Link className="text-primary hover:underline" href={`/p/${slug}/dashboards/${d.id}`}>{d.title}</Link><span className="text-muted-foreground">v{d.version} · {d.updatedAt.toISOString().slice(0, 10)}</span></li>)}</ul>
              )}
            </CardContent>
          </Card>
          <Card>
            <CardHeader className="py-3"><CardTitle className="text-sm">Client users</CardTitle></CardHeader>
            <CardContent>
              {users.length === 0 ? <p className="text-sm text-muted-foreground">No client users. Invite them from Members with the Client role.</p> : (
                <ul className="grid gap-1 text-sm">{users.map((u) => <li key={u.id}>{u.user.name ?? u.user.email} <span className="text-muted-foreground">{u.user.email}</span></li>)}</ul>
              )}
            </CardContent>
          </Card>
        </div>
      </>
    );
  }, () => <AccessDenied what="client details" />);
}
