'use server';
import { revalidatePath } from 'next/cache';
import { platformAdminAction } from '@/server/platform/action';
import { createPartner, CreatePartnerSchema } from '@/server/platform/partners';

export const createPartnerAction = platformAdminAction(CreatePartnerSchema, async (input, ctx) => {
  const partner = await createPartner(ctx, input);
  revalidatePath('/admin');
  return { slug: partner.slug };
});
