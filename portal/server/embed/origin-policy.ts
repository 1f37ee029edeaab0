/**
 * Which request origins an embed app's token is honoured from.
 *
 * - A request with an `Origin` header (browsers send it on every cross-origin fetch and on same-origin
 *   POSTs) must name one of the app's allowed origins exactly (scheme, host and port; "null" never matches).
 * - A request without `Origin`:
 *   - `Sec-Fetch-Site: same-origin` — a same-origin GET from a page of the portal itself: the portal's own
 *     origin must be among the app's allowed origins (the portal's internal embed app lists it);
 *   - no `Sec-Fetch-*` header and no `Cookie` — a server-to-server call (the partner's backend, curl, tests):
 *     allowed, since such a caller could set any Origin it liked anyway;
 *   - anything else (a browser request we cannot attribute, or a cookie-carrying call without Origin): refused.
 */
export interface RequestOriginInfo {
  origin: string | null;
  secFetchSite: string | null;
  hasCookie: boolean;
  /** The portal's own origin as the request reached it, e.g. http://localhost:3000. */
  selfOrigin: string;
}

export function normalizeOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

export function originInfoOf(request: Request): RequestOriginInfo {
  return {
    origin: request.headers.get('origin'),
    secFetchSite: request.headers.get('sec-fetch-site'),
    hasCookie: request.headers.has('cookie'),
    selfOrigin: new URL(request.url).origin,
  };
}

export function isOriginAllowed(allowedOrigins: readonly string[], info: RequestOriginInfo): boolean {
  const allowed = new Set(allowedOrigins.map(normalizeOrigin).filter((o): o is string => o !== null));
  if (info.origin !== null) {
    const origin = normalizeOrigin(info.origin);
    return origin !== null && allowed.has(origin);
  }
  if (info.secFetchSite === 'same-origin') return allowed.has(info.selfOrigin);
  if (info.secFetchSite === null) return !info.hasCookie;
  return false;
}
