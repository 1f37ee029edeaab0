import type { Metadata } from 'next';
import { ShieldCheck } from 'lucide-react';
import { AccessDenied } from '@/components/access-denied';
import { PageHeader } from '@/components/page-header';
import { AddConnectionDialog } from '@/components/sso/add-connection-dialog';
import { ConnectionCard } from '@/components/sso/connection-card';
import { EmptyState } from '@/components/ui/empty-state';
import { ssoProviderId } from '@/server/auth/sso-providers';
import { portalOrigin } from '@/server/embed-apps-admin/portal-token';
import { listConnections } from '@/server/sso/connections';
import { certificateHealth } from '@/server/sso/saml-metadata';
import { samlServiceProvider } from '@/server/sso/saml-sign-in';
import { withPartnerPage } from '@/server/tenancy/require-member';
import { createConnectionAction, deleteConnectionAction, replaceSamlMetadataAction, testConnectionAction, updateConnectionAction } from './actions';

export const metadata: Metadata = { title: 'Single sign-on' };
export const dynamic = 'force-dynamic';

export default async function SsoPage({ params }: { params: Promise<{ partner: string }> }) {
  const { partner: slug } = await params;
  return withPartnerPage(slug, 'sso.read', async (ctx) => {
    const [connections, origin] = await Promise.all([listConnections(ctx), portalOrigin()]);
    const canManage = ctx.can('sso.manage');
    return (
      <>
        <PageHeader
          title="Single sign-on"
          description="Send your team to your identity provider by email domain. First-time users are created just in time with the default role."
          actions={canManage ? <AddConnectionDialog partnerSlug={slug} actorRole={ctx.role} action={createConnectionAction} /> : null}
        />
        {connections.length === 0 ? (
          <EmptyState icon={ShieldCheck} title="No SSO connection yet">Connect Okta, Entra ID, Google Workspace or any OpenID Connect or SAML 2.0 identity provider.</EmptyState>
        ) : (
          <div className="grid gap-4">
            {connections.map((c) => {
              const health = certificateHealth(c.certificateExpiresAt);
              return (
                <ConnectionCard
                  key={c.id}
                  partnerSlug={slug}
                  actorRole={ctx.role}
                  canManage={canManage}
                  update={updateConnectionAction}
                  test={testConnectionAction}
                  remove={deleteConnectionAction}
                  replaceMetadata={replaceSamlMetadataAction}
                  c={{
                    id: c.id, kind: c.kind, name: c.name, issuer: c.issuer, clientId: c.clientId, domains: c.domains.map((d) => d.domain), enforced: c.enforced, defaultRole: c.defaultRole,
                    lastTestedAt: c.lastTestedAt?.toISOString() ?? null, lastTestResult: c.lastTestResult,
                    callbackUrl: `${origin}/api/auth/callback/${ssoProviderId(c.id)}`,
                    saml: c.kind === 'saml' ? { ...samlServiceProvider(c.id), spMetadataUrl: samlServiceProvider(c.id).metadataUrl, metadataUrl: c.metadataUrl } : null,
                    certificate: health && c.certificateExpiresAt ? { ...health, expiresAt: c.certificateExpiresAt.toISOString() } : null,
                  }}
                />
              );
            })}
          </div>
        )}
      </>
    );
  }, () => <AccessDenied what="single sign-on settings" />);
}
