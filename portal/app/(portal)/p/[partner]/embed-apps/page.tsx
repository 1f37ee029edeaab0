import type { Metadata } from 'next';
import { Plug } from 'lucide-react';
import { AccessDenied } from '@/components/access-denied';
import { CreateEmbedAppDialog } from '@/components/embed-apps/create-embed-app-dialog';
import { EmbedAppCard } from '@/components/embed-apps/embed-app-card';
import { SnippetGenerator } from '@/components/embed-apps/snippet-generator';
import { TokenPlayground } from '@/components/embed-apps/token-playground';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { listDashboards } from '@/server/dashboards/dashboards';
import { listEmbedApps } from '@/server/embed-apps-admin/embed-apps';
import { portalOrigin } from '@/server/embed-apps-admin/portal-token';
import { listTenants } from '@/server/tenancy/tenants';
import { withPartnerPage } from '@/server/tenancy/require-member';
import { createEmbedAppAction, mintPlaygroundTokenAction, revokeEmbedAppAction, rotateSecretAction, updateOriginsAction } from './actions';

export const metadata: Metadata = { title: 'Embed apps' };
export const dynamic = 'force-dynamic';

export default async function EmbedAppsPage({ params }: { params: Promise<{ partner: string }> }) {
  const { partner: slug } = await params;
  return withPartnerPage(slug, 'embed_apps.read', async (ctx) => {
    const [apps, tenants, dashboards, origin] = await Promise.all([listEmbedApps(ctx), listTenants(ctx), listDashboards(ctx), portalOrigin()]);
    const canManage = ctx.can('embed_apps.manage');
    const active = apps.filter((a) => !a.revokedAt && !a.internal);
    const serialized = apps.map((a) => ({ ...a, rotatedAt: a.rotatedAt?.toISOString() ?? null, revokedAt: a.revokedAt?.toISOString() ?? null, previousSecretExpiresAt: a.previousSecretExpiresAt?.toISOString() ?? null, createdAt: a.createdAt.toISOString() }));
    const tenantOptions = tenants.map((t) => ({ id: t.id, name: t.name, dashboards: dashboards.filter((d) => d.tenant?.id === t.id).map((d) => ({ id: d.id, title: d.title })) }));
    return (
      <>
        <PageHeader title="Embed apps" description="Each app lists the sites that may embed your widgets and holds the secret your backend signs viewer tokens with." actions={canManage ? <CreateEmbedAppDialog partnerSlug={slug} action={createEmbedAppAction} /> : null} />
        <div className="grid gap-6">
          {apps.length === 0 ? <EmptyState icon={Plug} title="No embed apps yet">Create one for each product or site that shows your clients their dashboards.</EmptyState> : null}
          <div className="grid gap-4">
            {serialized.map((a) => <EmbedAppCard key={a.id} app={a} partnerSlug={slug} canManage={canManage} rotate={rotateSecretAction} revoke={revokeEmbedAppAction} updateOrigins={updateOriginsAction} />)}
          </div>
          {active.length > 0 && tenants.length > 0 ? <SnippetGenerator options={{ origin, apps: active.map((a) => ({ id: a.id, name: a.name })), tenants: tenantOptions }} /> : null}
          {canManage && active.length > 0 && tenants.length > 0 ? <TokenPlayground partnerSlug={slug} origin={origin} apps={active.map((a) => ({ id: a.id, name: a.name, allowedOrigins: a.allowedOrigins }))} tenants={tenants.map((t) => ({ id: t.id, name: t.name }))} mint={mintPlaygroundTokenAction} /> : null}
        </div>
      </>
    );
  }, () => <AccessDenied what="embed apps" />);
}
