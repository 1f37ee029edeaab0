import { scimBody, withScim } from '@/server/scim/context';
import { scimJson } from '@/server/scim/errors';
import { deleteGroup, getGroup, patchGroup, replaceGroup } from '@/server/scim/groups';
import { listQuery } from '@/server/scim/pagination';

export const dynamic = 'force-dynamic';

export const GET = withScim(async ({ ctx, id, url }) => scimJson(await getGroup(ctx, id!, listQuery(url).excludedAttributes)));
export const PUT = withScim(async ({ ctx, id, request }) => scimJson(await replaceGroup(ctx, id!, await scimBody(request))));
export const PATCH = withScim(async ({ ctx, id, request }) => scimJson(await patchGroup(ctx, id!, await scimBody(request))));
export const DELETE = withScim(async ({ ctx, id }) => {
  await deleteGroup(ctx, id!);
  return new Response(null, { status: 204 });
});
