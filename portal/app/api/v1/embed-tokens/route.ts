import { db } from '@/lib/db';
import { issueEmbedToken } from '@/server/api-keys/resources/embed-tokens';
import { EmbedTokenRequestSchema } from '@/server/api-keys/resources/schemas';
import { withApiKey } from '@/server/api-keys/with-api-key';

export const dynamic = 'force-dynamic';

/** POST /api/v1/embed-tokens — an embed token for one viewer of one tenant, for backends that do not sign their own. */
export const POST = withApiKey(
  async ({ api, body, request }) => issueEmbedToken(db, api.partnerId, await body(EmbedTokenRequestSchema), new URL(request.url).origin),
  { scope: 'embed-tokens:create', status: 201 },
);
