import Link from 'next/link';
import { PackageOpen } from 'lucide-react';
import { PageHeader } from '@/components/page-header';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { listInstallations } from '@/server/marketplace/list-installations';
import { marketplaceMember } from '@/server/marketplace/page-context';
import { can } from '@/server/marketplace/permissions';
import { ActionForm } from '../../_components/action-form';
import { KIND_LABELS, SCOPE_LABELS } from '../../_components/labels';
import { uninstallAction } from '../actions';

export const dynamic = 'force-dynamic';

/** Every installation across the agency and all its clients: where, which version, what it created. */
export default async function InstallationsPage({ params, searchParams }: { params: Promise<{ partner: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { partner } = await params;
  const sp = await searchParams;
  const { ctx } = await marketplaceMember(partner);
  const rows = await listInstallations(ctx);
  const manage = can(ctx.role, 'marketplace.install');
  return (
    <>
      <PageHeader title="Installations" description="What your agency installed from the marketplace, across every client." />
      {sp.installed && /^[a-z0-9-]{1,60}$/.test(sp.installed) ? <Alert tone="success" className="mb-4">Installed “{sp.installed}”.</Alert> : null}
      {sp.upgraded ? <Alert tone="success" className="mb-4">Upgrade applied.</Alert> : null}
      {sp.uninstalled === 'remove' ? <Alert tone="success" className="mb-4">Uninstalled; {Number(sp.dashboards) || 0} dashboard(s) and {Number(sp.presets) || 0} preset(s) removed.</Alert> : null}
      {sp.uninstalled === 'detach' ? <Alert tone="success" className="mb-4">Uninstalled; {Number(sp.dashboards) || 0} dashboard(s) kept as ordinary dashboards.</Alert> : null}
      {rows.length === 0 ? (
        <EmptyState icon={PackageOpen} title="Nothing installed yet" action={<Link href={`/marketplace/${partner}`} className={buttonVariants({ variant: 'outline' })}>Browse the marketplace</Link>}>
          Templates you install create dashboards and automation presets in the clients you choose.
        </EmptyState>
      ) : (
        <Table data-testid="installations">
          <TableHeader>
            <TableRow>
              <TableHead>Listing</TableHead>
              <TableHead>Where</TableHead>
              <TableHead>Version</TableHead>
              <TableHead>Created</TableHead>
              <TableHead>Installed by</TableHead>
              {manage ? <TableHead><span className="sr-only">Actions</span></TableHead> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id} data-testid={`installation-${r.listing.slug}`}>
                <TableCell>
                  <Link href={`/marketplace/${partner}/listings/${r.listing.slug}`} className="font-medium hover:underline">{r.listing.title}</Link>
                  <div className="text-xs text-muted-foreground">{KIND_LABELS[r.listing.kind as keyof typeof KIND_LABELS]}{r.partOf ? ` · part of ${r.partOf.title}` : ''}</div>
                </TableCell>
                <TableCell>
                  <div>{r.scope === 'tenant' ? r.tenant?.name : SCOPE_LABELS[r.scope]}</div>
                  {r.scope === 'all_clients' ? <div className="text-xs text-muted-foreground">{r.clients.map((c) => c.name).join(', ') || 'no clients yet'}</div> : null}
                </TableCell>
                <TableCell>
                  {r.version} {r.upgradeAvailable ? <Badge tone="warning">{r.latestVersion} available</Badge> : null}
                </TableCell>
                <TableCell className="text-sm">{r.dashboards} dashboard{r.dashboards === 1 ? '' : 's'}, {r.presets} preset{r.presets === 1 ? '' : 's'}</TableCell>
                <TableCell className="text-sm text-muted-foreground">{r.installedBy ?? 'API key'}</TableCell>
                {manage ? (
                  <TableCell>
                    <div className="flex flex-wrap items-start gap-2">
                      {r.upgradeAvailable ? <Link href={`/marketplace/${partner}/installations/${r.id}/upgrade`} className={buttonVariants({ size: 'sm' })}>Review upgrade</Link> : null}
                      <details>
                        <summary className={buttonVariants({ variant: 'outline', size: 'sm' })}>Uninstall</summary>
                        <ActionForm action={uninstallAction.bind(null, partner, r.id)} submitLabel="Uninstall" variant="destructive" className="mt-2 grid gap-2 rounded-md border border-border p-3 text-sm">
                          <label className="flex items-center gap-2"><input type="radio" name="mode" value="remove" defaultChecked className="size-4" /> Remove what it created</label>
                          <label className="flex items-center gap-2"><input type="radio" name="mode" value="detach" className="size-4" /> Keep the dashboards (detached)</label>
                        </ActionForm>
                      </details>
                    </div>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
