import { db } from '@/lib/db';
import { PageQuerySchema } from '@/lib/pagination';
import { createDashboard, listDashboards } from '@/server/api-keys/resources/dashboards';
import { DashboardCreateSchema, IdParamSchema } from '@/server/api-keys/resources/schemas';
import { withApiKey } from '@/server/api-keys/with-api-key';

export const dynamic = 'force-dynamic';

export const GET = withApiKey(({ api, params, query }) => listDashboards(db, api.partnerId, params.id, query(PageQuerySchema)), { scope: 'dashboards:read', params: IdParamSchema });

export const POST = withApiKey(async ({ api, params, body }) => createDashboard(db, api.partnerId, params.id, await body(DashboardCreateSchema)), {
  scope: 'dashboards:write',
  params: IdParamSchema,
  status: 201,
});
