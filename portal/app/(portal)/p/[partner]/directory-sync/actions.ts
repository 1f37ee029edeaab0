'use server';
import { revalidatePath } from 'next/cache';
import { createDirectory, CreateDirectorySchema, deleteDirectory, DirectoryIdSchema, mapGroup, MapGroupSchema, rotateDirectoryToken, unmapGroup, UnmapGroupSchema } from '@/server/scim/directories';
import { partnerAction } from '@/server/tenancy/action';

const refresh = (slug: string) => revalidatePath(`/p/${slug}/directory-sync`);

export const createDirectoryAction = partnerAction({ schema: CreateDirectorySchema, permission: 'scim.manage' }, async (input, ctx) => {
  const created = await createDirectory(ctx, input);
  refresh(ctx.partner.slug);
  return created;
});

export const rotateDirectoryTokenAction = partnerAction({ schema: DirectoryIdSchema, permission: 'scim.manage' }, async ({ directoryId }, ctx) => {
  const rotated = await rotateDirectoryToken(ctx, directoryId);
  refresh(ctx.partner.slug);
  return rotated;
});

export const mapGroupAction = partnerAction({ schema: MapGroupSchema, permission: 'scim.manage' }, async (input, ctx) => {
  await mapGroup(ctx, input);
  refresh(ctx.partner.slug);
  return null;
});

export const unmapGroupAction = partnerAction({ schema: UnmapGroupSchema, permission: 'scim.manage' }, async (input, ctx) => {
  await unmapGroup(ctx, input);
  refresh(ctx.partner.slug);
  return null;
});

export const deleteDirectoryAction = partnerAction({ schema: DirectoryIdSchema, permission: 'scim.manage' }, async ({ directoryId }, ctx) => {
  await deleteDirectory(ctx, directoryId);
  refresh(ctx.partner.slug);
  return null;
});
