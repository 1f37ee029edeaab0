import 'server-only';
import type { MarketplaceContext } from './context';
import { requirePartner } from './permissions';
import { readInstallationConfig } from './installation-config';

export interface InstallationRow {
  id: string;
  listing: { id: string; slug: string; title: string; kind: string };
  version: string;
  latestVersion: string | null;
  upgradeAvailable: boolean;
  scope: 'partner' | 'tenant' | 'all_clients';
  tenant: { id: string; name: string } | null;
  /** Clients holding rows created by it (all-clients installs span many). */
  clients: { id: string; name: string }[];
  dashboards: number;
  presets: number;
  installedBy: string | null;
  createdAt: string;
  /** A bundled listing's install: the solution it came with (uninstalling that solution removes it too). */
  partOf: { installationId: string; title: string } | null;
}

/** Every installation across the partner and all its clients, for the partner's admins. */
export async function listInstallations(ctx: MarketplaceContext): Promise<InstallationRow[]> {
  const partnerId = requirePartner(ctx, 'marketplace.browse');
  const installations = await ctx.db.installation.findMany({
    where: { partnerId },
    orderBy: { createdAt: 'desc' },
    include: {
      listing: { select: { id: true, slug: true, title: true, kind: true, versions: { where: { status: 'published' }, select: { id: true, version: true } } } },
      listingVersion: { select: { version: true } },
      tenant: { select: { id: true, name: true } },
      installedBy: { select: { email: true } },
      dashboards: { where: { partnerId }, select: { tenant: { select: { id: true, name: true } } } },
      _count: { select: { automationPresets: true } },
    },
  });
  const titleOf = new Map(installations.map((i) => [i.id, i.listing.title]));
  return installations.map((i) => {
    const partOf = readInstallationConfig(i.config).partOf;
    const latest = i.listing.versions[0] ?? null;
    const clients = new Map<string, string>();
    for (const d of i.dashboards) if (d.tenant) clients.set(d.tenant.id, d.tenant.name);
    if (i.tenant) clients.set(i.tenant.id, i.tenant.name);
    return {
      id: i.id,
      listing: { id: i.listing.id, slug: i.listing.slug, title: i.listing.title, kind: i.listing.kind },
      version: i.listingVersion.version,
      latestVersion: latest?.version ?? null,
      upgradeAvailable: !!latest && latest.id !== i.listingVersionId,
      scope: i.scope,
      tenant: i.tenant,
      clients: [...clients].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
      dashboards: i.dashboards.length,
      presets: i._count.automationPresets,
      installedBy: i.installedBy?.email ?? null,
      createdAt: i.createdAt.toISOString(),
      partOf: partOf && titleOf.has(partOf) ? { installationId: partOf, title: titleOf.get(partOf)! } : null,
    };
  });
}
