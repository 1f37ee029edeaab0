import { AppError } from '@/lib/errors';
import { db } from '@/lib/db';
import { withPartnerRoute } from '@/server/tenancy/route';

export const dynamic = 'force-dynamic';

/** GET an uploaded logo of this partner (any member), served inert: image type, nosniff, no scripts. */
export const GET = withPartnerRoute(
  async ({ ctx, params }) => {
    const asset = await db.asset.findFirst({ where: { id: params.id ?? '', partnerId: ctx.partner.id }, select: { contentType: true, data: true, sha256: true } });
    if (!asset || !asset.contentType.startsWith('image/')) throw new AppError('NOT_FOUND', 'No such asset.');
    return new Response(new Uint8Array(asset.data), {
      headers: { 'Content-Type': asset.contentType, 'Cache-Control': 'private, max-age=3600', ETag: `"${asset.sha256}"`, 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'" },
    });
  },
  { permission: 'reports.read' },
);
