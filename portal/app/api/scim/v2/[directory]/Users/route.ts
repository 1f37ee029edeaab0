import { scimBody, withScim } from '@/server/scim/context';
import { scimJson } from '@/server/scim/errors';
import { listQuery } from '@/server/scim/pagination';
import { createUser, listUsers } from '@/server/scim/users';

export const dynamic = 'force-dynamic';

export const GET = withScim(async ({ ctx, url }) => scimJson(await listUsers(ctx, listQuery(url))));

export const POST = withScim(async ({ ctx, request }) => {
  const user = await createUser(ctx, await scimBody(request));
  return scimJson(user, 201, { Location: user.meta.location });
});
