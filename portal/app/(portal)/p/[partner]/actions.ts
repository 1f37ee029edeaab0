'use server';
import { revalidatePath } from 'next/cache';
import { partnerAction } from '@/server/tenancy/action';
import { createTenant, CreateTenantSchema } from '@/server/tenancy/tenants';

export const createTenantAction = partnerAction({ schema: CreateTenantSchema, permission: 'tenants.write' }, async (input, ctx) => {
  const tenant = await createTenant(ctx, input);
  revalidatePath(`/p/${ctx.partner.slug}`);
  return tenant;
});
