'use server';
import { revalidatePath } from 'next/cache';
import { partnerAction } from '@/server/tenancy/action';
import { saveTheme, SaveThemeSchema } from '@/server/theming/themes';

export const saveThemeAction = partnerAction({ schema: SaveThemeSchema, permission: 'theme.write' }, async (input, ctx) => {
  const result = await saveTheme(ctx, input);
  revalidatePath(`/p/${ctx.partner.slug}/theme`);
  return result;
});
