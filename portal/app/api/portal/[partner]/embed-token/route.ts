import { z } from 'zod';
import { validate } from '@/lib/http';
import { mintPortalToken } from '@/server/embed-apps-admin/portal-token';
import { withPartnerRoute } from '@/server/tenancy/route';

export const dynamic = 'force-dynamic';

/** GET ?tenant=<id>: a fresh preview token for the portal's own widgets. */
export const GET = withPartnerRoute(
  async ({ request, ctx }) => {
    const { tenant } = validate(z.object({ tenant: z.string().min(1).max(40) }), Object.fromEntries(new URL(request.url).searchParams));
    return Response.json(await mintPortalToken(ctx, tenant), { headers: { 'Cache-Control': 'no-store' } });
  },
  { permission: 'reports.read' },
);
