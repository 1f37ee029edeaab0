import { db } from '@/lib/db';
import { dashboardDto, getDashboard, updateDashboard } from '@/server/api-keys/resources/dashboards';
import { DashboardUpdateSchema, IdParamSchema } from '@/server/api-keys/resources/schemas';
import { withApiKey } from '@/server/api-keys/with-api-key';

export const dynamic = 'force-dynamic';

export const GET = withApiKey(async ({ api, params }) => dashboardDto(await getDashboard(db, api.partnerId, params.id)), { scope: 'dashboards:read', params: IdParamSchema });

export const PATCH = withApiKey(async ({ api, params, body }) => updateDashboard(db, api.partnerId, params.id, await body(DashboardUpdateSchema)), {
  scope: 'dashboards:write',
  params: IdParamSchema,
});
