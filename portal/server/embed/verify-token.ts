import 'server-only';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';
import { EMBED_TOKEN_MAX_LIFETIME_SECONDS, type EmbedScope, type ErrorCode } from '@stratum/contract';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { decryptSecret } from '@/lib/secret-box';
import { appMayGrant, type EmbedContext } from './context';
import { isOriginAllowed, type RequestOriginInfo } from './origin-policy';
import { EmbedTokenClaimsSchema } from './schemas';

export const EMBED_TOKEN_ALGORITHM = 'HS256';
/** Longest lifetime (exp − iat) a token may claim. */
export const MAX_TOKEN_LIFETIME_SECONDS = EMBED_TOKEN_MAX_LIFETIME_SECONDS;
/** Clock skew tolerated on exp, nbf and iat. */
export const CLOCK_TOLERANCE_SECONDS = 30;

const StringList = z.array(z.string());

function reject(code: ErrorCode, message: string): AppError {
  return new AppError(code, message, { status: 401 });
}

export function embedSecretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** The HMAC key of a secret, as a KeyObject so that it is imported once, not on every verification. */
function hmacKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(embedSecretKey(secret)));
}

/**
 * Embed apps and tenants as verification needs them, cached for a few seconds: at thousands of requests per
 * second the two lookups would otherwise dominate. Changes made through server/embed/embed-apps.ts and tenant
 * updates through the REST API invalidate at once; other writers (and other instances) are seen within LOOKUP_TTL_MS. Between one and two TTLs a cached
 * entry is still used while one background lookup refreshes it, so that a busy database never stalls requests
 * that need no data from it; an invalidation also discards lookups in flight (they could predate it).
 */
export const LOOKUP_TTL_MS = 5_000;
type AppRow = NonNullable<Awaited<ReturnType<Db['embedApp']['findUnique']>>>;
type TenantRow = EmbedContext['tenant'];
interface CachedApp {
  at: number;
  app: AppRow | null;
  /** Null when the app does not exist. */
  secrets: { current: KeyObject; previous: KeyObject | null } | null;
}
const appCache = new Map<string, CachedApp>();
const tenantCache = new Map<string, { at: number; tenant: TenantRow | null }>();
const verifiedTokens = new Map<string, { at: number; context: EmbedContext }>();
const loading = new Map<string, Promise<unknown>>();
const MAX_CACHED = 10_000;
/** Bumped by every invalidation: a lookup that started before it must not store its (possibly stale) answer. */
let epoch = 0;

export function invalidateEmbedAppCache(appId?: string): void {
  if (appId) appCache.delete(appId);
  else appCache.clear();
  invalidateEmbedTenantCache();
}

/** A tenant changed (currency, locale, time zone, trust gate…): verified contexts carry it, so they go too. */
export function invalidateEmbedTenantCache(): void {
  epoch += 1;
  tenantCache.clear();
  verifiedTokens.clear();
  loading.clear();
}

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  cache.delete(key);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

/** A fresh entry; a stale one (< 2 TTL) while a background load refreshes it; else the load itself. Loads are shared. */
function cachedLookup<V extends { at: number }>(kind: 'app' | 'tenant', cache: Map<string, V>, key: string, load: () => Promise<V>): V | Promise<V> {
  const hit = cache.get(key);
  const age = hit ? Date.now() - hit.at : Infinity;
  if (hit && age < LOOKUP_TTL_MS) return hit;
  const flightKey = `${kind}|${key}`;
  let running = loading.get(flightKey) as Promise<V> | undefined;
  if (!running) {
    const startedAt = epoch;
    running = load().then((value) => (startedAt === epoch ? remember(cache, key, value) : value));
    const settled = running.finally(() => loading.get(flightKey) === settled && loading.delete(flightKey));
    settled.catch(() => undefined);
    loading.set(flightKey, settled);
    running = settled;
  }
  if (hit && age < LOOKUP_TTL_MS * 2) {
    running.catch(() => undefined); // the next request retries
    return hit;
  }
  return running;
}

async function lookupApp(db: Db, appId: string): Promise<CachedApp> {
  return cachedLookup('app', appCache, appId, async () => {
    const app = await db.embedApp.findUnique({ where: { id: appId } });
    const secrets = app
      ? { current: hmacKey(decryptSecret(app.secretEncrypted)), previous: app.previousSecretEncrypted ? hmacKey(decryptSecret(app.previousSecretEncrypted)) : null }
      : null;
    return { at: Date.now(), app, secrets };
  });
}

