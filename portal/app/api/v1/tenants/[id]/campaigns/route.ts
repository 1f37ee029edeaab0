import { db } from '@/lib/db';
import { PageQuerySchema } from '@/lib/pagination';
import { createCampaign, listCampaigns } from '@/server/api-keys/resources/campaigns';
import { CampaignCreateSchema, IdParamSchema } from '@/server/api-keys/resources/schemas';
import { withApiKey } from '@/server/api-keys/with-api-key';

export const dynamic = 'force-dynamic';

export const GET = withApiKey(({ api, params, query }) => listCampaigns(db, api.partnerId, params.id, query(PageQuerySchema)), { scope: 'campaigns:read', params: IdParamSchema });

export const POST = withApiKey(async ({ api, params, body }) => createCampaign(db, api.partnerId, params.id, await body(CampaignCreateSchema)), {
  scope: 'campaigns:write',
  params: IdParamSchema,
  status: 201,
});
