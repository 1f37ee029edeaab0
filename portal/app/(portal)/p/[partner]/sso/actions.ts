'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createConnection, CreateConnectionSchema, deleteConnection, testConnection, updateConnection, UpdateConnectionSchema, updateSamlMetadata, UpdateSamlMetadataSchema } from '@/server/sso/connections';
import { partnerAction } from '@/server/tenancy/action';

const Id = z.object({ id: z.string().min(1).max(40) });
const refresh = (slug: string) => revalidatePath(`/p/${slug}/sso`);

export const createConnectionAction = partnerAction({ schema: CreateConnectionSchema, permission: 'sso.manage' }, async (input, ctx) => {
  const c = await createConnection(ctx, input);
  refresh(ctx.partner.slug);
  return c;
});

export const updateConnectionAction = partnerAction({ schema: UpdateConnectionSchema, permission: 'sso.manage' }, async (input, ctx) => {
  await updateConnection(ctx, input);
  refresh(ctx.partner.slug);
  return null;
});

export const testConnectionAction = partnerAction({ schema: Id, permission: 'sso.manage' }, async ({ id }, ctx) => {
  const result = await testConnection(ctx, id);
  refresh(ctx.partner.slug);
  return result;
});

export const deleteConnectionAction = partnerAction({ schema: Id, permission: 'sso.manage' }, async ({ id }, ctx) => {
  await deleteConnection(ctx, id);
  refresh(ctx.partner.slug);
  return null;
});

export const replaceSamlMetadataAction = partnerAction({ schema: UpdateSamlMetadataSchema, permission: 'sso.manage' }, async (input, ctx) => {
  await updateSamlMetadata(ctx, input);
  refresh(ctx.partner.slug);
  return null;
});
