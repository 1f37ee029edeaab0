import { db } from '@/lib/db';
import { PageQuerySchema } from '@/lib/pagination';
import { TenantCreateSchema } from '@/server/api-keys/resources/schemas';
import { createTenant, listTenants } from '@/server/api-keys/resources/tenants';
import { withApiKey } from '@/server/api-keys/with-api-key';

export const dynamic = 'force-dynamic';

export const GET = withApiKey(({ api, query }) => listTenants(db, api.partnerId, query(PageQuerySchema)), { scope: 'tenants:read' });

export const POST = withApiKey(async ({ api, body }) => createTenant(db, api.partnerId, await body(TenantCreateSchema)), { scope: 'tenants:write', status: 201 });
