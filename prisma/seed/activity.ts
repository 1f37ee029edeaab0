import type { Prisma } from '../generated/sqlite/client.ts';
import type { SeedContext } from './context.ts';
import type { SeededDashboard } from './dashboards.ts';
import type { SeededPartner, SeededTenant, SeedUser } from './tenancy.ts';

/** Next Monday 08:00 UTC after the seed's today. */
function nextMondayMorning(ctx: SeedContext): Date {
  const today = ctx.config.today;
  const daysAhead = ((8 - today.getUTCDay()) % 7) || 7;
  return new Date(today.getTime() + daysAhead * 86_400_000 + 8 * 3_600_000);
}

/** A weekly PDF of the showcase client's overview to its client user, and a monthly CSV for a Bluepeak client. */
export function buildScheduledReports(ctx: SeedContext, tenants: SeededTenant[], users: SeedUser[], dashboards: SeededDashboard[]): Prisma.ScheduledReportCreateManyInput[] {
  const random = ctx.random.fork('reports');
  const specs = [
    { tenant: 'acme-outfitters', name: 'Weekly performance', cron: '0 8 * * 1', format: 'pdf' as const, rangePreset: 'last_7_days' },
    { tenant: 'harbour-finch', name: 'Monthly channel review', cron: '0 7 1 * *', format: 'csv' as const, rangePreset: 'last_month' },
  ];
  return specs.map((spec) => {
    const tenant = tenants.find((t) => t.slug === spec.tenant)!;
    const dashboard = dashboards.find((d) => d.tenantId === tenant.id && d.title === 'Performance overview')!;
    const client = users.find((u) => u.tenant === tenant.slug)!;
    const owner = users.find((u) => u.role === 'owner' && u.partner === tenant.partner)!;
    return {
      id: random.id(),
      tenantId: tenant.id,
      dashboardId: dashboard.id,
      createdById: owner.id,
      name: spec.name,
      cron: spec.cron,
      timezone: tenant.timezone,
      recipients: [client.email],
      format: spec.format,
      rangePreset: spec.rangePreset,
      enabled: true,
      nextRunAt: nextMondayMorning(ctx),
      createdAt: ctx.at(-60),
      updatedAt: ctx.at(-60),
    };
  });
}

/** A short, plausible history per partner, so the audit view is not empty. */
export function buildAuditEvents(
  ctx: SeedContext,
  partners: SeededPartner[],
  tenants: SeededTenant[],
  refs: { embedAppIds: string[]; apiKeys: { id: string; prefix: string }[]; listings: { id: string; slug: string; status: string; publisherId: string }[]; ssoConnectionId: string; platformAdminId: string },
): Prisma.AuditEventCreateManyInput[] {
  const random = ctx.random.fork('audit');
  const rows: Prisma.AuditEventCreateManyInput[] = [];
  const event = (row: Omit<Prisma.AuditEventCreateManyInput, 'id' | 'ip' | 'userAgent'>) =>
    rows.push({ id: random.id(), ip: `203.0.113.${random.int(2, 250)}`, userAgent: 'Mozilla/5.0 (demo)', ...row });

  partners.forEach((partner, p) => {
    const owner = { actorType: 'user' as const, actorId: partner.ownerUserId, actorLabel: `owner@${partner.domain}` };
    event({ partnerId: partner.id, actorType: 'system', actorLabel: 'seed', action: 'partner.created', targetType: 'partner', targetId: partner.id, at: ctx.at(-700) });
    for (const tenant of tenants.filter((t) => t.partnerId === partner.id)) {
      event({ partnerId: partner.id, tenantId: tenant.id, ...owner, action: 'tenant.created', targetType: 'tenant', targetId: tenant.id, metadata: { slug: tenant.slug }, at: ctx.at(-690) });
    }
    event({ partnerId: partner.id, ...owner, action: 'embed_app.created', targetType: 'embed_app', targetId: refs.embedAppIds[p] ?? null, at: ctx.at(-600) });
    event({ partnerId: partner.id, ...owner, action: 'api_key.created', targetType: 'api_key', targetId: refs.apiKeys[p]?.id ?? null, metadata: { prefix: refs.apiKeys[p]?.prefix ?? null }, at: ctx.at(-600) });
    event({ partnerId: partner.id, ...owner, action: 'theme.updated', targetType: 'theme', metadata: { fields: ['primaryColor', 'fontFamily'] }, at: ctx.at(-120) });
    for (const listing of refs.listings.filter((l) => l.publisherId === partner.id && l.status !== 'draft')) {
      event({ partnerId: partner.id, ...owner, action: 'listing.submitted', targetType: 'listing', targetId: listing.id, metadata: { slug: listing.slug }, at: ctx.at(-180) });
      if (listing.status === 'published' || listing.status === 'rejected' || listing.status === 'unpublished') {
        const verb = listing.status === 'rejected' ? 'listing.rejected' : 'listing.approved';
        event({ partnerId: partner.id, actorType: 'user', actorId: refs.platformAdminId, actorLabel: 'admin@stratum.test', action: verb, targetType: 'listing', targetId: listing.id, metadata: { slug: listing.slug }, at: ctx.at(-175) });
      }
    }
  });
  const demo = partners[0]!;
  event({ partnerId: demo.id, actorType: 'user', actorId: demo.ownerUserId, actorLabel: `owner@${demo.domain}`, action: 'sso.connection.created', targetType: 'sso_connection', targetId: refs.ssoConnectionId, at: ctx.at(-500) });
  return rows;
}
