import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/server/audit/record';
import type { ActionContext } from '@/server/tenancy/action';
import type { PartnerContext } from '@/server/tenancy/membership';
import { normalizeThemeLayer, resolveTheme, ThemeFieldsSchema, type ResolvedTheme, type ThemeFields } from './theme-schema';

const THEME_SELECT = Object.fromEntries(Object.keys(ThemeFieldsSchema.shape).map((k) => [k, true])) as Record<keyof ThemeFields, true>;

export const SaveThemeSchema = z.object({ tenantId: z.string().max(40).nullable(), fields: ThemeFieldsSchema });

async function tenantOfPartner(ctx: PartnerContext, tenantId: string) {
  const tenant = await db.tenant.findFirst({ where: { id: tenantId, partnerId: ctx.partner.id }, select: { id: true, name: true } });
  if (!tenant) throw new AppError('NOT_FOUND', 'No such client.');
  return tenant;
}

/** The partner's theme, a tenant's override (when asked) and the result the widgets get. */
export async function themeLayers(ctx: PartnerContext, tenantId: string | null): Promise<{ partner: ThemeFields | null; tenant: ThemeFields | null; resolved: ResolvedTheme }> {
  if (tenantId) await tenantOfPartner(ctx, tenantId);
  const [partner, tenant] = await Promise.all([
    db.theme.findFirst({ where: { partnerId: ctx.partner.id }, select: THEME_SELECT }),
    tenantId ? db.theme.findFirst({ where: { tenantId, tenant: { partnerId: ctx.partner.id } }, select: THEME_SELECT }) : null,
  ]);
  const p = normalizeThemeLayer(partner);
  const t = normalizeThemeLayer(tenant);
  return { partner: p, tenant: t, resolved: resolveTheme({ brandName: ctx.partner.name }, p, t) };
}

/** The theme a tenant's viewers see (partner default, then the tenant's override). */
export async function resolvedThemeForTenant(partnerId: string, partnerName: string, tenantId: string): Promise<ResolvedTheme> {
  const [partner, tenant] = await Promise.all([
    db.theme.findFirst({ where: { partnerId }, select: THEME_SELECT }),
    db.theme.findFirst({ where: { tenantId, tenant: { partnerId } }, select: THEME_SELECT }),
  ]);
  return resolveTheme({ brandName: partnerName }, partner, tenant);
}

/** Saves the partner theme (tenantId null) or a tenant override; null fields inherit. Audited with the changed fields. */
export async function saveTheme(ctx: ActionContext, input: z.infer<typeof SaveThemeSchema>) {
  if (input.tenantId) await tenantOfPartner(ctx, input.tenantId);
  if (input.fields.logoAssetId) {
    const asset = await db.asset.findFirst({ where: { id: input.fields.logoAssetId, partnerId: ctx.partner.id }, select: { id: true } });
    if (!asset) throw new AppError('VALIDATION_FAILED', 'Upload the logo again.', { issues: [{ path: 'logoAssetId', message: 'Unknown logo.' }] });
  }
  const where = input.tenantId ? { tenantId: input.tenantId } : { partnerId: ctx.partner.id };
  const before = normalizeThemeLayer(await db.theme.findFirst({ where, select: THEME_SELECT }));
  const changed = (Object.keys(input.fields) as (keyof ThemeFields)[]).filter((k) => (before?.[k] ?? null) !== (input.fields[k] ?? null));
  const theme = before
    ? await db.theme.update({ where: input.tenantId ? { tenantId: input.tenantId } : { partnerId: ctx.partner.id }, data: input.fields, select: { id: true } })
    : await db.theme.create({ data: { ...where, ...input.fields }, select: { id: true } });
  await recordAudit({ partnerId: ctx.partner.id, tenantId: input.tenantId, actor: ctx.actor, action: 'theme.updated', target: { type: 'theme', id: theme.id }, metadata: { scope: input.tenantId ? 'tenant' : 'partner', changed }, ip: ctx.ip, userAgent: ctx.userAgent });
  return { id: theme.id, changed };
}
