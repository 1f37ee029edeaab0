import { db } from '@/lib/db';
import { IdParamSchema, TenantUpdateSchema } from '@/server/api-keys/resources/schemas';
import { findPartnerTenant, tenantDto, updateTenant } from '@/server/api-keys/resources/tenants';
import { withApiKey } from '@/server/api-keys/with-api-key';

export const dynamic = 'force-dynamic';

export const GET = withApiKey(async ({ api, params }) => tenantDto(await findPartnerTenant(db, api.partnerId, params.id)), { scope: 'tenants:read', params: IdParamSchema });

export const PATCH = withApiKey(async ({ api, params, body }) => updateTenant(db, api.partnerId, params.id, await body(TenantUpdateSchema)), {
  scope: 'tenants:write',
  params: IdParamSchema,
});
