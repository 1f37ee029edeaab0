import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { AccessDenied } from '@/components/access-denied';
import { cn } from '@/components/cn';
import { ApplyTemplateDialog } from '@/components/dashboards/apply-template-dialog';
import { DashboardBuilder } from '@/components/dashboards/dashboard-builder';
import { SaveAsTemplate } from '@/components/dashboards/save-as-template';
import { PageHeader } from '@/components/page-header';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { getDashboard } from '@/server/dashboards/dashboards';
import { mintPortalToken } from '@/server/embed-apps-admin/portal-token';
import { listTenants } from '@/server/tenancy/tenants';
import { withPartnerPage } from '@/server/tenancy/require-member';
import { applyTemplateAction, saveAsTemplateAction, saveDashboardAction } from '../actions';

export const metadata: Metadata = { title: 'Dashboard builder' };
export const dynamic = 'force-dynamic';

export default async function DashboardPage({ params, searchParams }: { params: Promise<{ partner: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { partner: slug, id } = await params;
  const search = z.object({ preview: z.string().max(64).optional() }).safeParse(await searchParams);
  return withPartnerPage(slug, 'dashboards.read', async (ctx) => {
    const [dashboard, tenants] = await Promise.all([getDashboard(ctx, id), listTenants(ctx)]);
    const previewTenant = dashboard.tenant ? tenants.find((t) => t.id === dashboard.tenant?.id) : (tenants.find((t) => t.slug === (search.success ? search.data.preview : undefined)) ?? tenants[0]);
    const preview = previewTenant ? { tenantId: previewTenant.id, tenantName: previewTenant.name, token: (await mintPortalToken(ctx, previewTenant.id)).token } : null;
    const canWrite = dashboard.isTemplate ? ctx.can('templates.manage') : ctx.can('dashboards.write');
    return (
      <>
        <PageHeader
          title={dashboard.title}
          description={<span className="flex flex-wrap items-center gap-2">{dashboard.isTemplate ? <Badge tone="info">Template</Badge> : <Badge>{dashboard.tenant?.name}</Badge>}<span>Version {dashboard.version}</span><Link className="text-primary hover:underline" href={`/p/${slug}/dashboards`}>All dashboards</Link></span>}
          actions={<>
            {!dashboard.isTemplate && ctx.can('templates.manage') ? <SaveAsTemplate partnerSlug={slug} dashboardId={dashboard.id} title={dashboard.title} action={saveAsTemplateAction} /> : null}
            {dashboard.isTemplate && ctx.can('templates.apply') ? <ApplyTemplateDialog partnerSlug={slug} template={{ id: dashboard.id, title: dashboard.title }} tenants={tenants.map((t) => ({ id: t.id, name: t.name }))} action={applyTemplateAction} /> : null}
          </>}
        />
        {dashboard.isTemplate && tenants.length > 1 ? (
          <nav aria-label="Preview with" className="mb-4 flex flex-wrap items-center gap-1.5 text-sm">
            <span className="text-muted-foreground">Preview with</span>
            {tenants.map((t) => <Link key={t.id} href={`/p/${slug}/dashboards/${id}?preview=${t.slug}`} aria-current={t.id === previewTenant?.id ? 'page' : undefined} className={cn('rounded-full border border-border px-3 py-0.5 hover:bg-secondary', t.id === previewTenant?.id && 'border-primary bg-primary text-primary-foreground hover:bg-primary')}>{t.name}</Link>)}
          </nav>
        ) : null}
        <DashboardBuilder key={`${dashboard.id}-${dashboard.version}`} partnerSlug={slug} canWrite={canWrite} preview={preview} save={saveDashboardAction}
          dashboard={{ id: dashboard.id, title: dashboard.title, description: dashboard.description, version: dashboard.version, layout: dashboard.layout, isTemplate: dashboard.isTemplate }} />
        <Card className="mt-6">
          <CardHeader className="py-3"><CardTitle className="text-sm">Versions</CardTitle></CardHeader>
          <CardContent>
            <ol className="grid gap-1 text-sm">
              {dashboard.versions.map((v) => <li key={v.version} className="flex gap-3"><span className="w-10 tabular-nums">v{v.version}</span><span className="flex-1">{v.title}</span><span className="text-muted-foreground">{v.createdBy?.email ?? 'seed'} · {v.createdAt.toISOString().slice(0, 16).replace('T', ' ')}</span></li>)}
            </ol>
          </CardContent>
        </Card>
      </>
    );
  }, () => <AccessDenied what="dashboards" />);
}
