import 'server-only';
import type { z } from 'zod';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { pageArgs, toPage, type PageQuery } from '@/lib/pagination';
import type { TenantCreateSchema, TenantSchema, TenantUpdateSchema } from './schemas';
import { invalidateEmbedTenantCache } from '@/server/embed/verify-token';
import { applyAllClientInstallations } from '@/server/marketplace/apply-all-client-installations';

type TenantRow = Awaited<ReturnType<Db['tenant']['findFirstOrThrow']>>;

export function tenantDto(t: TenantRow): z.infer<typeof TenantSchema> {
  return {
    id: t.id,
    slug: t.slug,
    name: t.name,
    currency: t.currency,
    locale: t.locale,
    timezone: t.timezone,
    industry: t.industry,
    trustGateThreshold: t.trustGateThreshold,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

/** A tenant of the partner, by id or slug; another partner's tenant is simply not found. */
export async function findPartnerTenant(db: Db, partnerId: string, idOrSlug: string): Promise<TenantRow> {
  const tenant = await db.tenant.findFirst({ where: { partnerId, OR: [{ id: idOrSlug }, { slug: idOrSlug }] } });
  if (!tenant) throw new AppError('NOT_FOUND', 'No such tenant.');
  return tenant;
}

export async function listTenants(db: Db, partnerId: string, query: PageQuery) {
  const { idAfter, ...args } = pageArgs(query);
  const rows = await db.tenant.findMany({ where: { partnerId, ...idAfter }, ...args });
  return toPage(rows, query, tenantDto);
}

export async function createTenant(db: Db, partnerId: string, input: z.infer<typeof TenantCreateSchema>) {
  const partner = await db.partner.findUniqueOrThrow({ where: { id: partnerId } });
  const taken = await db.tenant.findFirst({ where: { partnerId, slug: input.slug }, select: { id: true } });
  if (taken) throw new AppError('CONFLICT', `A tenant with slug "${input.slug}" exists already.`);
  const tenant = await db.tenant.create({
    data: {
      partnerId,
      ...input,
      currency: input.currency ?? partner.defaultCurrency,
      locale: input.locale ?? partner.defaultLocale,
      timezone: input.timezone ?? partner.defaultTimezone,
    },
  });
  // Marketplace listings installed for "all clients, including future ones" reach the new client at once.
  await applyAllClientInstallations(db, tenant.id).catch((error: unknown) => console.error(`tenant ${tenant.id}: applying all-client marketplace installations failed`, error));
  return tenantDto(tenant);
}

export async function updateTenant(db: Db, partnerId: string, id: string, input: z.infer<typeof TenantUpdateSchema>) {
  const tenant = await findPartnerTenant(db, partnerId, id);
  const updated = await db.tenant.update({ where: { id: tenant.id }, data: input });
  // Embed requests carry the tenant's currency, locale, time zone and trust gate: the next one sees the change.
  invalidateEmbedTenantCache();
  return tenantDto(updated);
}
