import type { Metadata } from 'next';
import { AccessDenied } from '@/components/access-denied';
import { AddClientDialog } from '@/components/clients/add-client-dialog';
import { ClientsTable } from '@/components/clients/clients-table';
import { PageHeader } from '@/components/page-header';
import { SsoCertificateNotice } from '@/components/sso/certificate-notice';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { WidgetEmbed } from '@/components/widgets/widget-embed';
import { mintPortalToken } from '@/server/embed-apps-admin/portal-token';
import { resolvedThemeForTenant } from '@/server/theming/themes';
import { toWidgetTheme } from '@/server/theming/widget-theme';
import { listTenants } from '@/server/tenancy/tenants';
import { withPartnerPage } from '@/server/tenancy/require-member';
import { createTenantAction } from './actions';

export const metadata: Metadata = { title: 'Clients' };
export const dynamic = 'force-dynamic';

export default async function PartnerOverview({ params }: { params: Promise<{ partner: string }> }) {
  const { partner: slug } = await params;
  return withPartnerPage(slug, 'partner.read', async (ctx) => {
    const tenants = await listTenants(ctx);
    const highlighted = await Promise.all(
      tenants.slice(0, 3).map(async (t) => ({ tenant: t, token: await mintPortalToken(ctx, t.id), theme: toWidgetTheme(await resolvedThemeForTenant(ctx.partner.id, ctx.partner.name, t.id)) })),
    );
    return (
      <>
        <PageHeader
          title="Clients"
          description={`${tenants.length} client${tenants.length === 1 ? '' : 's'} of ${ctx.partner.name}. Figures are the last 30 days, rendered by the same widgets your clients embed.`}
          actions={ctx.can('tenants.write') ? <AddClientDialog partnerSlug={slug} action={createTenantAction} defaults={{ currency: ctx.partner.defaultCurrency, locale: ctx.partner.defaultLocale, timezone: 'UTC' }} /> : null}
        />
        <SsoCertificateNotice ctx={ctx} />
        {highlighted.length > 0 ? (
          <div className="mb-6 grid gap-4 lg:grid-cols-3">
            {highlighted.map(({ tenant, token, theme }) => (
              <Card key={tenant.id}>
                <CardHeader className="py-3"><CardTitle className="text-sm">{tenant.name}</CardTitle></CardHeader>
                <CardContent className="py-3">
                  <WidgetEmbed partnerSlug={slug} tenantId={tenant.id} token={token.token} theme={theme} className="grid grid-cols-2 gap-3">
                    <stratum-kpi metric="spend" range="last_30_days" />
                    <stratum-kpi metric="roas" range="last_30_days" />
                  </WidgetEmbed>
                </CardContent>
              </Card>
            ))}
          </div>
        ) : null}
        <Card>
          <CardContent className="px-0 py-0">
            <ClientsTable
              partnerSlug={slug}
              rows={tenants.map((t) => ({ slug: t.slug, name: t.name, currency: t.currency, locale: t.locale, timezone: t.timezone, campaigns: t._count.campaigns, dashboards: t._count.dashboards, users: t._count.memberships }))}
            />
          </CardContent>
        </Card>
      </>
    );
  }, () => <AccessDenied what="the client list" />);
}
