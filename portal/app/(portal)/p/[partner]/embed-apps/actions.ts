'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createEmbedApp, CreateEmbedAppSchema, OriginsSchema, revokeEmbedApp, rotateEmbedAppSecret, updateEmbedAppOrigins } from '@/server/embed-apps-admin/embed-apps';
import { PlaygroundSchema, mintPlaygroundToken } from '@/server/embed-apps-admin/playground';
import { partnerAction } from '@/server/tenancy/action';

const Id = z.object({ id: z.string().min(1).max(40) });
const refresh = (slug: string) => revalidatePath(`/p/${slug}/embed-apps`);

export const createEmbedAppAction = partnerAction({ schema: CreateEmbedAppSchema, permission: 'embed_apps.manage' }, async (input, ctx) => {
  const app = await createEmbedApp(ctx, input);
  refresh(ctx.partner.slug);
  return app;
});

export const updateOriginsAction = partnerAction({ schema: z.object({ id: z.string().min(1).max(40), origins: OriginsSchema }), permission: 'embed_apps.manage' }, async (input, ctx) => {
  await updateEmbedAppOrigins(ctx, input.id, input.origins);
  refresh(ctx.partner.slug);
  return null;
});

export const rotateSecretAction = partnerAction({ schema: Id, permission: 'embed_apps.manage' }, async ({ id }, ctx) => {
  const r = await rotateEmbedAppSecret(ctx, id);
  refresh(ctx.partner.slug);
  return r;
});

export const revokeEmbedAppAction = partnerAction({ schema: Id, permission: 'embed_apps.manage' }, async ({ id }, ctx) => {
  await revokeEmbedApp(ctx, id);
  refresh(ctx.partner.slug);
  return null;
});

export const mintPlaygroundTokenAction = partnerAction({ schema: PlaygroundSchema, permission: 'embed_apps.manage' }, async (input, ctx) => mintPlaygroundToken(ctx, input));