async function lookupTenant(db: Db, partnerId: string, idOrSlug: string): Promise<TenantRow | null> {
  const entry = await cachedLookup('tenant', tenantCache, `${partnerId}|${idOrSlug}`, async () => {
    const tenant = await db.tenant.findFirst({
      where: { partnerId, OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
      select: { id: true, slug: true, name: true, currency: true, locale: true, timezone: true, trustGateThreshold: true },
    });
    return { at: Date.now(), tenant };
  });
  return entry.tenant;
}

/** The app's secrets a token may be signed with now: the current one, and the previous one during its overlap window. */
function activeSecrets({ app, secrets }: CachedApp, now: Date): KeyObject[] {
  if (!secrets) return [];
  const active = [secrets.current];
  if (secrets.previous && app?.previousSecretExpiresAt && app.previousSecretExpiresAt > now) active.push(secrets.previous);
  return active;
}

async function verifySignatureAndTimes(token: string, keys: KeyObject[], now: Date): Promise<JWTPayload> {
  let lastError: unknown;
  for (const key of keys) {
    try {
      const { payload } = await jwtVerify(token, key, {
        algorithms: [EMBED_TOKEN_ALGORITHM],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: now,
        requiredClaims: ['iss', 'sub', 'iat', 'exp'],
      });
      return payload;
    } catch (error) {
      lastError = error;
      // Only a signature mismatch may be retried with the previous secret; anything else is final.
      if ((error as { code?: string }).code !== 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') break;
    }
  }
  throw mapJoseError(lastError);
}

function mapJoseError(error: unknown): AppError {
  const { code, claim } = error as { code?: string; claim?: string };
  switch (code) {
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return reject('TOKEN_BAD_SIGNATURE', 'The embed token signature does not match the embed app secret.');
    case 'ERR_JWT_EXPIRED':
      return reject('TOKEN_EXPIRED', 'The embed token has expired.');
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return reject('TOKEN_ALGORITHM', `Embed tokens must be signed with ${EMBED_TOKEN_ALGORITHM}.`);
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (claim === 'nbf' || claim === 'iat') return reject('TOKEN_NOT_YET_VALID', 'The embed token is not valid yet.');
      return reject('TOKEN_MALFORMED', `The embed token claim "${claim ?? 'unknown'}" is missing or invalid.`);
    default:
      return reject('TOKEN_MALFORMED', 'The embed token is not a valid JWT.');
  }
}

/**
 * Verifies an embed token for a request and returns the context every embed query is scoped by.
 * Checks, in order: the header names HS256; the issuer is a known, unrevoked embed app; the signature (current
 * secret, or the previous one in its overlap window); exp/nbf/iat with a small clock tolerance; lifetime
 * ≤ 15 min; the claims' shape; the tenant belongs to the app's partner; the scopes are ones the app may grant;
 * the request's origin is one the app allows. Every failure is a 401 AppError with a reason code.
 */
export async function verifyEmbedToken(db: Db, token: string, origin: RequestOriginInfo, now = new Date()): Promise<EmbedContext> {
  // A token verified a moment ago for the same origin is taken as is until it expires (at most LOOKUP_TTL_MS).
  const memoKey = `${token}|${origin.origin}|${origin.secFetchSite}|${origin.hasCookie}|${origin.selfOrigin}`;
  const memo = verifiedTokens.get(memoKey);
  if (memo && Date.now() - memo.at < LOOKUP_TTL_MS && memo.context.expiresAt.getTime() + CLOCK_TOLERANCE_SECONDS * 1000 > now.getTime()) return memo.context;
  const startedAt = epoch;
  const context = await verifyUncached(db, token, origin, now);
  if (startedAt === epoch) remember(verifiedTokens, memoKey, { at: Date.now(), context });
  return context;
}

async function verifyUncached(db: Db, token: string, origin: RequestOriginInfo, now: Date): Promise<EmbedContext> {
  let header: { alg?: string };
  let unverified: JWTPayload;
  try {
    header = decodeProtectedHeader(token);
    unverified = decodeJwt(token);
  } catch {
    throw reject('TOKEN_MALFORMED', 'The embed token is not a valid JWT.');
  }
  if (header.alg !== EMBED_TOKEN_ALGORITHM) throw reject('TOKEN_ALGORITHM', `Embed tokens must be signed with ${EMBED_TOKEN_ALGORITHM}.`);
  if (typeof unverified.iss !== 'string' || unverified.iss.length === 0 || unverified.iss.length > 64) {
    throw reject('TOKEN_MALFORMED', 'The embed token has no issuer (iss = the embed app id).');
  }

  const cached = await lookupApp(db, unverified.iss);
  const app = cached.app;
  if (!app) throw reject('APP_UNKNOWN', 'The embed token names an unknown embed app.');
  if (app.revokedAt && app.revokedAt <= now) throw reject('APP_REVOKED', 'The embed app of this token has been revoked.');

  const payload = await verifySignatureAndTimes(token, activeSecrets(cached, now), now);
  const parsed = EmbedTokenClaimsSchema.safeParse(payload);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.map(String).join('.') || '(root)'))].join(', ');
    throw reject('TOKEN_MALFORMED', `The embed token claims are invalid: ${fields}.`);
  }
  const claims = parsed.data;
  if (claims.exp - claims.iat > MAX_TOKEN_LIFETIME_SECONDS) {
    throw reject('TOKEN_LIFETIME', `Embed tokens may live at most ${MAX_TOKEN_LIFETIME_SECONDS / 60} minutes (exp − iat).`);
  }
  if (claims.iat > now.getTime() / 1000 + CLOCK_TOLERANCE_SECONDS) throw reject('TOKEN_NOT_YET_VALID', 'The embed token was issued in the future.');

  const tenant = await lookupTenant(db, app.partnerId, claims.tenant);
  if (!tenant) throw reject('TENANT_FORBIDDEN', 'The embed token names a tenant this embed app may not serve.');

  const allowedScopes = StringList.catch([]).parse(app.allowedScopes);
  const forbidden = claims.scopes.filter((scope: EmbedScope) => !appMayGrant(allowedScopes, scope));
  if (forbidden.length > 0) throw reject('SCOPE_FORBIDDEN', `The embed app may not grant: ${forbidden.join(', ')}.`);

  const allowedOrigins = StringList.catch([]).parse(app.allowedOrigins);
  if (!isOriginAllowed(allowedOrigins, origin)) throw reject('ORIGIN_NOT_ALLOWED', 'This origin may not use tokens of this embed app.');

  return {
    app: { id: app.id, name: app.name, allowedOrigins },
    partnerId: app.partnerId,
    tenantId: tenant.id,
    tenant,
    viewerId: claims.sub,
    scopes: claims.scopes,
    rowFilters: claims.filters ?? {},
    locale: claims.locale ?? tenant.locale,
    currency: claims.currency ?? tenant.currency,
    tokenId: claims.jti,
    expiresAt: new Date(claims.exp * 1000),
  };
}
