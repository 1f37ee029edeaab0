import { auditCsv, AuditFilterSchema } from '@/server/audit/query';
import { withPartnerRoute } from '@/server/tenancy/route';

export const dynamic = 'force-dynamic';

/** GET the filtered audit log as CSV (same filters as the page). */
export const GET = withPartnerRoute(
  async ({ request, ctx }) => {
    const filter = AuditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const encoder = new TextEncoder();
    const rows = auditCsv(ctx, filter);
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await rows.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    });
    const name = `audit-${ctx.partner.slug}-${new Date().toISOString().slice(0, 10)}.csv`;
    return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' } });
  },
  { permission: 'audit.read' },
);
