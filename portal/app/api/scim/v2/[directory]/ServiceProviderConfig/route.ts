import { scimJson } from '@/server/scim/errors';
import { withScim } from '@/server/scim/context';
import { serviceProviderConfig } from '@/server/scim/discovery';

export const dynamic = 'force-dynamic';

export const GET = withScim(async ({ ctx }) => scimJson(serviceProviderConfig(ctx.baseUrl)));
