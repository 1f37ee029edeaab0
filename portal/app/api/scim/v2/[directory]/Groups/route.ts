import { scimBody, withScim } from '@/server/scim/context';
import { scimJson } from '@/server/scim/errors';
import { createGroup, listGroups } from '@/server/scim/groups';
import { listQuery } from '@/server/scim/pagination';

export const dynamic = 'force-dynamic';

export const GET = withScim(async ({ ctx, url }) => scimJson(await listGroups(ctx, listQuery(url))));

export const POST = withScim(async ({ ctx, request }) => {
  const group = await createGroup(ctx, await scimBody(request));
  return scimJson(group, 201, { Location: group.meta.location });
});
