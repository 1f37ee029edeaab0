import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/server/audit/record';
import type { ActionContext } from './action';
import type { PartnerContext } from './membership';
import { applyAllClientInstallations } from '@/server/marketplace/apply-all-client-installations';

export const SlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'At least 2 characters.')
  .max(48, 'At most 48 characters.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lowercase letters, digits and single dashes.');

export const CreateTenantSchema = z.object({
  name: z.string().trim().min(2, 'At least 2 characters.').max(80),
  slug: SlugSchema,
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'A 3-letter ISO currency, e.g. USD.'),
  locale: z.string().trim().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'A locale such as en or en-GB.'),
  timezone: z.string().trim().min(1).max(64).refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'An IANA time zone such as Europe/Berlin.'),
});

/** The tenants a context may see: all of the partner's for partner roles, only their own for client users. */
export function visibleTenantWhere(ctx: PartnerContext) {
  return { partnerId: ctx.partner.id, ...(ctx.role === 'client' ? { id: { in: ctx.clientTenantIds } } : {}) };
}

export async function listTenants(ctx: PartnerContext) {
  return db.tenant.findMany({
    where: visibleTenantWhere(ctx),
    orderBy: { name: 'asc' },
    select: {
      id: true, slug: true, name: true, currency: true, locale: true, timezone: true, createdAt: true,
      _count: { select: { campaigns: true, dashboards: true, memberships: true } },
    },
  });
}

export async function tenantBySlug(ctx: PartnerContext, slug: string) {
  const tenant = await db.tenant.findFirst({
    where: { slug, ...visibleTenantWhere(ctx) },
    select: { id: true, slug: true, name: true, currency: true, locale: true, timezone: true, industry: true, trustGateThreshold: true, createdAt: true },
  });
  if (!tenant) throw new AppError('NOT_FOUND', 'No such client.');
  return tenant;
}

/** Marketplace listings installed for "all clients, including future ones" reach the new client at once. */
async function giveNewClientItsInstallations(tenantId: string): Promise<void> {
  try {
    await applyAllClientInstallations(db, tenantId);
  } catch (error) {
    // The client exists either way; the installations page shows what it lacks and a reinstall fills it in.
    console.error(`tenant ${tenantId}: applying all-client marketplace installations failed`, error);
  }
}

export async function createTenant(ctx: ActionContext, input: z.infer<typeof CreateTenantSchema>) {
  const clash = await db.tenant.findFirst({ where: { partnerId: ctx.partner.id, slug: input.slug }, select: { id: true } });
  if (clash) throw new AppError('CONFLICT', `A client with the address "${input.slug}" already exists.`, { issues: [{ path: 'slug', message: 'Already taken.' }] });
  const tenant = await db.tenant.create({ data: { partnerId: ctx.partner.id, ...input }, select: { id: true, slug: true } });
  await giveNewClientItsInstallations(tenant.id);
  await recordAudit({ partnerId: ctx.partner.id, tenantId: tenant.id, actor: ctx.actor, action: 'tenant.created', target: { type: 'tenant', id: tenant.id }, metadata: { name: input.name, slug: input.slug }, ip: ctx.ip, userAgent: ctx.userAgent });
  return tenant;
}
