import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { normalizeOrigin } from './origin-policy';

const ALLOW_HEADERS = 'Authorization, Content-Type, X-Request-Id';
const ALLOW_METHODS = 'GET, POST, OPTIONS';
const EXPOSE_HEADERS = 'Retry-After, X-Request-Id, Content-Disposition, X-RateLimit-Remaining';
const KNOWN_ORIGINS_TTL_MS = 10_000;

let knownOrigins: { at: number; origins: Set<string> } | undefined;

/**
 * Origins listed by any unrevoked embed app. A preflight carries no token, so it can only be answered from this
 * union; the real request is then checked against its own app's list (verifyEmbedToken). Error bodies carry
 * no data, so they are readable by any known origin, which lets widgets show "token expired" and refresh.
 */
export async function isKnownEmbedOrigin(db: Db, origin: string): Promise<boolean> {
  const normalized = normalizeOrigin(origin);
  if (!normalized) return false;
  const age = knownOrigins ? Date.now() - knownOrigins.at : Infinity;
  if (age > KNOWN_ORIGINS_TTL_MS) {
    loadingOrigins ??= loadKnownOrigins(db).finally(() => (loadingOrigins = undefined));
    // Up to twice the TTL the known set answers while it is reloaded: a preflight never waits for a busy database.
    if (!knownOrigins || age > KNOWN_ORIGINS_TTL_MS * 2) {
      await loadingOrigins;
      if (!knownOrigins) await loadKnownOrigins(db); // that load predated an invalidation
    }
    else loadingOrigins.catch(() => undefined);
  }
  return knownOrigins?.origins.has(normalized) ?? false;
}

let loadingOrigins: Promise<void> | undefined;
let originsEpoch = 0;

async function loadKnownOrigins(db: Db): Promise<void> {
  const startedAt = originsEpoch;
  const apps = await db.embedApp.findMany({ where: { revokedAt: null }, select: { allowedOrigins: true } });
  const origins = new Set<string>();
  for (const app of apps) {
    for (const o of z.array(z.string()).catch([]).parse(app.allowedOrigins)) {
      const n = normalizeOrigin(o);
      if (n) origins.add(n);
    }
  }
  // A load that started before an invalidation may predate the change: it must not be kept.
  if (startedAt === originsEpoch) knownOrigins = { at: Date.now(), origins };
}

/** Forget the cached origins (after an embed app is created, changed or revoked). */
export function invalidateKnownEmbedOrigins(): void {
  originsEpoch += 1;
  knownOrigins = undefined;
  loadingOrigins = undefined;
}

/** CORS headers for an answer to `origin`; no Access-Control-Allow-Origin unless it is allowed. Never credentials. */
export function corsHeaders(origin: string | null, allowed: boolean): Headers {
  const headers = new Headers({ Vary: 'Origin' });
  if (origin && allowed) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  }
  return headers;
}

/** Answers a CORS preflight for an embed route. */
export async function embedPreflightResponse(db: Db, request: Request): Promise<Response> {
  const origin = request.headers.get('origin');
  const allowed = origin !== null && (await isKnownEmbedOrigin(db, origin));
  const headers = corsHeaders(origin, allowed);
  if (allowed) {
    headers.set('Access-Control-Allow-Methods', ALLOW_METHODS);
    headers.set('Access-Control-Allow-Headers', ALLOW_HEADERS);
    headers.set('Access-Control-Max-Age', '600');
  }
  return new Response(null, { status: 204, headers });
}
