import 'server-only';
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { EmbedScope, RowFilters } from '@stratum/contract';
import { EMBED_TOKEN_ALGORITHM, MAX_TOKEN_LIFETIME_SECONDS, embedSecretKey } from './verify-token';

export interface MintEmbedTokenInput {
  appId: string;
  secret: string;
  viewerId: string;
  tenant: string;
  scopes: EmbedScope[];
  filters?: RowFilters;
  locale?: string;
  currency?: string;
  /** Default 10 minutes; capped at 15. */
  ttlSeconds?: number;
  now?: Date;
}

/** Signs an embed token exactly as a partner's backend would (HS256 with the embed app's secret). */
export async function mintEmbedToken(input: MintEmbedTokenInput): Promise<{ token: string; expiresAt: Date }> {
  const iat = Math.floor((input.now ?? new Date()).getTime() / 1000);
  const exp = iat + Math.min(input.ttlSeconds ?? 600, MAX_TOKEN_LIFETIME_SECONDS);
  const claims: Record<string, unknown> = { tenant: input.tenant, scopes: input.scopes };
  if (input.filters && (input.filters.channels || input.filters.campaignIds)) claims.filters = input.filters;
  if (input.locale) claims.locale = input.locale;
  if (input.currency) claims.currency = input.currency;
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: EMBED_TOKEN_ALGORITHM, typ: 'JWT' })
    .setIssuer(input.appId)
    .setSubject(input.viewerId)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .setJti(randomUUID())
    .sign(embedSecretKey(input.secret));
  return { token, expiresAt: new Date(exp * 1000) };
}
