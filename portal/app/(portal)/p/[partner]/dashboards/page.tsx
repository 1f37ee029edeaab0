import type { Metadata } from 'next';
import Link from 'next/link';
import { LayoutDashboard } from 'lucide-react';
import { AccessDenied } from '@/components/access-denied';
import { ApplyTemplateDialog } from '@/components/dashboards/apply-template-dialog';
import { NewDashboardDialog } from '@/components/dashboards/new-dashboard-dialog';
import { PageHeader } from '@/components/page-header';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { listDashboards } from '@/server/dashboards/dashboards';
import { listTenants } from '@/server/tenancy/tenants';
import { withPartnerPage } from '@/server/tenancy/require-member';
import { applyTemplateAction, createDashboardAction } from './actions';

export const metadata: Metadata = { title: 'Dashboards' };
export const dynamic = 'force-dynamic';

export default async function DashboardsPage({ params }: { params: Promise<{ partner: string }> }) {
  const { partner: slug } = await params;
  return withPartnerPage(slug, 'dashboards.read', async (ctx) => {
    const [dashboards, tenants] = await Promise.all([listDashboards(ctx), listTenants(ctx)]);
    const templates = dashboards.filter((d) => d.isTemplate);
    const clientDashboards = dashboards.filter((d) => !d.isTemplate);
    const tenantOptions = tenants.map((t) => ({ id: t.id, name: t.name }));
    return (
      <>
        <PageHeader title="Dashboards" description="Build once as a template, apply to every client; tweak a client's copy when they need something of their own."
          actions={ctx.can('dashboards.write') ? <NewDashboardDialog partnerSlug={slug} tenants={tenantOptions} templates={templates.map((t) => ({ id: t.id, title: t.title }))} canTemplate={ctx.can('templates.manage')} action={createDashboardAction} /> : null} />
        <section aria-labelledby="templates-heading" className="mb-8">
          <h2 id="templates-heading" className="mb-3 text-lg font-semibold">Templates</h2>
          {templates.length === 0 ? <EmptyState icon={LayoutDashboard} title="No templates yet">Save a client dashboard as a template, or create one, then apply it to all your clients at once.</EmptyState> : (
            <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
              {templates.map((t) => (
                <Card key={t.id} role="region" aria-label={`Template ${t.title}`}>
                  <CardHeader className="py-3"><CardTitle className="text-sm"><Link className="hover:underline" href={`/p/${slug}/dashboards/${t.id}`}>{t.title}</Link></CardTitle><Badge>v{t.version}</Badge></CardHeader>
                  <CardContent className="flex items-center justify-between gap-2 py-3 text-sm text-muted-foreground">
                    <span>{t.widgetCount} widgets · used by {clientDashboards.filter((d) => d.sourceTemplate?.title === t.title).length}</span>
                    {ctx.can('templates.apply') && tenants.length ? <ApplyTemplateDialog partnerSlug={slug} template={{ id: t.id, title: t.title }} tenants={tenantOptions} action={applyTemplateAction} /> : null}
                  </CardContent>
                </Card>
              ))}
            </div>
          )}
        </section>
        <section aria-labelledby="client-dash-heading">
          <h2 id="client-dash-heading" className="mb-3 text-lg font-semibold">Client dashboards</h2>
          <Card><CardContent className="px-0 py-0">
            {clientDashboards.length === 0 ? <div className="p-5"><EmptyState icon={LayoutDashboard} title="No client dashboards yet" /></div> : (
              <Table>
                <caption className="sr-only">Client dashboards</caption>
                <TableHeader><TableRow><TableHead>Dashboard</TableHead><TableHead>Client</TableHead><TableHead>From template</TableHead><TableHead>Widgets</TableHead><TableHead>Version</TableHead><TableHead>Updated</TableHead></TableRow></TableHeader>
                <TableBody>
                  {clientDashboards.map((d) => (
                    <TableRow key={d.id}>
                      <TableCell><Link className="font-medium text-primary hover:underline" href={`/p/${slug}/dashboards/${d.id}`}>{d.title}</Link></TableCell>
                      <TableCell>{d.tenant?.name}</TableCell>
                      <TableCell>{d.sourceTemplate?.title ?? '—'}</TableCell>
                      <TableCell className="tabular-nums">{d.widgetCount}</TableCell>
                      <TableCell className="tabular-nums">v{d.version}</TableCell>
                      <TableCell className="tabular-nums">{d.updatedAt.toISOString().slice(0, 10)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent></Card>
        </section>
      </>
    );
  }, () => <AccessDenied what="dashboards" />);
}
