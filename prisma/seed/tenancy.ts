import type { Prisma } from '../generated/sqlite/client.ts';
import type { DemoManifest } from '../demo-manifest.ts';
import type { SeedContext } from './context.ts';
import { personName } from './names.ts';

export type UserRole = DemoManifest['users'][number]['role'];

export interface PartnerSpec {
  slug: string;
  name: string;
  plan: 'starter' | 'growth' | 'enterprise';
  domain: string;
  defaultLocale: string;
  defaultCurrency: string;
  defaultTimezone: string;
}

export interface TenantSpec {
  partner: string;
  slug: string;
  name: string;
  currency: string;
  locale: string;
  timezone: string;
  industry: string;
  benchmarkOptIn: boolean;
  /** Relative size of the business: scales budgets. */
  size: number;
}

export const PARTNERS: PartnerSpec[] = [
  { slug: 'northwind', name: 'Northwind Digital', plan: 'enterprise', domain: 'northwind.test', defaultLocale: 'en', defaultCurrency: 'USD', defaultTimezone: 'America/New_York' },
  { slug: 'bluepeak', name: 'Bluepeak Agency', plan: 'growth', domain: 'bluepeak.test', defaultLocale: 'en', defaultCurrency: 'GBP', defaultTimezone: 'Europe/London' },
];

export const TENANTS: TenantSpec[] = [
  { partner: 'northwind', slug: 'acme-outfitters', name: 'Acme Outfitters', currency: 'USD', locale: 'en', timezone: 'America/New_York', industry: 'ecommerce', benchmarkOptIn: true, size: 1.4 },
  { partner: 'northwind', slug: 'lumen-software', name: 'Lumen Software', currency: 'EUR', locale: 'de', timezone: 'Europe/Berlin', industry: 'saas', benchmarkOptIn: true, size: 1.0 },
  { partner: 'northwind', slug: 'maison-verre', name: 'Maison Verre', currency: 'EUR', locale: 'fr', timezone: 'Europe/Paris', industry: 'ecommerce', benchmarkOptIn: false, size: 0.8 },
  { partner: 'bluepeak', slug: 'harbour-finch', name: 'Harbour & Finch', currency: 'GBP', locale: 'en', timezone: 'Europe/London', industry: 'ecommerce', benchmarkOptIn: true, size: 1.1 },
  { partner: 'bluepeak', slug: 'qamar-travel', name: 'Qamar Travel', currency: 'AED', locale: 'ar', timezone: 'Asia/Dubai', industry: 'travel', benchmarkOptIn: false, size: 0.9 },
  { partner: 'bluepeak', slug: 'fieldstone-health', name: 'Fieldstone Health', currency: 'USD', locale: 'en', timezone: 'America/Chicago', industry: 'healthcare', benchmarkOptIn: true, size: 0.7 },
];

export const PLATFORM_ADMIN_EMAIL = 'admin@stratum.test';
const PARTNER_ROLES = ['owner', 'admin', 'analyst', 'viewer'] as const;

export interface SeededPartner extends PartnerSpec {
  id: string;
  ownerUserId: string;
}

export interface SeededTenant extends TenantSpec {
  id: string;
  partnerId: string;
  clientUserId: string;
}

export interface SeedUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  partner: string;
  tenant?: string;
}

export interface TenancyRows {
  partners: SeededPartner[];
  tenants: SeededTenant[];
  platformAdmin: { id: string; email: string; name: string };
  users: SeedUser[];
  partnerRows: Prisma.PartnerCreateManyInput[];
  tenantRows: Prisma.TenantCreateManyInput[];
  userRows: Prisma.UserCreateManyInput[];
  membershipRows: Prisma.MembershipCreateManyInput[];
}

/** The platform admin, both partners, their client tenants, one user per role and one client user per tenant. */
export function buildTenancy(ctx: SeedContext): TenancyRows {
  const random = ctx.random.fork('tenancy');
  const createdAt = ctx.at(-700);
  const platformAdmin = { id: random.id(), email: PLATFORM_ADMIN_EMAIL, name: 'Platform Admin' };
  const users: SeedUser[] = [];
  const partners: SeededPartner[] = [];
  const tenants: SeededTenant[] = [];

  for (const spec of PARTNERS) {
    const partnerId = random.id();
    for (const role of PARTNER_ROLES) {
      users.push({ id: random.id(), email: `${role}@${spec.domain}`, name: personName(random), role, partner: spec.slug });
    }
    partners.push({ ...spec, id: partnerId, ownerUserId: users.find((u) => u.partner === spec.slug && u.role === 'owner')!.id });
    for (const tenantSpec of TENANTS.filter((t) => t.partner === spec.slug)) {
      const client: SeedUser = { id: random.id(), email: `client.${tenantSpec.slug}@${spec.domain}`, name: personName(random), role: 'client', partner: spec.slug, tenant: tenantSpec.slug };
      users.push(client);
      tenants.push({ ...tenantSpec, id: random.id(), partnerId, clientUserId: client.id });
    }
  }

  const partnerBySlug = new Map(partners.map((p) => [p.slug, p]));
  const tenantBySlug = new Map(tenants.map((t) => [t.slug, t]));
  return {
    partners,
    tenants,
    platformAdmin,
    users,
    partnerRows: partners.map((p) => ({
      id: p.id,
      slug: p.slug,
      name: p.name,
      plan: p.plan,
      defaultLocale: p.defaultLocale,
      defaultCurrency: p.defaultCurrency,
      defaultTimezone: p.defaultTimezone,
      createdAt,
      updatedAt: createdAt,
    })),
    tenantRows: tenants.map((t) => ({
      id: t.id,
      partnerId: t.partnerId,
      slug: t.slug,
      name: t.name,
      currency: t.currency,
      locale: t.locale,
      timezone: t.timezone,
      industry: t.industry,
      benchmarkOptIn: t.benchmarkOptIn,
      trustGateThreshold: 70,
      createdAt,
      updatedAt: createdAt,
    })),
    userRows: [
      { id: platformAdmin.id, email: platformAdmin.email, name: platformAdmin.name, isPlatformAdmin: true, emailVerified: createdAt, createdAt, updatedAt: createdAt },
      ...users.map((u) => ({ id: u.id, email: u.email, name: u.name, emailVerified: createdAt, createdAt, updatedAt: createdAt })),
    ],
    membershipRows: users.map((u) => ({
      id: random.id(),
      userId: u.id,
      partnerId: partnerBySlug.get(u.partner)!.id,
      tenantId: u.tenant ? tenantBySlug.get(u.tenant)!.id : null,
      role: u.role,
      source: 'seed',
      createdAt,
      updatedAt: createdAt,
    })),
  };
}
