import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileResponse, notFound, safeResolve, statOrNull } from '@/lib/static-files';
import { fromRoot } from '@/lib/paths';

export const dynamic = 'force-dynamic';

/** The strict-CSP example is served under the policy it demonstrates: nothing inline, nothing from elsewhere. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function listing(): Response {
  const root = fromRoot('examples');
  let names: string[] = [];
  try {
    names = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.') && d.name !== 'shared')
      .map((d) => d.name)
      .sort();
  } catch {
    // no examples folder yet
  }
  const items = names.map((n) => `<li><a href="/examples/${encodeURIComponent(n)}/">${n}</a></li>`).join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Examples</title></head><body><h1>Examples</h1><ul>${items}</ul></body></html>`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' } });
}

/** GET /examples/<name>/[file]: the host-page examples from examples/ (index.html for folders; examples/shared too). */
export async function GET(request: Request, { params }: { params: Promise<{ path?: string[] }> }): Promise<Response> {
  const segments = (await params).path ?? [];
  const file = safeResolve(fromRoot('examples'), segments);
  if (segments.length === 0 && !statOrNull(path.join(file ?? '', 'index.html'))?.isFile()) return listing();
  let stats = file ? statOrNull(file) : null;
  if (!file || !stats) return notFound();
  let target = file;
  if (stats.isDirectory()) {
    const url = new URL(request.url);
    // Relative URLs inside the example resolve against the folder only with a trailing slash.
    if (!url.pathname.endsWith('/')) return Response.redirect(new URL(`${url.pathname}/${url.search}`, url), 308);
    target = path.join(file, 'index.html');
    stats = statOrNull(target);
    if (!stats?.isFile()) return notFound();
  }
  const headers = new Headers({ 'Cache-Control': 'no-cache' });
  if (segments[0] === 'strict-csp') headers.set('Content-Security-Policy', STRICT_CSP);
  return fileResponse(request, target, stats, headers);
}

export const HEAD = GET;
