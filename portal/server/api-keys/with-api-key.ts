import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError, toResponse } from '@/lib/errors';
import { requestIdOf, routeInput, type RouteInput } from '@/lib/http';
import { consumeApiRequest } from '@/server/rate-limit/limits';
import { hashApiKey } from './keys';
import { keyHasScope, type ApiScope } from './scopes';

/** Who is calling the REST API: a partner, through one of its API keys. */
export interface ApiContext {
  partnerId: string;
  keyId: string;
  keyPrefix: string;
  scopes: string[];
}

export interface ApiRequest<P> extends RouteInput<P> {
  api: ApiContext;
}

/** A 10,000-row metric batch is about 2 MB of JSON. */
const MAX_BATCH_BODY_BYTES = 20 * 1024 * 1024;

/** Recording last use at most once a minute per key keeps a hot key from writing on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;
const lastUsedWritten = new Map<string, number>();

function markUsed(keyId: string, previous: Date | null): void {
  const now = Date.now();
  const last = Math.max(lastUsedWritten.get(keyId) ?? 0, previous?.getTime() ?? 0);
  if (now - last < LAST_USED_RESOLUTION_MS) return;
  lastUsedWritten.set(keyId, now);
  db.apiKey.update({ where: { id: keyId }, data: { lastUsedAt: new Date(now) } }).catch(() => lastUsedWritten.delete(keyId));
}

export async function authenticateApiKey(request: Request, now = new Date()): Promise<ApiContext> {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(sk_[\w-]{16,200})\s*$/.exec(header);
  if (!match?.[1]) throw new AppError('UNAUTHENTICATED', 'Send an API key as "Authorization: Bearer sk_…".');
  const key = await db.apiKey.findUnique({ where: { hashedKey: hashApiKey(match[1]) } });
  if (!key) throw new AppError('UNAUTHENTICATED', 'This API key is not valid.');
  if (key.revokedAt && key.revokedAt <= now) throw new AppError('UNAUTHENTICATED', 'This API key has been revoked.');
  if (key.expiresAt && key.expiresAt <= now) throw new AppError('UNAUTHENTICATED', 'This API key has expired.');
  markUsed(key.id, key.lastUsedAt);
  return { partnerId: key.partnerId, keyId: key.id, keyPrefix: key.prefix, scopes: z.array(z.string()).catch([]).parse(key.scopes) };
}

/**
 * Wraps every REST API v1 route: API key (→ 401), scope (→ 403), rate limit per key (→ 429 with Retry-After),
 * zod-validated input and one error body for everything.
 */
export function withApiKey<P = Record<string, never>>(
  handler: (req: ApiRequest<P>) => Promise<Response | object>,
  options: { scope: ApiScope; params?: z.ZodType<P>; status?: number },
): (request: Request, context: { params: Promise<unknown> }) => Promise<Response> {
  return async (request, context) => {
    const requestId = requestIdOf(request);
    const headers = new Headers({ 'X-Request-Id': requestId, 'Cache-Control': 'no-store' });
    try {
      const api = await authenticateApiKey(request);
      if (!keyHasScope(api.scopes, options.scope)) throw new AppError('FORBIDDEN', `This API key lacks the "${options.scope}" scope.`);
      await consumeApiRequest(api.keyId);
      const result = await handler({ ...(await routeInput(request, context, requestId, options.params, MAX_BATCH_BODY_BYTES)), api });
      if (result instanceof Response) return result;
      return Response.json(result, { status: options.status ?? 200, headers });
    } catch (error) {
      return toResponse(error, { requestId, headers });
    }
  };
}
