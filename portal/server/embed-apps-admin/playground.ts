import 'server-only';
import { z } from 'zod';
import { CHANNELS, EMBED_SCOPES, type EmbedScope } from '@stratum/contract';
import { decodeJwt } from 'jose';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/server/audit/record';
import type { ActionContext } from '@/server/tenancy/action';
import { appMayGrant } from '@/server/embed/context';
import { embedAppSecret } from './embed-apps';
import { mintPortalToken } from './portal-token';

export const PlaygroundSchema = z.object({
  appId: z.string().min(1).max(40),
  tenantId: z.string().min(1).max(40),
  scopes: z.array(z.enum([...EMBED_SCOPES, 'dashboards:*'])).min(1, 'Pick at least one scope.'),
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length),
});

/** Mints a real token with the chosen app (its own secret), scopes and row filters; returns it with its claims. */
export async function mintPlaygroundToken(ctx: ActionContext, input: z.infer<typeof PlaygroundSchema>) {
  const app = await embedAppSecret(ctx, input.appId);
  const refused = input.scopes.filter((s) => !appMayGrant(app.scopes, s as EmbedScope));
  if (refused.length) throw new AppError('VALIDATION_FAILED', `This app may not grant ${refused.join(', ')}.`, { issues: [{ path: 'scopes', message: 'Not allowed for this app.' }] });
  const minted = await mintPortalToken(ctx, input.tenantId, { appId: app.id, scopes: input.scopes as EmbedScope[], ...(input.channels.length ? { filters: { channels: input.channels } } : {}) });
  await recordAudit({ partnerId: ctx.partner.id, tenantId: input.tenantId, actor: ctx.actor, action: 'embed_token.minted', target: { type: 'embed_app', id: app.id }, metadata: { scopes: input.scopes, channels: input.channels, via: 'playground' }, ip: ctx.ip, userAgent: ctx.userAgent });
  return { ...minted, claims: decodeJwt(minted.token) };
}
