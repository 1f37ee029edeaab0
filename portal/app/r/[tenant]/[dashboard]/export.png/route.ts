import { z } from 'zod';
import { AppError, toResponse } from '@/lib/errors';
import { renderElementPng } from '@/server/reports/render-report';
import { issueRenderTicket } from '@/server/reports/render-ticket';
import { pageUrlForRenderer, withReportAccess } from '@/server/reports/report-route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const WidgetId = z.string().regex(/^[\w-]{1,64}$/);

/** GET ?widget=<id> — a PNG of one chart of the report, as the viewer sees it. */
export const GET = withReportAccess(async (access, request) => {
  const widget = WidgetId.safeParse(new URL(request.url).searchParams.get('widget'));
  if (!widget.success || !access.dashboard.layout.widgets.some((w) => w.id === widget.data)) {
    return toResponse(new AppError('NOT_FOUND', 'No such widget on this report.'));
  }
  const ticket = issueRenderTicket({ tenantId: access.tenant.id, dashboardId: access.dashboard.id, from: access.range.from, to: access.range.to });
  const png = await renderElementPng(pageUrlForRenderer(access, ticket), `[data-widget-id="${widget.data}"]`);
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Content-Disposition': `attachment; filename="${widget.data}.png"`, 'Cache-Control': 'no-store' },
  });
});
