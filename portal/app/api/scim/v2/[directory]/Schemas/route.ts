import { scimJson } from '@/server/scim/errors';
import { withScim } from '@/server/scim/context';
import { schemas } from '@/server/scim/discovery';

export const dynamic = 'force-dynamic';

export const GET = withScim(async ({ ctx }) => scimJson(schemas(ctx.baseUrl)));
