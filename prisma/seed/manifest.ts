import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DemoManifest } from '../demo-manifest.ts';
import type { SeedData } from './build.ts';
import type { SeedContext } from './context.ts';
import { isoDay } from './dates.ts';

/** The demo manifest examples, tests and benchmarks read (everything in it is demo-only data). */
export function buildManifest(ctx: SeedContext, data: SeedData, counts: Record<string, number>, seconds: number): DemoManifest {
  const { tenancy, access } = data;
  return {
    generatedAt: new Date().toISOString(),
    portalUrl: ctx.config.portalUrl,
    scale: ctx.config.scale,
    today: isoDay(ctx.config.today),
    platformAdmin: { email: tenancy.platformAdmin.email },
    users: tenancy.users.map((u) => ({ email: u.email, name: u.name, role: u.role, partner: u.partner, ...(u.tenant ? { tenant: u.tenant } : {}) })),
    partners: tenancy.partners.map((partner) => {
      const keys = access.access.find((a) => a.partnerSlug === partner.slug)!;
      return {
        id: partner.id,
        slug: partner.slug,
        name: partner.name,
        apiKey: keys.apiKey,
        embedApp: keys.embedApp,
        webhook: keys.webhook,
        templates: data.dashboards.filter((d) => d.partnerId === partner.id && d.tenantId === null).map((d) => ({ id: d.id, title: d.title })),
        tenants: tenancy.tenants
          .filter((t) => t.partnerId === partner.id)
          .map((t) => ({
            id: t.id,
            slug: t.slug,
            name: t.name,
            currency: t.currency,
            locale: t.locale,
            timezone: t.timezone,
            dashboards: data.dashboards.filter((d) => d.tenantId === t.id).map((d) => ({ id: d.id, title: d.title })),
            campaignCount: data.plans.filter((p) => p.tenant.id === t.id).length,
          })),
      };
    }),
    sso: access.sso,
    ...(access.samlSso ? { samlSso: access.samlSso } : {}),
    plantedEffects: data.effects,
    counts,
    seconds,
  };
}

/** Writes demo.json atomically (a reader never sees half a file). */
export function writeManifest(dataDir: string, manifest: DemoManifest): string {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'demo.json');
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(manifest, null, 2) + '\n');
  renameSync(temp, file);
  return file;
}
