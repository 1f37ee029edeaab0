import { mintReportToken } from '@/server/reports/report-token';
import { withReportAccess } from '@/server/reports/report-route';

export const dynamic = 'force-dynamic';

/** GET — a fresh embed token for the report page's widgets (they refresh before the 10-minute token expires). */
export const GET = withReportAccess(async (access) => {
  const { token, expiresAt } = await mintReportToken(access);
  return Response.json({ token, expiresAt: expiresAt.toISOString() }, { headers: { 'Cache-Control': 'no-store' } });
});
