import { reportFileStem } from '@/server/reports/file-name';
import { reportCsv } from '@/server/reports/report-data';
import { withReportAccess } from '@/server/reports/report-route';

export const dynamic = 'force-dynamic';

/** GET — the report's figures as CSV (one section per widget), inside the viewer's tenant. */
export const GET = withReportAccess(async (access) => {
  const encoder = new TextEncoder();
  const lines = reportCsv(access);
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  const name = reportFileStem(access.dashboard.title, access.range);
  return new Response(stream, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"`, 'Cache-Control': 'no-store' },
  });
});
