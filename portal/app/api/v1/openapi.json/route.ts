import { portalVersion } from '@/lib/version';
import { openApiDocument } from '@/server/api-keys/openapi';

export const dynamic = 'force-dynamic';

/** GET /api/v1/openapi.json — the OpenAPI 3.1 description of REST API v1, generated from its zod schemas. */
export function GET(request: Request): Response {
  const origin = new URL(request.url).origin;
  return Response.json(openApiDocument(`${origin}/api/v1`, portalVersion()), { headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=300' } });
}
