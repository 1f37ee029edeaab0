import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { Card, CardContent } from '@/components/ui/card';
import { db } from '@/lib/db';
import { listingOr404, marketplaceMember } from '@/server/marketplace/page-context';
import { can } from '@/server/marketplace/permissions';
import { ActionForm } from '../../../../_components/action-form';
import { ConfigFields } from '../../../../_components/config-fields';
import { installAction } from '../../../actions';

export const dynamic = 'force-dynamic';

/** Install a listing: into the agency, chosen clients, or all clients (optionally future ones), with its settings. */
export default async function InstallPage({ params }: { params: Promise<{ partner: string; slug: string }> }) {
  const { partner, slug } = await params;
  const { ctx, member } = await marketplaceMember(partner);
  if (!can(ctx.role, 'marketplace.install')) notFound();
  const listing = await listingOr404(ctx, slug);
  if (!listing.live || listing.status !== 'published' || listing.live.bundleProblem) notFound();
  const tenants = await db.tenant.findMany({ where: { partnerId: member.partner.id }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
  const content = listing.live.manifest.kind !== 'integration' ? listing.live.manifest : null;
  return (
    <>
      <PageHeader
        title={`Install ${listing.title}`}
        description={`Version ${listing.live.version}. ${content ? `Creates ${content.dashboards.length} dashboard${content.dashboards.length === 1 ? '' : 's'} and ${content.presets.length} automation preset${content.presets.length === 1 ? '' : 's'} wherever you install it.` : ''}${listing.live.bundles.length ? ` Also installs ${listing.live.bundles.map((b) => b.title).join(', ')} in the same place (uninstalling the solution removes them too).` : ''}`}
      />
      <Card>
        <CardContent>
          <ActionForm action={installAction.bind(null, partner, slug)} submitLabel="Install" testId="install-form">
            <fieldset className="grid gap-2">
              <legend className="mb-1 text-sm font-semibold">Where</legend>
              <label className="flex items-center gap-2 text-sm"><input type="radio" name="scope" value="all_clients" defaultChecked className="size-4" /> All clients</label>
              <label className="ml-6 flex items-center gap-2 text-sm text-muted-foreground"><input type="checkbox" name="includeFuture" defaultChecked className="size-4" /> Also every client added later</label>
              <label className="flex items-center gap-2 text-sm"><input type="radio" name="scope" value="tenants" className="size-4" /> Chosen clients</label>
              <div className="ml-6 grid gap-1 sm:grid-cols-2">
                {tenants.map((t) => (
                  <label key={t.id} className="flex items-center gap-2 text-sm"><input type="checkbox" name="tenantIds" value={t.id} className="size-4" /> {t.name}</label>
                ))}
                {tenants.length === 0 ? <p className="text-sm text-muted-foreground">No clients yet.</p> : null}
              </div>
              <label className="flex items-center gap-2 text-sm"><input type="radio" name="scope" value="partner" className="size-4" /> My agency only{content ? ' (dashboards become agency templates)' : ''}</label>
            </fieldset>
            <ConfigFields fields={listing.live.fields} />
          </ActionForm>
        </CardContent>
      </Card>
    </>
  );
}
