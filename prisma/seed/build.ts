import type { Prisma } from '../generated/sqlite/client.ts';
import type { PlantedEffect } from '../demo-manifest.ts';
import { buildAccess, type AccessRows } from './access.ts';
import { buildAuditEvents, buildScheduledReports } from './activity.ts';
import { buildTenantCampaigns, campaignRow, expectedMetricRows, variantRows, type CampaignPlan } from './campaigns.ts';
import type { SeedContext } from './context.ts';
import { buildConversionPaths, type ConversionPathRow } from './conversion-paths.ts';
import { buildDashboards, type SeededDashboard } from './dashboards.ts';
import { buildFxRates } from './fx.ts';
import { buildListings } from './listings.ts';
import type { ConversionDrop } from './metrics.ts';
import { plantEffects } from './planted-effects.ts';
import { buildSignalHealth, type SignalHealthRow } from './signal-health.ts';
import { buildTenancy, type TenancyRows } from './tenancy.ts';
import { buildThemes } from './themes.ts';

export const DEMO_PARTNER = 'northwind';

/** Every row of the seed except the daily metrics, which are generated campaign by campaign while inserting. */
export interface SeedData {
  tenancy: TenancyRows;
  access: AccessRows;
  plans: CampaignPlan[];
  drops: ConversionDrop[];
  effects: PlantedEffect[];
  dashboards: SeededDashboard[];
  expectedMetricRows: number;
  rows: {
    themes: Prisma.ThemeCreateManyInput[];
    campaigns: Prisma.CampaignCreateManyInput[];
    variants: Prisma.AdVariantCreateManyInput[];
    dashboards: Prisma.DashboardCreateManyInput[];
    dashboardVersions: Prisma.DashboardVersionCreateManyInput[];
    listings: Prisma.ListingCreateManyInput[];
    listingVersions: Prisma.ListingVersionCreateManyInput[];
    installations: Prisma.InstallationCreateManyInput[];
    reviews: Prisma.ReviewCreateManyInput[];
    auditEvents: Prisma.AuditEventCreateManyInput[];
    scheduledReports: Prisma.ScheduledReportCreateManyInput[];
    fxRates: Prisma.FxRateCreateManyInput[];
    signalHealth: SignalHealthRow[];
    conversionPaths: ConversionPathRow[];
  };
}

export function buildSeedData(ctx: SeedContext): SeedData {
  const tenancy = buildTenancy(ctx);
  const { partners, tenants } = tenancy;
  const planted = plantEffects(ctx, tenants);
  const plans = tenants.flatMap((tenant, i) => buildTenantCampaigns(ctx, tenant, ctx.config.campaignsPerTenant[i] ?? 0, planted.campaigns.get(tenant.slug) ?? []));
  const access = buildAccess(ctx, partners, DEMO_PARTNER);
  const board = buildDashboards(ctx, partners, tenants, DEMO_PARTNER);
  const market = buildListings(ctx, partners, tenants, tenancy.platformAdmin.id);
  const dashboards = [...board.dashboards, ...market.installedDashboards.map((d) => d.dashboard)];

  return {
    tenancy,
    access,
    plans,
    drops: planted.drops,
    effects: planted.effects,
    dashboards,
    expectedMetricRows: plans.reduce((sum, plan) => sum + expectedMetricRows(plan), 0),
    rows: {
      themes: buildThemes(ctx, partners, tenants),
      campaigns: plans.map(campaignRow),
      variants: plans.flatMap((plan) => variantRows(plan, ctx)),
      dashboards: [...board.dashboardRows, ...market.installedDashboards.map((d) => d.row)],
      dashboardVersions: [...board.versionRows, ...market.installedDashboards.map((d) => d.version)],
      listings: market.listingRows,
      listingVersions: market.versionRows,
      installations: market.installationRows,
      reviews: market.reviewRows,
      auditEvents: buildAuditEvents(ctx, partners, tenants, {
        embedAppIds: access.access.map((a) => a.embedApp.id),
        apiKeys: access.apiKeyRows.map((k) => ({ id: k.id!, prefix: k.prefix })),
        listings: market.listings,
        ssoConnectionId: access.sso.connectionId,
        platformAdminId: tenancy.platformAdmin.id,
      }),
      scheduledReports: buildScheduledReports(ctx, tenants, tenancy.users, dashboards),
      fxRates: buildFxRates(ctx, tenants.map((t) => t.currency).concat('USD')),
      signalHealth: buildSignalHealth(ctx, tenants, planted.degradations),
      conversionPaths: tenants.flatMap((tenant) => buildConversionPaths(ctx, tenant, plans.filter((p) => p.tenant.id === tenant.id), ctx.config.conversionPathsPerTenant)),
    },
  };
}
