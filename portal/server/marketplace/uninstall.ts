import 'server-only';
import { z } from 'zod';
import { validate } from '@/lib/http';
import type { MarketplaceContext } from './context';
import { audit } from './audit';
import { findOwnInstallation } from './installation-access';
import { refreshInstallCount } from './install-count';

export const UninstallSchema = z.strictObject({
  installationId: z.string().min(1),
  /** remove: delete the dashboards and presets it created; detach: keep them as ordinary, editable rows. */
  mode: z.enum(['remove', 'detach']).default('remove'),
});

export async function uninstall(ctx: MarketplaceContext, raw: z.input<typeof UninstallSchema> | unknown): Promise<{ dashboards: number; presets: number; mode: 'remove' | 'detach' }> {
  const input = validate(UninstallSchema, raw);
  const { partnerId, installation } = await findOwnInstallation(ctx, input.installationId);
  const owned = { installationId: installation.id, partnerId };
  return ctx.db.$transaction(async (tx) => {
    const dashboards = input.mode === 'remove' ? await tx.dashboard.deleteMany({ where: owned }) : await tx.dashboard.updateMany({ where: owned, data: { installationId: null } });
    const presets = input.mode === 'remove' ? await tx.automationPreset.deleteMany({ where: owned }) : await tx.automationPreset.updateMany({ where: owned, data: { installationId: null } });
    await tx.installation.delete({ where: { id: installation.id } });
    await audit(tx, ctx, {
      action: 'marketplace.uninstalled',
      partnerId,
      tenantId: installation.tenantId,
      targetType: 'installation',
      targetId: installation.id,
      metadata: { slug: installation.listing.slug, mode: input.mode, dashboards: dashboards.count, presets: presets.count },
    });
    await refreshInstallCount(tx, installation.listingId);
    return { dashboards: dashboards.count, presets: presets.count, mode: input.mode };
  });
}
