import 'server-only';
import type { OIDCConfig } from 'next-auth/providers';
import Credentials from 'next-auth/providers/credentials';
import { db } from '@/lib/db';
import { decryptSecret } from '@/lib/secret-box';
import { redeemSamlTicket } from '@/server/sso/saml-sign-in';

/** Auth.js provider ids of SSO connections: `sso-<connection id>`. */
export const SSO_PROVIDER_PREFIX = 'sso-';

export function ssoProviderId(connectionId: string): string {
  return `${SSO_PROVIDER_PREFIX}${connectionId}`;
}

export function connectionIdOfProvider(providerId: string): string | null {
  return providerId.startsWith(SSO_PROVIDER_PREFIX) ? providerId.slice(SSO_PROVIDER_PREFIX.length) : null;
}

interface OidcProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  picture?: string;
}

const CACHE_MS = 3_000;
type SsoProvider = OIDCConfig<OidcProfile> | ReturnType<typeof Credentials>;
let cache: { at: number; providers: SsoProvider[] } | undefined;

/**
 * One generic OIDC provider per partner connection, built from the database at request time (Auth.js lazy
 * config), so a connection added in the portal works without a restart. Issuer discovery, PKCE, state and nonce.
 * A connection whose secret cannot be decrypted is left out (it shows as broken on the SSO page) rather than
 * breaking sign-in for everyone.
 */
export async function ssoProviders(): Promise<SsoProvider[]> {
  if (cache && Date.now() - cache.at < CACHE_MS) return cache.providers;
  const connections = await db.ssoConnection.findMany({
    where: { OR: [{ kind: 'oidc', issuer: { not: null }, clientId: { not: null } }, { kind: 'saml' }] },
    select: { id: true, kind: true, name: true, issuer: true, clientId: true, clientSecretEncrypted: true },
  });
  const providers: SsoProvider[] = [];
  for (const c of connections) {
    if (c.kind === 'saml') {
      providers.push(samlTicketProvider(c));
      continue;
    }
    let clientSecret: string | undefined;
    try {
      clientSecret = c.clientSecretEncrypted ? decryptSecret(c.clientSecretEncrypted) : undefined;
    } catch {
      continue;
    }
    providers.push(oidcProvider({ id: c.id, name: c.name, issuer: c.issuer ?? '', clientId: c.clientId ?? '', clientSecret }));
  }
  cache = { at: Date.now(), providers };
  return providers;
}

/**
 * A SAML connection's Auth.js provider. The SAML exchange itself happens at /api/auth/saml/<id>/acs, which
 * verifies the IdP's signed response and hands Auth.js a random single-use ticket (stored hashed, 60 s); this
 * provider redeems it. A forged or replayed ticket, or one of another connection, signs nobody in.
 */
function samlTicketProvider(c: { id: string; name: string }) {
  return Credentials({
    id: ssoProviderId(c.id),
    name: c.name,
    credentials: { ticket: { type: 'text' } },
    async authorize(credentials) {
      const ticket = typeof credentials?.ticket === 'string' ? credentials.ticket : '';
      if (!/^[\w-]{43}$/.test(ticket)) return null;
      return redeemSamlTicket(c.id, ticket);
    },
  });
}

export function forgetSsoProviders(): void {
  cache = undefined;
}

export function oidcProvider(c: { id: string; name: string; issuer: string; clientId: string; clientSecret: string | undefined }): OIDCConfig<OidcProfile> {
  return {
    id: ssoProviderId(c.id),
    name: c.name,
    type: 'oidc',
    issuer: c.issuer.replace(/\/$/, ''),
    clientId: c.clientId,
    ...(c.clientSecret ? { clientSecret: c.clientSecret } : {}),
    checks: ['pkce', 'state', 'nonce'],
    authorization: { params: { scope: 'openid email profile' } },
    // The connection's domains are verified to belong to the partner, so an SSO login may take over the
    // seeded/invited user of the same email (checked again in the signIn callback).
    allowDangerousEmailAccountLinking: true,
    profile(profile) {
      return { id: profile.sub, email: profile.email?.toLowerCase(), name: profile.name ?? profile.email ?? null, image: profile.picture ?? null };
    },
  };
}
