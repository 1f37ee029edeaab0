import 'server-only';
import { portalEmbedApp } from '@/server/embed-apps-admin/embed-apps';
import { mintEmbedToken } from '@/server/embed/mint-token';
import type { ReportAccess } from './report-access';

/**
 * The embed token the report page's widgets use: this dashboard and export only, for this tenant, signed with the
 * partner's internal app (whose allowed origins gain the host the page was opened on, e.g. a custom domain).
 */
export async function mintReportToken(access: ReportAccess): Promise<{ token: string; expiresAt: Date }> {
  const app = await portalEmbedApp(access.tenant.partnerId, access.origin);
  return mintEmbedToken({
    appId: app.id,
    secret: app.secret,
    viewerId: access.viewer.kind === 'user' ? `report:${access.viewer.userId}` : 'report:scheduled',
    tenant: access.tenant.id,
    scopes: [`dashboard:${access.dashboard.id}`, 'export'],
    locale: access.tenant.locale,
    currency: access.tenant.currency,
    ttlSeconds: 600,
  });
}
