import { db } from '@/lib/db';

export const dynamic = 'force-dynamic';

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/x-icon', 'image/vnd.microsoft.icon']);

/** GET — a brand image (logo, favicon) of the partner owning this tenant: public by unguessable id, images only. */
export async function GET(_request: Request, context: { params: Promise<{ tenant: string; id: string }> }): Promise<Response> {
  const { tenant, id } = await context.params;
  if (!/^[a-z0-9]{10,40}$/.test(id)) return new Response('Not found', { status: 404 });
  const asset = await db.asset.findFirst({ where: { id, partner: { tenants: { some: { slug: tenant } } } }, select: { contentType: true, data: true, sha256: true } });
  if (!asset || !IMAGE_TYPES.has(asset.contentType)) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(asset.data), {
    headers: { 'Content-Type': asset.contentType, 'Cache-Control': 'public, max-age=3600', ETag: `"${asset.sha256}"`, 'X-Content-Type-Options': 'nosniff' },
  });
}
