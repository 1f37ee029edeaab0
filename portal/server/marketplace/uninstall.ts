import 'server-only';
import { z } from 'zod';
import { validate } from '@/lib/http';
import type { MarketplaceContext } from './context';
import { audit } from './audit';
import { findOwnInstallation } from './installation-access';
import { refreshInstallCount } from './install-count';
import { readInstallationConfig } from './installation-config';

export const UninstallSchema = z.strictObject({
  installationId: z.string().min(1),
  /** remove: delete the dashboards and presets it created; detach: keep them as ordinary, editable rows. */
  mode: z.enum(['remove', 'detach']).default('remove'),
});

/**
 * Uninstalls an installation: its dashboards and presets are removed, or kept as ordinary rows (detach). A solution's
 * installation takes the installations of the listings it bundled with it, with the same choice.
 */
export async function uninstall(ctx: MarketplaceContext, raw: z.input<typeof UninstallSchema> | unknown): Promise<{ dashboards: number; presets: number; mode: 'remove' | 'detach'; bundled: number }> {
  const input = validate(UninstallSchema, raw);
  const { partnerId, installation } = await findOwnInstallation(ctx, input.installationId);
  const bundledIds = readInstallationConfig(installation.config).bundled;
  return ctx.db.$transaction(async (tx) => {
    const bundled = bundledIds.length
      ? await tx.installation.findMany({ where: { id: { in: bundledIds }, partnerId }, select: { id: true, tenantId: true, listingId: true, listing: { select: { slug: true } } } })
      : [];
    let dashboards = 0;
    let presets = 0;
    for (const row of [{ id: installation.id, tenantId: installation.tenantId, listingId: installation.listingId, listing: installation.listing }, ...bundled]) {
      const owned = { installationId: row.id, partnerId };
      const d = input.mode === 'remove' ? await tx.dashboard.deleteMany({ where: owned }) : await tx.dashboard.updateMany({ where: owned, data: { installationId: null } });
      const p = input.mode === 'remove' ? await tx.automationPreset.deleteMany({ where: owned }) : await tx.automationPreset.updateMany({ where: owned, data: { installationId: null } });
      await tx.installation.delete({ where: { id: row.id } });
      await audit(tx, ctx, {
        action: 'marketplace.uninstalled',
        partnerId,
        tenantId: row.tenantId,
        targetType: 'installation',
        targetId: row.id,
        metadata: { slug: row.listing.slug, mode: input.mode, dashboards: d.count, presets: p.count, ...(row.id !== installation.id ? { partOf: installation.id } : {}) },
      });
      await refreshInstallCount(tx, row.listingId);
      dashboards += d.count;
      presets += p.count;
    }
    return { dashboards, presets, mode: input.mode, bundled: bundled.length };
  });
}
