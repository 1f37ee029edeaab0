import { AppError, toResponse } from '@/lib/errors';
import { requestIdOf, searchParamsObject, validate } from '@/lib/http';
import { demoAllowsOrigin, DemoTokenQuerySchema, loadDemoManifest, mintDemoToken } from '@/server/embed/demo-token';

export const dynamic = 'force-dynamic';

function corsFor(request: Request, allowed: boolean): Headers {
  const headers = new Headers({ Vary: 'Origin', 'Cache-Control': 'no-store' });
  const origin = request.headers.get('origin');
  if (origin && allowed) headers.set('Access-Control-Allow-Origin', origin);
  return headers;
}

/**
 * GET /api/demo/embed-token?tenant=<slug>[&scopes=a,b][&channels=meta,google][&campaigns=id,…]
 * Demo only: exists when STRATUM_DEMO=1 and .stratum/demo.json is present; a 404 everywhere else.
 */
export async function GET(request: Request): Promise<Response> {
  const requestId = requestIdOf(request);
  const manifest = loadDemoManifest();
  const origin = request.headers.get('origin');
  const headers = corsFor(request, manifest !== null && origin !== null && demoAllowsOrigin(manifest, origin));
  try {
    if (!manifest) throw new AppError('NOT_FOUND', 'Not found.');
    const url = new URL(request.url);
    const query = validate(DemoTokenQuerySchema, searchParamsObject(url.searchParams));
    return Response.json(await mintDemoToken(manifest, query, url.origin), { headers });
  } catch (error) {
    return toResponse(error, { requestId, headers });
  }
}

export async function OPTIONS(request: Request): Promise<Response> {
  const manifest = loadDemoManifest();
  const origin = request.headers.get('origin');
  const headers = corsFor(request, manifest !== null && origin !== null && demoAllowsOrigin(manifest, origin));
  headers.set('Access-Control-Allow-Methods', 'GET, OPTIONS');
  return new Response(null, { status: 204, headers });
}
