import 'server-only';
import type { Db } from '../../../prisma/connect.ts';
import { hasContent } from './manifests';
import { readVersionManifest } from './version-manifest';
import { readInstallationConfig } from './installation-config';
import { createResources } from './installation-resources';

/**
 * The hook for tenant creation: gives a new client everything its partner installed "for all clients, including
 * future ones". Idempotent (a tenant that already has an installation's dashboards is left alone). Call it after
 * the tenant row is committed; returns how many installations it applied.
 */
export async function applyAllClientInstallations(db: Db, tenantId: string): Promise<number> {
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { id: true, partnerId: true } });
  if (!tenant) return 0;
  const installations = await db.installation.findMany({
    where: { partnerId: tenant.partnerId, scope: 'all_clients' },
    include: { listing: { select: { kind: true, slug: true } }, listingVersion: { select: { manifest: true, version: true } } },
  });
  let applied = 0;
  for (const installation of installations) {
    const { manifest } = readVersionManifest(installation.listing.kind, installation.listingVersion.manifest);
    if (!hasContent(manifest)) continue;
    await db.$transaction(async (tx) => {
      const already = await tx.dashboard.count({ where: { installationId: installation.id, tenantId: tenant.id } });
      const alreadyPresets = await tx.automationPreset.count({ where: { installationId: installation.id, tenantId: tenant.id } });
      if (already + alreadyPresets > 0) return;
      const stored = readInstallationConfig(installation.config);
      stored.resources = await createResources(tx, [{ installationId: installation.id, partnerId: tenant.partnerId, tenantId: tenant.id, userId: null }], manifest, stored.values, stored.resources);
      await tx.installation.update({ where: { id: installation.id }, data: { config: stored } });
      await tx.auditEvent.create({
        data: {
          partnerId: tenant.partnerId,
          tenantId: tenant.id,
          actorType: 'system',
          actorLabel: 'marketplace',
          action: 'marketplace.applied_to_new_client',
          targetType: 'installation',
          targetId: installation.id,
          metadata: { slug: installation.listing.slug, version: installation.listingVersion.version },
        },
      });
      applied += 1;
    });
  }
  return applied;
}
