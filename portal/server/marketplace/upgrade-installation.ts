import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { validate } from '@/lib/http';
import { userIdOf, type MarketplaceContext } from './context';
import { audit } from './audit';
import { hasContent, installFields, type ContentManifest } from './manifests';
import { readVersionManifest } from './version-manifest';
import { readInstallationConfig, sealConfig } from './installation-config';
import { createDashboard, createPreset, presetConfig, type ResourceTarget } from './installation-resources';
import { findOwnInstallation } from './installation-access';
import { diffManifests, type UpgradeDiff } from './upgrade-diff';

export interface UpgradePreview {
  installationId: string;
  listing: { id: string; slug: string; title: string };
  from: { id: string; version: string };
  to: { id: string; version: string; changelog: string } | null;
  diff: UpgradeDiff | null;
  fields: ReturnType<typeof installFields>;
  values: Record<string, string | number | boolean>;
  /** Secret settings already stored (the form may leave them blank to keep them). */
  keptSecrets: string[];
}

async function loadUpgrade(ctx: MarketplaceContext, installationId: string) {
  const { partnerId, installation } = await findOwnInstallation(ctx, installationId);
  const latest = await ctx.db.listingVersion.findFirst({ where: { listingId: installation.listingId, status: 'published' } });
  const from = readVersionManifest(installation.listing.kind, installation.listingVersion.manifest).manifest;
  const to = latest && latest.id !== installation.listingVersionId ? readVersionManifest(installation.listing.kind, latest.manifest).manifest : null;
  return { partnerId, installation, latest, from, to };
}

/** What upgrading an installation to the listing's live version would change (null diff: already current). */
export async function previewUpgrade(ctx: MarketplaceContext, installationId: string): Promise<UpgradePreview> {
  const { installation, latest, from, to } = await loadUpgrade(ctx, installationId);
  const stored = readInstallationConfig(installation.config);
  return {
    installationId: installation.id,
    listing: { id: installation.listing.id, slug: installation.listing.slug, title: installation.listing.title },
    from: { id: installation.listingVersion.id, version: installation.listingVersion.version },
    to: to && latest ? { id: latest.id, version: latest.version, changelog: latest.changelog } : null,
    diff: to ? diffManifests(from, to) : null,
    fields: installFields(to ?? from),
    values: stored.values,
    keptSecrets: Object.keys(stored.secrets),
  };
}

export const UpgradeInstallationSchema = z.strictObject({
  installationId: z.string().min(1),
  /** Settings for the new version; fields left out keep their current value. */
  config: z.record(z.string(), z.unknown()).optional(),
});

/** The tenants an installation's rows live in: its own tenant, all current clients, or the partner (null). */
async function targetTenants(ctx: MarketplaceContext, partnerId: string, scope: string, tenantId: string | null): Promise<(string | null)[]> {
  if (scope === 'partner') return [null];
  if (scope === 'tenant') return [tenantId];
  const tenants = await ctx.db.tenant.findMany({ where: { partnerId }, select: { id: true } });
  return tenants.map((t) => t.id);
}

/**
 * Moves an installation to the listing's live version: dashboards and presets are added, updated (a new dashboard
 * version is recorded) or removed by their manifest key, and settings are re-validated against the new fields.
 */
export async function upgradeInstallation(ctx: MarketplaceContext, raw: z.input<typeof UpgradeInstallationSchema> | unknown): Promise<{ version: string; diff: UpgradeDiff }> {
  const input = validate(UpgradeInstallationSchema, raw);
  const { partnerId, installation, latest, from, to } = await loadUpgrade(ctx, input.installationId);
  if (!to || !latest) throw new AppError('CONFLICT', 'This installation already runs the latest version.');
  const stored = readInstallationConfig(installation.config);
  const sealed = sealConfig(installFields(to), { ...stored.values, ...(input.config ?? {}) }, stored);
  const diff = diffManifests(from, to);
  const tenants = hasContent(to) || hasContent(from) ? await targetTenants(ctx, partnerId, installation.scope, installation.tenantId) : [];
  const userId = userIdOf(ctx);
  const empty: ContentManifest = { kind: 'template', dashboards: [], presets: [], config: [] };
  const next = hasContent(to) ? to : empty;

  await ctx.db.$transaction(async (tx) => {
    const resources = stored.resources;
    const targets: ResourceTarget[] = tenants.map((tenantId) => ({ installationId: installation.id, partnerId, tenantId, userId }));
    const scoped = { installationId: installation.id, partnerId };
    for (const spec of next.dashboards) {
      const ids = resources.dashboards[spec.key] ?? [];
      if (!diff.dashboards.changed.some((c) => c.key === spec.key) && ids.length) continue;
      if (ids.length === 0) {
        resources.dashboards[spec.key] = [];
        for (const target of targets) resources.dashboards[spec.key]!.push(await createDashboard(tx, target, spec));
        continue;
      }
      const rows = await tx.dashboard.findMany({ where: { id: { in: ids }, ...scoped }, select: { id: true, version: true } });
      for (const row of rows) {
        const version = row.version + 1;
        await tx.dashboard.update({ where: { id: row.id }, data: { title: spec.title, description: spec.description ?? null, layout: spec.layout as object, version } });
        await tx.dashboardVersion.create({ data: { dashboardId: row.id, version, title: spec.title, layout: spec.layout as object, createdById: userId } });
      }
    }
    for (const removed of diff.dashboards.removed) {
      await tx.dashboard.deleteMany({ where: { id: { in: resources.dashboards[removed.key] ?? [] }, ...scoped } });
      delete resources.dashboards[removed.key];
    }
    for (const spec of next.presets) {
      const ids = resources.presets[spec.key] ?? [];
      if (ids.length === 0) {
        resources.presets[spec.key] = [];
        for (const target of targets) resources.presets[spec.key]!.push(await createPreset(tx, target, spec, sealed.values));
        continue;
      }
      await tx.automationPreset.updateMany({ where: { id: { in: ids }, ...scoped }, data: { name: spec.name, config: presetConfig(spec.config, sealed.values) } });
    }
    for (const removed of diff.presets.removed) {
      await tx.automationPreset.deleteMany({ where: { id: { in: resources.presets[removed.key] ?? [] }, ...scoped } });
      delete resources.presets[removed.key];
    }
    await tx.installation.update({
      where: { id: installation.id },
      data: { listingVersionId: latest.id, config: { ...stored, ...sealed, resources } },
    });
    await audit(tx, ctx, {
      action: 'marketplace.upgraded',
      partnerId,
      tenantId: installation.tenantId,
      targetType: 'installation',
      targetId: installation.id,
      metadata: { slug: installation.listing.slug, from: installation.listingVersion.version, to: latest.version },
    });
  });
  return { version: latest.version, diff };
}
