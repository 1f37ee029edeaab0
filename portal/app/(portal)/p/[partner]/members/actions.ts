'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createInvitation, InviteSchema, revokeInvitation } from '@/server/invitations/invitations';
import { portalOrigin } from '@/server/embed-apps-admin/portal-token';
import { partnerAction } from '@/server/tenancy/action';
import { changeMemberRole, ChangeRoleSchema, removeMember } from '@/server/tenancy/members';

const Id = z.object({ id: z.string().min(1).max(40) });

export const inviteAction = partnerAction({ schema: InviteSchema, permission: 'members.manage' }, async (input, ctx) => {
  const result = await createInvitation(ctx, input, await portalOrigin());
  revalidatePath(`/p/${ctx.partner.slug}/members`);
  return { id: result.id };
});

export const changeRoleAction = partnerAction({ schema: ChangeRoleSchema, permission: 'members.manage' }, async (input, ctx) => {
  await changeMemberRole(ctx, input);
  revalidatePath(`/p/${ctx.partner.slug}/members`);
  return null;
});

export const removeMemberAction = partnerAction({ schema: Id, permission: 'members.manage' }, async ({ id }, ctx) => {
  await removeMember(ctx, id);
  revalidatePath(`/p/${ctx.partner.slug}/members`);
  return null;
});

export const revokeInvitationAction = partnerAction({ schema: Id, permission: 'members.manage' }, async ({ id }, ctx) => {
  await revokeInvitation(ctx, id);
  revalidatePath(`/p/${ctx.partner.slug}/members`);
  return null;
});
