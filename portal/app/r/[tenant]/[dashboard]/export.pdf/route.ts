import { reportFileStem } from '@/server/reports/file-name';
import { renderPdf } from '@/server/reports/render-report';
import { issueRenderTicket } from '@/server/reports/render-ticket';
import { pageUrlForRenderer, withReportAccess } from '@/server/reports/report-route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET — the branded PDF of the report, printed by headless Chromium from the page itself. */
export const GET = withReportAccess(async (access) => {
  const ticket = issueRenderTicket({ tenantId: access.tenant.id, dashboardId: access.dashboard.id, from: access.range.from, to: access.range.to });
  const pdf = await renderPdf(pageUrlForRenderer(access, ticket));
  const name = reportFileStem(access.dashboard.title, access.range);
  return new Response(new Uint8Array(pdf), {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${name}.pdf"`, 'Cache-Control': 'no-store' },
  });
});
