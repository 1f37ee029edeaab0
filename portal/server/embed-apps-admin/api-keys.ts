import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/server/audit/record';
import type { ActionContext } from '@/server/tenancy/action';
import type { PartnerContext } from '@/server/tenancy/membership';

import { createApiKey as createKey } from '@/server/api-keys/keys';
import { API_SCOPES } from '@/server/api-keys/scopes';

/** REST API scopes a key may carry: the REST API's own list. */
export const API_KEY_SCOPES = API_SCOPES;

export const CreateApiKeySchema = z.object({
  name: z.string().trim().min(2, 'At least 2 characters.').max(80),
  scopes: z.array(z.enum(API_KEY_SCOPES)).min(1, 'Pick at least one scope.'),
  expiresInDays: z.coerce.number().int().min(0).max(730),
});

export async function listApiKeys(ctx: PartnerContext) {
  const rows = await db.apiKey.findMany({
    where: { partnerId: ctx.partner.id },
    orderBy: [{ revokedAt: 'asc' }, { createdAt: 'desc' }],
    select: { id: true, name: true, prefix: true, scopes: true, expiresAt: true, lastUsedAt: true, revokedAt: true, createdAt: true, createdBy: { select: { email: true } } },
  });
  return rows.map((r) => ({ ...r, scopes: Array.isArray(r.scopes) ? (r.scopes as string[]) : [] }));
}

/** The full key is returned once; only its prefix (to find it) and SHA-256 (to check it) are stored. */
export async function createApiKey(ctx: ActionContext, input: z.infer<typeof CreateApiKeySchema>) {
  const row = await createKey(db, {
    partnerId: ctx.partner.id,
    name: input.name,
    scopes: input.scopes,
    expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    createdById: ctx.user.id,
  });
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'api_key.created', target: { type: 'api_key', id: row.id }, metadata: { name: input.name, prefix: row.prefix, scopes: input.scopes, expiresInDays: input.expiresInDays }, ip: ctx.ip, userAgent: ctx.userAgent });
  return { id: row.id, key: row.key };
}

export async function revokeApiKey(ctx: ActionContext, keyId: string) {
  const key = await db.apiKey.findFirst({ where: { id: keyId, partnerId: ctx.partner.id, revokedAt: null }, select: { id: true, name: true, prefix: true } });
  if (!key) throw new AppError('NOT_FOUND', 'No such active key.');
  await db.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'api_key.revoked', target: { type: 'api_key', id: key.id }, metadata: { name: key.name, prefix: key.prefix }, ip: ctx.ip, userAgent: ctx.userAgent });
}
