'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createApiKey, CreateApiKeySchema, revokeApiKey } from '@/server/embed-apps-admin/api-keys';
import { partnerAction } from '@/server/tenancy/action';

export const createApiKeyAction = partnerAction({ schema: CreateApiKeySchema, permission: 'api_keys.manage' }, async (input, ctx) => {
  const key = await createApiKey(ctx, input);
  revalidatePath(`/p/${ctx.partner.slug}/api-keys`);
  return key;
});

export const revokeApiKeyAction = partnerAction({ schema: z.object({ id: z.string().min(1).max(40) }), permission: 'api_keys.manage' }, async ({ id }, ctx) => {
  await revokeApiKey(ctx, id);
  revalidatePath(`/p/${ctx.partner.slug}/api-keys`);
  return null;
});
