import { SignJWT } from 'jose';
import type { FixtureApp } from './fixtures.ts';

export interface TokenOverrides {
  app?: FixtureApp;
  tenant?: string;
  scopes?: string[];
  filters?: Record<string, unknown>;
  currency?: string;
  iat?: number;
  exp?: number;
  secret?: string;
}

/** Signs an embed token the way a partner's backend would. */
export function mintTestToken(options: TokenOverrides & { app: FixtureApp; tenant: string }): Promise<string> {
  const iat = options.iat ?? Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = { tenant: options.tenant, scopes: options.scopes ?? ['dashboards:*', 'export', 'recommendations', 'recommendations:apply', 'copilot'] };
  if (options.filters) claims.filters = options.filters;
  if (options.currency) claims.currency = options.currency;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(options.app.id)
    .setSubject('viewer-1')
    .setIssuedAt(iat)
    .setExpirationTime(options.exp ?? iat + 600)
    .sign(new TextEncoder().encode(options.secret ?? options.app.secret));
}
