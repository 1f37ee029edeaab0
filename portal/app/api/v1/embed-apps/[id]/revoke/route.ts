import { db } from '@/lib/db';
import { IdParamSchema } from '@/server/api-keys/resources/schemas';
import { withApiKey } from '@/server/api-keys/with-api-key';
import { revokeEmbedApp } from '@/server/embed/embed-apps';

export const dynamic = 'force-dynamic';

export const POST = withApiKey(({ api, params }) => revokeEmbedApp(db, api.partnerId, params.id), { scope: 'embed-apps:write', params: IdParamSchema });
