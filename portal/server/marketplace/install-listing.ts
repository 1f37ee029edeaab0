import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { validate } from '@/lib/http';
import { userIdOf, type MarketplaceContext } from './context';
import { audit } from './audit';
import { requirePartner } from './permissions';
import { hasContent, installFields, type Manifest } from './manifests';
import { readVersionManifest } from './version-manifest';
import { readInstallationConfig, sealConfig, type StoredInstallationConfig } from './installation-config';
import { createResources, type ResourceTarget } from './installation-resources';
import { refreshInstallCount } from './install-count';
import { bundleConfig, loadBundles, prefixBundleIssues } from './solution-bundles';
import type { Tx } from '@/server/webhooks/emit-event';

export const InstallTargetSchema = z.discriminatedUnion('scope', [
  z.strictObject({ scope: z.literal('partner') }),
  z.strictObject({ scope: z.literal('tenants'), tenantIds: z.array(z.string().min(1).max(64)).min(1, 'choose at least one client').max(1000) }),
  z.strictObject({ scope: z.literal('all_clients'), includeFuture: z.boolean().default(true) }),
]);
export type InstallTarget = z.input<typeof InstallTargetSchema>;

export const InstallListingSchema = z.strictObject({
  /** The listing's id or slug. */
  listing: z.string().min(1).max(80),
  target: InstallTargetSchema,
  config: z.record(z.string(), z.unknown()).default({}),
});
export type InstallListingInput = z.input<typeof InstallListingSchema>;

export const InstallResultSchema = z.object({
  installations: z.array(z.object({ id: z.string(), scope: z.enum(['partner', 'tenant', 'all_clients']), tenantId: z.string().nullable() })),
  skippedTenantIds: z.array(z.string()),
  dashboardsCreated: z.number().int(),
  presetsCreated: z.number().int(),
  /** For a solution: each listing it bundles, installed alongside (or skipped where it already was). */
  bundled: z.array(z.object({ slug: z.string(), installations: z.number().int(), dashboardsCreated: z.number().int(), presetsCreated: z.number().int() })).optional(),
});
export type InstallResult = z.infer<typeof InstallResultSchema>;

type Target = z.infer<typeof InstallTargetSchema>;
interface OneListing {
  listing: { id: string; slug: string };
  versionId: string;
  version: string;
  manifest: Manifest;
  sealed: ReturnType<typeof sealConfig>;
}

/**
 * Installs one listing version into the target inside the transaction. The main listing refuses a target it already
 * covers (409); a solution's bundled listing (`partOf`) is quietly skipped where the partner already has it.
 */
async function installOne(tx: Tx, ctx: MarketplaceContext, partnerId: string, userId: string | null, one: OneListing, target: Target, partOf?: (tenantId: string | null) => string): Promise<InstallResult> {
  const existing = await tx.installation.findMany({ where: { partnerId, listingId: one.listing.id }, select: { scope: true, tenantId: true } });
  const coveredTenants = new Set(existing.filter((i) => i.scope === 'tenant').map((i) => i.tenantId!));
  const hasAllClients = existing.some((i) => i.scope === 'all_clients');
  const empty: InstallResult = { installations: [], skippedTenantIds: [], dashboardsCreated: 0, presetsCreated: 0 };

  // Which installation rows to create, and for which tenants each creates rows.
  const plan: { scope: 'partner' | 'tenant' | 'all_clients'; tenantId: string | null; resourceTenants: (string | null)[] }[] = [];
  let skipped: string[] = [];
  if (target.scope === 'partner') {
    if (existing.some((i) => i.scope === 'partner')) {
      if (partOf) return empty;
      throw new AppError('CONFLICT', 'This listing is already installed for your agency.');
    }
    plan.push({ scope: 'partner', tenantId: null, resourceTenants: [null] });
  } else {
    if (hasAllClients) {
      if (partOf) return empty;
      throw new AppError('CONFLICT', 'This listing is already installed for all clients.');
    }
    const wanted = target.scope === 'tenants' ? [...new Set(target.tenantIds)] : null;
    const tenants = await tx.tenant.findMany({ where: { partnerId, ...(wanted ? { id: { in: wanted } } : {}) }, select: { id: true }, orderBy: { createdAt: 'asc' } });
    if (wanted && tenants.length !== wanted.length) throw new AppError('NOT_FOUND', 'No such client.', { issues: [{ path: 'target.tenantIds', message: 'one or more clients do not exist' }] });
    const fresh = tenants.map((t) => t.id).filter((id) => !coveredTenants.has(id));
    skipped = tenants.map((t) => t.id).filter((id) => coveredTenants.has(id));
    if (target.scope === 'all_clients' && target.includeFuture) plan.push({ scope: 'all_clients', tenantId: null, resourceTenants: fresh });
    else for (const tenantId of fresh) plan.push({ scope: 'tenant', tenantId, resourceTenants: [tenantId] });
    if (plan.length === 0) {
      if (partOf) return { ...empty, skippedTenantIds: skipped };
      throw new AppError('CONFLICT', 'Every chosen client already has this listing.');
    }
  }

  const result: InstallResult = { ...empty, skippedTenantIds: skipped };
  for (const step of plan) {
    const solution = partOf?.(step.tenantId);
    const stored: StoredInstallationConfig = { ...one.sealed, includeFuture: step.scope === 'all_clients', resources: { dashboards: {}, presets: {} }, bundled: [], ...(solution ? { partOf: solution } : {}) };
    const installation = await tx.installation.create({
      data: { listingId: one.listing.id, listingVersionId: one.versionId, partnerId, tenantId: step.tenantId, scope: step.scope, config: stored, installedById: userId },
    });
    if (hasContent(one.manifest)) {
      const targets: ResourceTarget[] = step.resourceTenants.map((tenantId) => ({ installationId: installation.id, partnerId, tenantId, userId }));
      stored.resources = await createResources(tx, targets, one.manifest, one.sealed.values);
      await tx.installation.update({ where: { id: installation.id }, data: { config: stored } });
      result.dashboardsCreated += Object.values(stored.resources.dashboards).flat().length;
      result.presetsCreated += Object.values(stored.resources.presets).flat().length;
    }
    result.installations.push({ id: installation.id, scope: step.scope, tenantId: step.tenantId });
    await audit(tx, ctx, {
      action: 'marketplace.installed',
      partnerId,
      tenantId: step.tenantId,
      targetType: 'installation',
      targetId: installation.id,
      metadata: { listingId: one.listing.id, slug: one.listing.slug, version: one.version, scope: step.scope, tenants: step.resourceTenants.length, ...(solution ? { partOf: solution } : {}) },
    });
  }
  await refreshInstallCount(tx, one.listing.id);
  return result;
}

