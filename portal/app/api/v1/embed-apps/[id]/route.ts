import { db } from '@/lib/db';
import { EmbedAppUpdateSchema, IdParamSchema } from '@/server/api-keys/resources/schemas';
import { withApiKey } from '@/server/api-keys/with-api-key';
import { embedAppDto, getEmbedApp, updateEmbedApp } from '@/server/embed/embed-apps';

export const dynamic = 'force-dynamic';

export const GET = withApiKey(async ({ api, params }) => embedAppDto(await getEmbedApp(db, api.partnerId, params.id)), { scope: 'embed-apps:read', params: IdParamSchema });

export const PATCH = withApiKey(async ({ api, params, body }) => updateEmbedApp(db, api.partnerId, params.id, await body(EmbedAppUpdateSchema)), {
  scope: 'embed-apps:write',
  params: IdParamSchema,
});
