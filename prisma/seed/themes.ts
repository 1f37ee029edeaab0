import type { Prisma } from '../generated/sqlite/client.ts';
import type { SeedContext } from './context.ts';
import type { SeededPartner, SeededTenant } from './tenancy.ts';

type ThemeFields = Omit<Prisma.ThemeCreateManyInput, 'id' | 'partnerId' | 'tenantId' | 'updatedAt'>;

const PARTNER_THEMES: Record<string, ThemeFields> = {
  northwind: {
    brandName: 'Northwind Insights',
    primaryColor: '#1d4ed8',
    accentColor: '#f59e0b',
    backgroundColor: '#ffffff',
    surfaceColor: '#f8fafc',
    textColor: '#0f172a',
    mutedColor: '#64748b',
    positiveColor: '#15803d',
    negativeColor: '#b91c1c',
    fontFamily: 'Inter, system-ui, sans-serif',
    radius: 8,
    density: 'comfortable',
    colorScheme: 'light',
    emailSenderName: 'Northwind Insights',
  },
  bluepeak: {
    brandName: 'Bluepeak Reports',
    // Teal light enough for link text on the dark surface (7:1); #0f766e failed axe color-contrast in the widgets.
    primaryColor: '#14b8a6',
    accentColor: '#e11d48',
    backgroundColor: '#0b1220',
    surfaceColor: '#111827',
    textColor: '#e5e7eb',
    mutedColor: '#9ca3af',
    positiveColor: '#34d399',
    negativeColor: '#f87171',
    fontFamily: '"IBM Plex Sans", system-ui, sans-serif',
    radius: 4,
    density: 'compact',
    colorScheme: 'dark',
    emailSenderName: 'Bluepeak Agency',
  },
};

/** One override, on a tenant: only the brand name, primary colour and radius; every null field inherits. */
const TENANT_OVERRIDES: Record<string, ThemeFields> = {
  'maison-verre': { brandName: 'Maison Verre × Northwind', primaryColor: '#7c3aed', radius: 12, accentColor: null, fontFamily: null, density: null, colorScheme: null },
};

export function buildThemes(ctx: SeedContext, partners: SeededPartner[], tenants: SeededTenant[]): Prisma.ThemeCreateManyInput[] {
  const random = ctx.random.fork('themes');
  const updatedAt = ctx.at(-120);
  const rows: Prisma.ThemeCreateManyInput[] = [];
  for (const partner of partners) {
    const fields = PARTNER_THEMES[partner.slug];
    if (fields) rows.push({ id: random.id(), partnerId: partner.id, ...fields, updatedAt });
  }
  for (const tenant of tenants) {
    const fields = TENANT_OVERRIDES[tenant.slug];
    if (fields) rows.push({ id: random.id(), tenantId: tenant.id, ...fields, updatedAt });
  }
  return rows;
}
