import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { validate } from '@/lib/http';
import { userIdOf, type MarketplaceContext } from './context';
import { audit } from './audit';
import { requirePartner } from './permissions';
import { hasContent, installFields } from './manifests';
import { readVersionManifest } from './version-manifest';
import { sealConfig, type StoredInstallationConfig } from './installation-config';
import { createResources, type ResourceTarget } from './installation-resources';
import { refreshInstallCount } from './install-count';

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
});
export type InstallResult = z.infer<typeof InstallResultSchema>;

/**
 * Installs the live version of a published listing into the acting partner, chosen client tenants (only the
 * partner's own: another partner's tenant is a 404), or all clients — optionally including future ones, as one
 * installation that new tenants pick up (applyAllClientInstallations). Templates create their dashboards and
 * presets; settings are validated against the manifest's fields. Tenants that already have it are skipped.
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
  const sealed = sealConfig(installFields(manifest), input.config);
  const userId = userIdOf(ctx);

  return ctx.db.$transaction(async (tx) => {
    const existing = await tx.installation.findMany({ where: { partnerId, listingId: listing.id }, select: { scope: true, tenantId: true } });
    const coveredTenants = new Set(existing.filter((i) => i.scope === 'tenant').map((i) => i.tenantId!));
    const hasAllClients = existing.some((i) => i.scope === 'all_clients');
    const target = input.target;

    // Which installation rows to create, and for which tenants each creates rows.
    const plan: { scope: 'partner' | 'tenant' | 'all_clients'; tenantId: string | null; resourceTenants: (string | null)[] }[] = [];
    let skipped: string[] = [];
    if (target.scope === 'partner') {
      if (existing.some((i) => i.scope === 'partner')) throw new AppError('CONFLICT', 'This listing is already installed for your agency.');
      plan.push({ scope: 'partner', tenantId: null, resourceTenants: [null] });
    } else {
      if (hasAllClients) throw new AppError('CONFLICT', 'This listing is already installed for all clients.');
      const wanted = target.scope === 'tenants' ? [...new Set(target.tenantIds)] : null;
      const tenants = await tx.tenant.findMany({ where: { partnerId, ...(wanted ? { id: { in: wanted } } : {}) }, select: { id: true }, orderBy: { createdAt: 'asc' } });
      if (wanted && tenants.length !== wanted.length) throw new AppError('NOT_FOUND', 'No such client.', { issues: [{ path: 'target.tenantIds', message: 'one or more clients do not exist' }] });
      const fresh = tenants.map((t) => t.id).filter((id) => !coveredTenants.has(id));
      skipped = tenants.map((t) => t.id).filter((id) => coveredTenants.has(id));
      if (target.scope === 'all_clients' && target.includeFuture) plan.push({ scope: 'all_clients', tenantId: null, resourceTenants: fresh });
      else for (const tenantId of fresh) plan.push({ scope: 'tenant', tenantId, resourceTenants: [tenantId] });
      if (plan.length === 0) throw new AppError('CONFLICT', 'Every chosen client already has this listing.');
    }

    const result: InstallResult = { installations: [], skippedTenantIds: skipped, dashboardsCreated: 0, presetsCreated: 0 };
    for (const step of plan) {
      const stored: StoredInstallationConfig = { ...sealed, includeFuture: step.scope === 'all_clients', resources: { dashboards: {}, presets: {} } };
      const installation = await tx.installation.create({
        data: { listingId: listing.id, listingVersionId: version.id, partnerId, tenantId: step.tenantId, scope: step.scope, config: stored, installedById: userId },
      });
      if (hasContent(manifest)) {
        const targets: ResourceTarget[] = step.resourceTenants.map((tenantId) => ({ installationId: installation.id, partnerId, tenantId, userId }));
        stored.resources = await createResources(tx, targets, manifest, sealed.values);
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
        metadata: { listingId: listing.id, slug: listing.slug, version: version.version, scope: step.scope, tenants: step.resourceTenants.length },
      });
    }
    await refreshInstallCount(tx, listing.id);
    return result;
  });
}
