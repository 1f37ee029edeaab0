import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { FolderSync } from 'lucide-react';
import { AccessDenied } from '@/components/access-denied';
import { CreateDirectoryDialog } from '@/components/directory-sync/create-directory-dialog';
import { DirectoryCard } from '@/components/directory-sync/directory-card';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { scimBaseUrl } from '@/server/scim/context';
import { listDirectories } from '@/server/scim/directories';
import { withPartnerPage } from '@/server/tenancy/require-member';
import { createDirectoryAction, deleteDirectoryAction, mapGroupAction, rotateDirectoryTokenAction, unmapGroupAction } from './actions';

export const metadata: Metadata = { title: 'Directory sync' };
export const dynamic = 'force-dynamic';

export default async function DirectorySyncPage({ params }: { params: Promise<{ partner: string }> }) {
  const { partner: slug } = await params;
  return withPartnerPage(slug, 'scim.read', async (ctx) => {
    const directories = await listDirectories(ctx);
    const h = await headers();
    const origin = `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host') ?? 'localhost'}`;
    const canManage = ctx.can('scim.manage');
    const actions = { rotate: rotateDirectoryTokenAction, map: mapGroupAction, unmap: unmapGroupAction, remove: deleteDirectoryAction };
    return (
      <>
        <PageHeader
          title="Directory sync"
          description="SCIM 2.0 provisioning from Okta, Microsoft Entra ID (Azure AD) or any SCIM client: people are added, updated and deactivated from your directory, and directory groups map to portal roles."
          actions={canManage ? <CreateDirectoryDialog partnerSlug={slug} urlPrefix={scimBaseUrl('', origin)} action={createDirectoryAction} /> : null}
        />
        {directories.length === 0 ? (
          <EmptyState icon={FolderSync} title="No directory connected">Connect your identity provider to provision members automatically. You will get a SCIM base URL and a bearer token.</EmptyState>
        ) : (
          <div className="grid gap-6">
            {directories.map((d) => (
              <DirectoryCard key={d.id} partnerSlug={slug} canManage={canManage} baseUrl={scimBaseUrl(d.id, origin)} actions={actions}
                directory={{ ...d, lastSyncAt: d.lastSyncAt?.toISOString() ?? null, createdAt: d.createdAt.toISOString() }} />
            ))}
          </div>
        )}
      </>
    );
  }, () => <AccessDenied what="directory sync" />);
}
