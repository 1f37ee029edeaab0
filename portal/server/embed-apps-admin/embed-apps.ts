import 'server-only';
import { z } from 'zod';
import { EMBED_SCOPES } from '@stratum/contract';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { decryptSecret } from '@/lib/secret-box';
import * as embedApps from '@/server/embed/embed-apps';
import { recordAudit } from '@/server/audit/record';
import type { ActionContext } from '@/server/tenancy/action';
import type { PartnerContext } from '@/server/tenancy/membership';

/** The partner's own embed app that the portal uses for previews (theme editor, builder, playground). */
export const PORTAL_APP_NAME = 'Portal previews (internal)';
export const APP_SCOPES = [...EMBED_SCOPES, 'dashboards:*'] as const;
/** How long the secret before a rotation keeps working, so partners can deploy the new one. */
export const ROTATION_GRACE_HOURS = 24;

const Origin = z
  .string()
  .trim()
  .transform((s, ctx) => {
    try {
      const url = new URL(s);
      if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname.replace(/\/$/, '') !== '' || url.search || url.hash) throw new Error();
      return url.origin;
    } catch {
      ctx.addIssue({ code: 'custom', message: `"${s}" is not an origin like https://app.agency.com (no path).` });
      return z.NEVER;
    }
  });

export const OriginsSchema = z
  .string()
  .max(4000)
  .transform((s) => s.split(/[\s,]+/).filter(Boolean))
  .pipe(z.array(Origin).min(1, 'At least one origin.').max(50))
  .transform((list) => [...new Set(list)]);

export const CreateEmbedAppSchema = z.object({
  name: z.string().trim().min(2, 'At least 2 characters.').max(80),
  origins: OriginsSchema,
  scopes: z.array(z.enum(APP_SCOPES)).min(1, 'Pick at least one scope.'),
});

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export async function listEmbedApps(ctx: PartnerContext) {
  const rows = await db.embedApp.findMany({
    where: { partnerId: ctx.partner.id },
    orderBy: [{ revokedAt: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, name: true, allowedOrigins: true, allowedScopes: true, rotatedAt: true, revokedAt: true, previousSecretExpiresAt: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, allowedOrigins: asList(r.allowedOrigins), allowedScopes: asList(r.allowedScopes), internal: r.name === PORTAL_APP_NAME }));
}

export async function createEmbedApp(ctx: ActionContext, input: z.infer<typeof CreateEmbedAppSchema>) {
  if (input.name === PORTAL_APP_NAME) throw new AppError('CONFLICT', 'That name is reserved.', { issues: [{ path: 'name', message: 'Reserved.' }] });
  const app = await embedApps.createEmbedApp(db, ctx.partner.id, { name: input.name, allowedOrigins: input.origins, allowedScopes: input.scopes });
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'embed_app.created', target: { type: 'embed_app', id: app.id }, metadata: { name: input.name, origins: input.origins, scopes: input.scopes }, ip: ctx.ip, userAgent: ctx.userAgent });
  return { id: app.id, name: app.name, secret: app.secret };
}

export async function updateEmbedAppOrigins(ctx: ActionContext, appId: string, origins: string[]) {
  const app = await embedApps.updateEmbedApp(db, ctx.partner.id, appId, { allowedOrigins: origins });
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'embed_app.origins_updated', target: { type: 'embed_app', id: app.id }, metadata: { origins: app.allowedOrigins }, ip: ctx.ip, userAgent: ctx.userAgent });
}

/** A new secret, shown once; the old one keeps verifying for ROTATION_GRACE_HOURS. */
export async function rotateEmbedAppSecret(ctx: ActionContext, appId: string) {
  const app = await embedApps.rotateEmbedAppSecret(db, ctx.partner.id, appId, ROTATION_GRACE_HOURS * 3600);
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'embed_app.secret_rotated', target: { type: 'embed_app', id: app.id }, metadata: { name: app.name, graceHours: ROTATION_GRACE_HOURS }, ip: ctx.ip, userAgent: ctx.userAgent });
  return { secret: app.secret };
}

export async function revokeEmbedApp(ctx: ActionContext, appId: string) {
  const current = await embedApps.getEmbedApp(db, ctx.partner.id, appId);
  if (current.name === PORTAL_APP_NAME) throw new AppError('UNPROCESSABLE', 'The portal needs this app for previews.');
  const app = await embedApps.revokeEmbedApp(db, ctx.partner.id, appId);
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'embed_app.revoked', target: { type: 'embed_app', id: app.id }, metadata: { name: app.name }, ip: ctx.ip, userAgent: ctx.userAgent });
}

/** The secret of an app, for minting tokens server-side (the playground). */
export async function embedAppSecret(ctx: PartnerContext, appId: string): Promise<{ id: string; secret: string; scopes: string[] }> {
  const app = await db.embedApp.findFirst({ where: { id: appId, partnerId: ctx.partner.id, revokedAt: null }, select: { id: true, secretEncrypted: true, allowedScopes: true } });
  if (!app) throw new AppError('NOT_FOUND', 'No such active embed app.');
  return { id: app.id, secret: decryptSecret(app.secretEncrypted), scopes: asList(app.allowedScopes) };
}

/** The portal's internal app of a partner, created on first use, with the portal's origin allowed. */
export async function portalEmbedApp(partnerId: string, portalOrigin: string): Promise<{ id: string; secret: string }> {
  const existing = await db.embedApp.findFirst({ where: { partnerId, name: PORTAL_APP_NAME, revokedAt: null }, select: { id: true, secretEncrypted: true, allowedOrigins: true } });
  if (existing) {
    const origins = asList(existing.allowedOrigins);
    if (!origins.includes(portalOrigin)) await embedApps.updateEmbedApp(db, partnerId, existing.id, { allowedOrigins: [...origins, portalOrigin] });
    return { id: existing.id, secret: decryptSecret(existing.secretEncrypted) };
  }
  const app = await embedApps.createEmbedApp(db, partnerId, { name: PORTAL_APP_NAME, allowedOrigins: [portalOrigin], allowedScopes: [...APP_SCOPES] });
  return { id: app.id, secret: app.secret };
}
