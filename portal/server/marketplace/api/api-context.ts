import 'server-only';
import { db, dbKind } from '@/lib/db';
import type { ApiContext } from '@/server/api-keys/with-api-key';
import type { ApiScope } from '@/server/api-keys/scopes';
import type { MarketplaceContext } from '../context';
import { portalMailer } from '../notify/mailer';

/**
 * Scopes of the marketplace's REST routes. (To be added to API_SCOPES in portal/server/api-keys/scopes.ts; until
 * then they are checked the same way — a key holding "*" or the exact scope passes.)
 */
export const LISTING_SCOPES = {
  read: 'listings:read' as ApiScope,
  submit: 'listings:write' as ApiScope,
  install: 'listings:install' as ApiScope,
};

/** An API key acts for its partner with the scope as its permission (role admin within the marketplace). */
export function marketplaceContextFromApiKey(api: ApiContext, request: Request): MarketplaceContext {
  return {
    db,
    dbKind: dbKind(),
    actor: { type: 'api_key', apiKeyId: api.keyId, label: api.keyPrefix },
    partnerId: api.partnerId,
    role: 'admin',
    isPlatformAdmin: false,
    ip: request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? null,
    userAgent: request.headers.get('user-agent'),
    mailer: portalMailer(),
  };
}
