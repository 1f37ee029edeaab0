import { scimBody, withScim } from '@/server/scim/context';
import { scimJson } from '@/server/scim/errors';
import { deleteUser, getUser, patchUser, replaceUser } from '@/server/scim/users';

export const dynamic = 'force-dynamic';

export const GET = withScim(async ({ ctx, id }) => scimJson(await getUser(ctx, id!)));
export const PUT = withScim(async ({ ctx, id, request }) => scimJson(await replaceUser(ctx, id!, await scimBody(request))));
export const PATCH = withScim(async ({ ctx, id, request }) => scimJson(await patchUser(ctx, id!, await scimBody(request))));
export const DELETE = withScim(async ({ ctx, id }) => {
  await deleteUser(ctx, id!);
  return new Response(null, { status: 204 });
});
