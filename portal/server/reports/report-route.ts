import 'server-only';
import { resolveReportAccess, type ReportAccess } from './report-access';

type RouteContext = { params: Promise<{ tenant: string; dashboard: string }> };

/**
 * A route under /r/<tenant>/<dashboard>/… (token, exports) with the same access rule as the page: the viewer's session
 * (client user of the tenant or partner member) or the worker's render ticket; a miss is a 404, no session a redirect.
 */
export function withReportAccess(handler: (access: ReportAccess, request: Request) => Promise<Response>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    const params = await context.params;
    const url = new URL(request.url);
    const search = Object.fromEntries(url.searchParams.entries());
    const page = `/r/${encodeURIComponent(params.tenant)}/${encodeURIComponent(params.dashboard)}`;
    const access = await resolveReportAccess(params, search, `${page}?from=${search.from ?? ''}&to=${search.to ?? ''}`);
    return handler(access, request);
  };
}

/** The page URL with the report's range and a fresh ticket, for the headless browser that prints or screenshots it. */
export function pageUrlForRenderer(access: ReportAccess, ticket: string): string {
  const base = process.env.PORTAL_URL ?? access.origin;
  const query = new URLSearchParams({ from: access.range.from, to: access.range.to, ticket });
  return `${base.replace(/\/$/, '')}/r/${encodeURIComponent(access.tenant.slug)}/${encodeURIComponent(access.dashboard.id)}?${query}`;
}
