import { db } from '@/lib/db';
import { EmbedAppRotateSchema, IdParamSchema } from '@/server/api-keys/resources/schemas';
import { withApiKey } from '@/server/api-keys/with-api-key';
import { rotateEmbedAppSecret } from '@/server/embed/embed-apps';

export const dynamic = 'force-dynamic';

/** A new signing secret (shown once); the previous one keeps verifying for `overlapSeconds` (default a day). */
export const POST = withApiKey(
  async ({ api, params, body }) => {
    const { overlapSeconds } = (await body(EmbedAppRotateSchema.optional())) ?? {};
    return rotateEmbedAppSecret(db, api.partnerId, params.id, overlapSeconds);
  },
  { scope: 'embed-apps:write', params: IdParamSchema },
);
