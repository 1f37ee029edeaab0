import { db } from '@/lib/db';
import { runCachedMetricQuery } from '@/server/analytics/query-cache';
import { IdParamSchema } from '@/server/api-keys/resources/schemas';
import { findPartnerTenant } from '@/server/api-keys/resources/tenants';
import { withApiKey } from '@/server/api-keys/with-api-key';
import { MetricQuerySchema } from '@/server/embed/schemas';

export const dynamic = 'force-dynamic';

/** POST /api/v1/tenants/:id/query — the embed API's MetricQuery for a partner's backend (no row filters). */
export const POST = withApiKey(
  async ({ api, params, body }) => {
    const tenant = await findPartnerTenant(db, api.partnerId, params.id);
    const query = await body(MetricQuerySchema);
    return runCachedMetricQuery({ partnerId: api.partnerId, tenantId: tenant.id, rowFilters: {}, currency: tenant.currency }, query);
  },
  { scope: 'metrics:read', params: IdParamSchema },
);
