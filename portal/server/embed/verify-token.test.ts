import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '@stratum/contract';
import { AppError } from '@/lib/errors';
import { APP_ORIGIN, createEmbedApp, createPartner, createTenant, type FixtureApp } from '../../../tests/embed-api/support/fixtures';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db';
import type { RequestOriginInfo } from './origin-policy';
import { invalidateEmbedAppCache, LOOKUP_TTL_MS, verifyEmbedToken } from './verify-token';

const NOW = new Date('2026-11-26T12:00:00.000Z');
const nowSeconds = Math.floor(NOW.getTime() / 1000);
const fromApp: RequestOriginInfo = { origin: APP_ORIGIN, secFetchSite: 'cross-site', hasCookie: false, selfOrigin: 'http://localhost:3000' };

let t: TestDb;
let app: FixtureApp;
let narrowApp: FixtureApp;
let revokedApp: FixtureApp;
let rotatedApp: FixtureApp;
let tenantA: { id: string; slug: string };
let tenantOfB: { id: string; slug: string };
const OLD_SECRET = 'esk_previous-secret-still-in-its-overlap-window';

beforeAll(async () => {
  t = await createTestDb();
  const partnerA = await createPartner(t.db, 'agency-a');
  const partnerB = await createPartner(t.db, 'agency-b');
  tenantA = await createTenant(t.db, partnerA.id, 'acme', { currency: 'EUR', locale: 'de-DE' });
  tenantOfB = await createTenant(t.db, partnerB.id, 'globex');
  app = await createEmbedApp(t.db, partnerA.id);
  narrowApp = await createEmbedApp(t.db, partnerA.id, { scopes: ['dashboards:*'] });
  revokedApp = await createEmbedApp(t.db, partnerA.id, { revokedAt: new Date(NOW.getTime() - 1000) });
  rotatedApp = await createEmbedApp(t.db, partnerA.id, { previousSecret: { secret: OLD_SECRET, expiresAt: new Date(NOW.getTime() + 3600_000) } });
});

afterAll(async () => {
  await t?.drop();
});

interface SignOptions {
  appId?: string;
  secret?: string;
  alg?: 'HS256' | 'HS384' | 'HS512';
  claims?: Record<string, unknown>;
  iat?: number;
  exp?: number;
  nbf?: number;
}

function sign(opts: SignOptions = {}): Promise<string> {
  const iat = opts.iat ?? nowSeconds;
  const jwt = new SignJWT({ tenant: tenantA.id, scopes: ['dashboards:*'], ...opts.claims })
    .setProtectedHeader({ alg: opts.alg ?? 'HS256', typ: 'JWT' })
    .setIssuer(opts.appId ?? app.id)
    .setSubject('viewer-1')
    .setIssuedAt(iat)
    .setExpirationTime(opts.exp ?? iat + 600);
  if (opts.nbf !== undefined) jwt.setNotBefore(opts.nbf);
  return jwt.sign(new TextEncoder().encode(opts.secret ?? app.secret));
}

function b64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

async function rejection(token: string, origin: RequestOriginInfo = fromApp): Promise<{ code: ErrorCode; status: number }> {
  try {
    await verifyEmbedToken(t.db, token, origin, NOW);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const { code, status } = error as AppError;
    return { code, status };
  }
  throw new Error('the token was accepted');
}

