import { scimJson } from '@/server/scim/errors';
import { withScim } from '@/server/scim/context';
import { resourceTypes } from '@/server/scim/discovery';

export const dynamic = 'force-dynamic';

export const GET = withScim(async ({ ctx }) => scimJson(resourceTypes(ctx.baseUrl)));