/**
 * Installs the live version of a published listing into the acting partner, chosen client tenants (only the
 * partner's own: another partner's tenant is a 404), or all clients — optionally including future ones, as one
 * installation that new tenants pick up (applyAllClientInstallations). Templates create their dashboards and
 * presets; settings are validated against the manifest's fields. Tenants that already have it are skipped.
 * A solution also installs every listing it bundles into the same target (their settings come prefixed on the
 * solution's form; see solution-bundles.ts); each bundled installation remembers the solution's installation, so an
 * uninstall of the solution removes them too.
 */
export async function installListing(ctx: MarketplaceContext, rawInput: InstallListingInput | unknown): Promise<InstallResult> {
  const partnerId = requirePartner(ctx, 'marketplace.install');
  const input = validate(InstallListingSchema, rawInput);
  const listing = await ctx.db.listing.findFirst({
    where: { OR: [{ id: input.listing }, { slug: input.listing }], status: 'published' },
    include: { versions: { where: { status: 'published' }, take: 1 } },
  });
  const version = listing?.versions[0];
  if (!listing || !version) throw new AppError('NOT_FOUND', 'No such published listing.');
  const { manifest } = readVersionManifest(listing.kind, version.manifest);
  const main: OneListing = { listing, versionId: version.id, version: version.version, manifest, sealed: sealConfig(installFields(manifest), input.config) };
  const bundles: OneListing[] = (await loadBundles(ctx.db, manifest)).map((b) => {
    try {
      return { listing: b.listing, versionId: b.version.id, version: b.version.version, manifest: b.manifest, sealed: sealConfig(b.fields, bundleConfig(input.config, b.listing.slug)) };
    } catch (error) {
      throw prefixBundleIssues(error, b.listing.slug);
    }
  });
  const userId = userIdOf(ctx);

  return ctx.db.$transaction(async (tx) => {
    const result = await installOne(tx, ctx, partnerId, userId, main, input.target);
    if (bundles.length === 0) return result;
    result.bundled = [];
    // A bundled row belongs to the solution row of the same client (or the single partner / all-clients row).
    const solutionFor = (tenantId: string | null) => (result.installations.find((i) => i.tenantId === tenantId) ?? result.installations[0]!).id;
    for (const b of bundles) {
      const part = await installOne(tx, ctx, partnerId, userId, b, input.target, solutionFor);
      result.bundled.push({ slug: b.listing.slug, installations: part.installations.length, dashboardsCreated: part.dashboardsCreated, presetsCreated: part.presetsCreated });
      for (const solution of result.installations) {
        const mine = part.installations.filter((i) => solutionFor(i.tenantId) === solution.id).map((i) => i.id);
        if (mine.length === 0) continue;
        const row = await tx.installation.findUniqueOrThrow({ where: { id: solution.id }, select: { config: true } });
        const stored = readInstallationConfig(row.config);
        stored.bundled = [...stored.bundled, ...mine];
        await tx.installation.update({ where: { id: solution.id }, data: { config: stored } });
      }
    }
    return result;
  });
}
