import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/db';
import { AppError, toResponse } from '@/lib/errors';
import { jsonResponse } from '@/lib/fast-lane-protocol';
import { requestIdOf, routeInput, type RouteInput } from '@/lib/http';
import { consumeEmbedRequest } from '@/server/rate-limit/limits';
import { hasScope, type EmbedContext, type RequiredScope } from './context';
import { corsHeaders, embedPreflightResponse, isKnownEmbedOrigin } from './cors';
import { originInfoOf } from './origin-policy';
import { verifyEmbedToken } from './verify-token';

/** What an embed route handler receives: the verified context and validated-input helpers. */
export interface EmbedRequest<P> extends RouteInput<P> {
  embed: EmbedContext;
}

export interface WithEmbedOptions<P> {
  /** Scope the token must carry (a list: any one of them); "dashboards" = any dashboard scope. */
  scope?: RequiredScope | readonly RequiredScope[];
  /** Validates the route params (Next passes them as a Promise). */
  params?: z.ZodType<P>;
}

/** Next's route handler shape; `params` is a Promise since Next 15. */
export type RouteHandler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;

export function bearerToken(request: Request): string {
  const header = request.headers.get('authorization');
  if (!header) throw new AppError('TOKEN_MISSING', 'Send the embed token as "Authorization: Bearer <token>".');
  const match = /^Bearer\s+([\w-]+\.[\w-]*\.[\w-]*)\s*$/i.exec(header);
  if (!match?.[1]) throw new AppError('TOKEN_MALFORMED', 'The Authorization header must be "Bearer <jwt>".');
  return match[1];
}

/**
 * Wraps every embed API route: verifies the token (→ 401 with a reason), checks the route's scope (→ 403),
 * applies the rate limit (→ 429), answers with CORS headers for the token's own allowed origin, validates
 * input with zod and maps every error to an ApiErrorBody. Handlers return a Response or a JSON-able value.
 */
export function withEmbed<P = Record<string, never>>(
  handler: (req: EmbedRequest<P>) => Promise<Response | object>,
  options: WithEmbedOptions<P> = {},
): RouteHandler {
  return async (request, context) => {
    const requestId = requestIdOf(request);
    const origin = request.headers.get('origin');
    let embed: EmbedContext | undefined;
    try {
      embed = await verifyEmbedToken(db, bearerToken(request), originInfoOf(request));
      if (options.scope && !hasScope(embed, options.scope)) {
        throw new AppError('SCOPE_FORBIDDEN', `This embed token lacks the "${[options.scope].flat().join('" or "')}" scope.`);
      }
      await consumeEmbedRequest(`${embed.app.id}:${embed.tenantId}`);
      const result = await handler({ ...(await routeInput(request, context, requestId, options.params)), embed });
      const headers = corsHeaders(origin, origin !== null);
      headers.set('X-Request-Id', requestId);
      if (result instanceof Response) {
        for (const [key, value] of headers) if (!result.headers.has(key)) result.headers.set(key, value);
        return result;
      }
      headers.set('Cache-Control', 'private, no-store');
      return jsonResponse(request, result, { headers });
    } catch (error) {
      // A verified token's origin is allowed by its app; otherwise only origins some embed app lists may read the error.
      const readable = origin !== null && (embed !== undefined || (await isKnownEmbedOrigin(db, origin).catch(() => false)));
      const headers = corsHeaders(origin, readable);
      headers.set('X-Request-Id', requestId);
      return toResponse(error, { requestId, headers });
    }
  };
}

/** The OPTIONS export of every embed route. */
export const embedPreflight = (request: Request): Promise<Response> => embedPreflightResponse(db, request);
