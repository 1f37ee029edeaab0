import { db } from '@/lib/db';
import { campaignDto, getCampaign, updateCampaign } from '@/server/api-keys/resources/campaigns';
import { CampaignUpdateSchema, IdParamSchema } from '@/server/api-keys/resources/schemas';
import { withApiKey } from '@/server/api-keys/with-api-key';

export const dynamic = 'force-dynamic';

export const GET = withApiKey(async ({ api, params }) => campaignDto(await getCampaign(db, api.partnerId, params.id)), { scope: 'campaigns:read', params: IdParamSchema });

export const PATCH = withApiKey(async ({ api, params, body }) => updateCampaign(db, api.partnerId, params.id, await body(CampaignUpdateSchema)), {
  scope: 'campaigns:write',
  params: IdParamSchema,
});