describe('verifyEmbedToken accepts', () => {
  it('a valid token and builds the context from the tenant and claims', async () => {
    const token = await sign({ claims: { filters: { channels: ['meta'] }, currency: 'GBP' } });
    const ctx = await verifyEmbedToken(t.db, token, fromApp, NOW);
    expect(ctx).toMatchObject({
      tenantId: tenantA.id,
      viewerId: 'viewer-1',
      scopes: ['dashboards:*'],
      rowFilters: { channels: ['meta'] },
      currency: 'GBP',
      locale: 'de-DE',
      app: { id: app.id },
    });
    expect(ctx.tenant.currency).toBe('EUR');
  });

  it('a tenant named by slug', async () => {
    const ctx = await verifyEmbedToken(t.db, await sign({ claims: { tenant: 'acme' } }), fromApp, NOW);
    expect(ctx.tenantId).toBe(tenantA.id);
  });

  it('an exp just past, within the clock tolerance', async () => {
    const token = await sign({ iat: nowSeconds - 600, exp: nowSeconds - 10 });
    await expect(verifyEmbedToken(t.db, token, fromApp, NOW)).resolves.toBeDefined();
  });

  it('the previous secret during its overlap window', async () => {
    const token = await sign({ appId: rotatedApp.id, secret: OLD_SECRET });
    await expect(verifyEmbedToken(t.db, token, fromApp, NOW)).resolves.toBeDefined();
  });

  it('dashboard:<id> from an app that may grant dashboards:*', async () => {
    const token = await sign({ appId: narrowApp.id, secret: narrowApp.secret, claims: { scopes: ['dashboard:abc'] } });
    await expect(verifyEmbedToken(t.db, token, fromApp, NOW)).resolves.toMatchObject({ scopes: ['dashboard:abc'] });
  });

  it('a server-to-server call without Origin, Sec-Fetch-Site or cookies', async () => {
    const origin = { origin: null, secFetchSite: null, hasCookie: false, selfOrigin: 'http://localhost:3000' };
    await expect(verifyEmbedToken(t.db, await sign(), origin, NOW)).resolves.toBeDefined();
  });
});

describe('verifyEmbedToken rejects with 401 and a reason', () => {
  const cases: [string, () => Promise<string>, ErrorCode, RequestOriginInfo?][] = [
    ['garbage', async () => 'not-a-jwt', 'TOKEN_MALFORMED'],
    ['a bad signature', () => sign({ secret: 'esk_someone-elses-secret-of-sufficient-length' }), 'TOKEN_BAD_SIGNATURE'],
    ['a tampered payload', async () => {
      const [h, , s] = (await sign()).split('.');
      return `${h}.${b64url({ iss: app.id, sub: 'x', tenant: tenantOfB.id, scopes: ['dashboards:*'], iat: nowSeconds, exp: nowSeconds + 60 })}.${s}`;
    }, 'TOKEN_BAD_SIGNATURE'],
    ['alg none', async () => `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ iss: app.id, sub: 'x', tenant: tenantA.id, scopes: [], iat: nowSeconds, exp: nowSeconds + 60 })}.`, 'TOKEN_ALGORITHM'],
    ['HS512', () => sign({ alg: 'HS512' }), 'TOKEN_ALGORITHM'],
    ['RS256', async () => {
      const { privateKey } = await generateKeyPair('RS256');
      return new SignJWT({ tenant: tenantA.id, scopes: [] }).setProtectedHeader({ alg: 'RS256' }).setIssuer(app.id).setSubject('x').setIssuedAt(nowSeconds).setExpirationTime(nowSeconds + 60).sign(privateKey);
    }, 'TOKEN_ALGORITHM'],
    ['an expired token', () => sign({ iat: nowSeconds - 900, exp: nowSeconds - 120 }), 'TOKEN_EXPIRED'],
    ['nbf in the future', () => sign({ nbf: nowSeconds + 300 }), 'TOKEN_NOT_YET_VALID'],
    ['iat in the future', () => sign({ iat: nowSeconds + 300, exp: nowSeconds + 600 }), 'TOKEN_NOT_YET_VALID'],
    ['a lifetime over 15 minutes', () => sign({ iat: nowSeconds, exp: nowSeconds + 15 * 60 + 1 }), 'TOKEN_LIFETIME'],
    ['an unknown app', () => sign({ appId: 'no-such-app' }), 'APP_UNKNOWN'],
    ['a revoked app', () => sign({ appId: revokedApp.id, secret: revokedApp.secret }), 'APP_REVOKED'],
    ['the previous secret after its window', async () => {
      const partner = await t.db.embedApp.findUniqueOrThrow({ where: { id: rotatedApp.id } });
      const expired = await createEmbedApp(t.db, partner.partnerId, { previousSecret: { secret: OLD_SECRET, expiresAt: new Date(NOW.getTime() - 1000) } });
      return sign({ appId: expired.id, secret: OLD_SECRET });
    }, 'TOKEN_BAD_SIGNATURE'],
    ['a tenant of another partner (by id)', () => sign({ claims: { tenant: tenantOfB.id } }), 'TENANT_FORBIDDEN'],
    ['a tenant of another partner (by slug)', () => sign({ claims: { tenant: tenantOfB.slug } }), 'TENANT_FORBIDDEN'],
    ['a scope the app may not grant', () => sign({ appId: narrowApp.id, secret: narrowApp.secret, claims: { scopes: ['dashboards:*', 'export'] } }), 'SCOPE_FORBIDDEN'],
    ['an unknown scope', () => sign({ claims: { scopes: ['admin'] } }), 'TOKEN_MALFORMED'],
    ['a row filter with an unknown key', () => sign({ claims: { filters: { channel: ['meta'] } } }), 'TOKEN_MALFORMED'],
    ['a row filter with an unknown channel', () => sign({ claims: { filters: { channels: ['myspace'] } } }), 'TOKEN_MALFORMED'],
    ['no tenant claim', () => sign({ claims: { tenant: undefined } }), 'TOKEN_MALFORMED'],
    ['an origin the app does not allow', () => sign(), 'ORIGIN_NOT_ALLOWED', { ...fromApp, origin: 'https://evil.test' }],
    ['an origin differing only in port', () => sign(), 'ORIGIN_NOT_ALLOWED', { ...fromApp, origin: `${APP_ORIGIN}:8443` }],
    ['the opaque origin "null"', () => sign(), 'ORIGIN_NOT_ALLOWED', { ...fromApp, origin: 'null' }],
    ['no Origin on a cross-site browser request', () => sign(), 'ORIGIN_NOT_ALLOWED', { ...fromApp, origin: null }],
    ['no Origin but cookies', () => sign(), 'ORIGIN_NOT_ALLOWED', { origin: null, secFetchSite: null, hasCookie: true, selfOrigin: 'http://localhost:3000' }],
    ['a same-origin call from a portal the app does not list', () => sign(), 'ORIGIN_NOT_ALLOWED', { origin: null, secFetchSite: 'same-origin', hasCookie: true, selfOrigin: 'http://localhost:3000' }],
  ];

  for (const [name, token, code, origin] of cases) {
    it(name, async () => {
      expect(await rejection(await token(), origin)).toEqual({ code, status: 401 });
    });
  }
});

