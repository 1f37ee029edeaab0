import type { Metadata } from 'next';
import { AccessDenied } from '@/components/access-denied';
import { ApiKeysTable, CreateApiKeyDialog } from '@/components/api-keys/api-keys';
import { PageHeader } from '@/components/page-header';
import { Card, CardContent } from '@/components/ui/card';
import { API_KEY_SCOPES, listApiKeys } from '@/server/embed-apps-admin/api-keys';
import { withPartnerPage } from '@/server/tenancy/require-member';
import { createApiKeyAction, revokeApiKeyAction } from './actions';

export const metadata: Metadata = { title: 'API keys' };
export const dynamic = 'force-dynamic';

export default async function ApiKeysPage({ params }: { params: Promise<{ partner: string }> }) {
  const { partner: slug } = await params;
  return withPartnerPage(slug, 'api_keys.read', async (ctx) => {
    const keys = await listApiKeys(ctx);
    const canManage = ctx.can('api_keys.manage');
    return (
      <>
        <PageHeader title="API keys" description="Server-to-server access to the REST API (clients, metrics, embed tokens). A key is shown once; we keep only its hash." actions={canManage ? <CreateApiKeyDialog partnerSlug={slug} scopes={API_KEY_SCOPES} action={createApiKeyAction} /> : null} />
        <Card><CardContent className="px-0 py-0">
          <ApiKeysTable partnerSlug={slug} canManage={canManage} revoke={revokeApiKeyAction}
            rows={keys.map((k) => ({ id: k.id, name: k.name, prefix: k.prefix, scopes: k.scopes, expiresAt: k.expiresAt?.toISOString() ?? null, lastUsedAt: k.lastUsedAt?.toISOString() ?? null, revokedAt: k.revokedAt?.toISOString() ?? null, createdBy: k.createdBy?.email ?? null, createdAt: k.createdAt.toISOString() }))} />
        </CardContent></Card>
      </>
    );
  }, () => <AccessDenied what="API keys" />);
}
