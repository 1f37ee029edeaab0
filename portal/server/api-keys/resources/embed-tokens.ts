import 'server-only';
import type { z } from 'zod';
import { z as zod } from 'zod';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { decryptSecret } from '@/lib/secret-box';
import { appMayGrant } from '@/server/embed/context';
import { mintEmbedToken } from '@/server/embed/mint-token';
import type { EmbedTokenRequestSchema } from './schemas';
import { findPartnerTenant } from './tenants';

/** POST /api/v1/embed-tokens: mints a token for the partner's own backend, checked as verification will check it. */
export async function issueEmbedToken(db: Db, partnerId: string, input: z.infer<typeof EmbedTokenRequestSchema>, portalOrigin: string) {
  const tenant = await findPartnerTenant(db, partnerId, input.tenant);
  const app = input.embedAppId
    ? await db.embedApp.findFirst({ where: { id: input.embedAppId, partnerId, revokedAt: null } })
    : await db.embedApp.findFirst({ where: { partnerId, revokedAt: null }, orderBy: { createdAt: 'asc' } });
  if (!app) throw new AppError('NOT_FOUND', input.embedAppId ? 'No such active embed app.' : 'Create an embed app first.');
  const allowed = zod.array(zod.string()).catch([]).parse(app.allowedScopes);
  const refused = input.scopes.filter((s) => !appMayGrant(allowed, s));
  if (refused.length) throw new AppError('SCOPE_FORBIDDEN', `The embed app may not grant: ${refused.join(', ')}.`);
  const { token, expiresAt } = await mintEmbedToken({
    appId: app.id,
    secret: decryptSecret(app.secretEncrypted),
    viewerId: input.viewerId,
    tenant: tenant.id,
    scopes: input.scopes,
    ...(input.filters ? { filters: input.filters } : {}),
    ...(input.locale ? { locale: input.locale } : {}),
    ...(input.currency ? { currency: input.currency } : {}),
    ...(input.ttlSeconds ? { ttlSeconds: input.ttlSeconds } : {}),
  });
  return { token, expiresAt: expiresAt.toISOString(), embedAppId: app.id, apiBase: `${portalOrigin}/api/embed/v1` };
}