describe('verifyEmbedToken caches lookups', () => {
  it('keeps answering from a stale app while one lookup refreshes it, and a revocation applies at once', async () => {
    const partner = await t.db.embedApp.findUniqueOrThrow({ where: { id: app.id } });
    const cachedApp = await createEmbedApp(t.db, partner.partnerId);
    const token = () => sign({ appId: cachedApp.id, secret: cachedApp.secret, claims: { jti: `t-${Math.random()}` } });
    const realNow = Date.now;
    let clock = realNow();
    Date.now = () => clock;
    try {
      await verifyEmbedToken(t.db, await token(), fromApp, NOW);
      // Revoked behind the cache's back (another instance): within one TTL the cache still answers...
      await t.db.embedApp.update({ where: { id: cachedApp.id }, data: { revokedAt: new Date(NOW.getTime() - 1000) } });
      clock += LOOKUP_TTL_MS / 2;
      await expect(verifyEmbedToken(t.db, await token(), fromApp, NOW)).resolves.toMatchObject({ app: { id: cachedApp.id } });
      // ...past it, the stale entry answers once while a refresh runs; the refreshed one rejects.
      clock += LOOKUP_TTL_MS;
      await expect(verifyEmbedToken(t.db, await token(), fromApp, NOW)).resolves.toMatchObject({ app: { id: cachedApp.id } });
      await new Promise((r) => setTimeout(r, 100));
      expect(await rejection(await token())).toEqual({ code: 'APP_REVOKED', status: 401 });
      // Past two TTLs nothing stale is used; and an invalidation (embed-apps.ts calls it) applies at once.
      await t.db.embedApp.update({ where: { id: cachedApp.id }, data: { revokedAt: null } });
      clock += LOOKUP_TTL_MS * 3;
      await expect(verifyEmbedToken(t.db, await token(), fromApp, NOW)).resolves.toBeDefined();
      await t.db.embedApp.update({ where: { id: cachedApp.id }, data: { revokedAt: new Date(NOW.getTime() - 1000) } });
      invalidateEmbedAppCache(cachedApp.id);
      expect(await rejection(await token())).toEqual({ code: 'APP_REVOKED', status: 401 });
    } finally {
      Date.now = realNow;
    }
  });
});
