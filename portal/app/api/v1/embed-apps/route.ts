import { db } from '@/lib/db';
import { PageQuerySchema } from '@/lib/pagination';
import { EmbedAppCreateSchema } from '@/server/api-keys/resources/schemas';
import { withApiKey } from '@/server/api-keys/with-api-key';
import { createEmbedApp, listEmbedApps } from '@/server/embed/embed-apps';

export const dynamic = 'force-dynamic';

export const GET = withApiKey(({ api, query }) => listEmbedApps(db, api.partnerId, query(PageQuerySchema)), { scope: 'embed-apps:read' });

/** Creates an embed app; the answer holds its signing secret, shown this once. */
export const POST = withApiKey(async ({ api, body }) => createEmbedApp(db, api.partnerId, await body(EmbedAppCreateSchema)), { scope: 'embed-apps:write', status: 201 });
