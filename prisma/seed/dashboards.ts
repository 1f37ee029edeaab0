import type { Prisma } from '../generated/sqlite/client.ts';
import type { DashboardLayout, DashboardWidget } from '../../widgets/src/contract.ts';
import type { SeedContext } from './context.ts';
import type { SeededPartner, SeededTenant } from './tenancy.ts';

export const PERFORMANCE_OVERVIEW: DashboardLayout = {
  defaultRange: 'last_30_days',
  widgets: [
    { id: 'kpi-spend', kind: 'kpi', title: 'Spend', metric: 'spend', layout: { w: 3, h: 1 } },
    { id: 'kpi-revenue', kind: 'kpi', title: 'Revenue', metric: 'revenue', layout: { w: 3, h: 1 } },
    { id: 'kpi-roas', kind: 'kpi', title: 'ROAS', metric: 'roas', layout: { w: 3, h: 1 } },
    { id: 'kpi-cpa', kind: 'kpi', title: 'Cost per acquisition', metric: 'cpa', layout: { w: 3, h: 1 } },
    { id: 'revenue-spend-trend', kind: 'chart', title: 'Revenue and spend', chartType: 'line', metrics: ['revenue', 'spend'], dimension: 'date', grain: 'day', layout: { w: 8, h: 3 } },
    { id: 'conversions-by-channel', kind: 'chart', title: 'Conversions by channel', chartType: 'bar', metric: 'conversions', dimension: 'channel', layout: { w: 4, h: 3 } },
    { id: 'campaign-table', kind: 'table', title: 'Campaigns', metrics: ['spend', 'revenue', 'roas', 'conversions', 'cpa'], dimension: 'campaign', limit: 20, layout: { w: 8, h: 4 } },
    { id: 'signal-health', kind: 'signal-health', title: 'Signal health', layout: { w: 4, h: 4 } },
  ],
};

export const CHANNEL_MIX: DashboardLayout = {
  defaultRange: 'last_90_days',
  widgets: [
    { id: 'spend-share', kind: 'chart', title: 'Spend by channel', chartType: 'doughnut', metric: 'spend', dimension: 'channel', layout: { w: 4, h: 3 } },
    { id: 'conversions-weekly', kind: 'chart', title: 'Weekly conversions by channel', chartType: 'stacked-bar', metric: 'conversions', dimension: 'channel', grain: 'week', layout: { w: 8, h: 3 } },
    { id: 'kpi-ctr', kind: 'kpi', title: 'Click-through rate', metric: 'ctr', layout: { w: 4, h: 1 } },
    { id: 'kpi-cpc', kind: 'kpi', title: 'Cost per click', metric: 'cpc', layout: { w: 4, h: 1 } },
    { id: 'kpi-conversion-rate', kind: 'kpi', title: 'Conversion rate', metric: 'conversion_rate', layout: { w: 4, h: 1 } },
    { id: 'channel-table', kind: 'table', title: 'Channels', metrics: ['spend', 'impressions', 'clicks', 'conversions', 'revenue', 'roas'], dimension: 'channel', layout: { w: 12, h: 3 } },
  ],
};

export const GROWTH_DESK: DashboardLayout = {
  defaultRange: 'last_30_days',
  widgets: [
    { id: 'recommendations', kind: 'recommendations', title: 'Recommendations', layout: { w: 7, h: 4 } },
    { id: 'copilot', kind: 'copilot', title: 'Ask about your campaigns', layout: { w: 5, h: 4 } },
    { id: 'variant-table', kind: 'table', title: 'A/B test variants', metrics: ['clicks', 'conversions', 'conversion_rate', 'revenue'], dimension: 'variant', layout: { w: 12, h: 3 } },
  ],
};

export const AGENCY_TEMPLATE: DashboardLayout = {
  defaultRange: 'last_30_days',
  widgets: PERFORMANCE_OVERVIEW.widgets.filter((w: DashboardWidget) => w.kind !== 'signal-health'),
};

export interface SeededDashboard {
  id: string;
  partnerId: string;
  tenantId: string | null;
  title: string;
}

export interface DashboardRows {
  dashboards: SeededDashboard[];
  dashboardRows: Prisma.DashboardCreateManyInput[];
  versionRows: Prisma.DashboardVersionCreateManyInput[];
}

/**
 * Per partner one template (tenantId null); per tenant "Performance overview" (from the template), "Channel mix"
 * and, for the demo partner's clients, a "Growth desk" with the AI widgets. Each dashboard has its version 1.
 */
export function buildDashboards(ctx: SeedContext, partners: SeededPartner[], tenants: SeededTenant[], demoPartner: string): DashboardRows {
  const random = ctx.random.fork('dashboards');
  const createdAt = ctx.at(-300);
  const out: DashboardRows = { dashboards: [], dashboardRows: [], versionRows: [] };
  const add = (partner: SeededPartner, tenantId: string | null, title: string, description: string, layout: DashboardLayout, sourceTemplateId: string | null) => {
    const id = random.id();
    out.dashboards.push({ id, partnerId: partner.id, tenantId, title });
    out.dashboardRows.push({ id, partnerId: partner.id, tenantId, isTemplate: tenantId === null, title, description, layout: layout as unknown as Prisma.InputJsonValue, version: 1, sourceTemplateId, createdAt, updatedAt: createdAt });
    out.versionRows.push({ id: random.id(), dashboardId: id, version: 1, title, layout: layout as unknown as Prisma.InputJsonValue, createdById: partner.ownerUserId, createdAt });
    return id;
  };
  for (const partner of partners) {
    const templateId = add(partner, null, 'Agency standard report', 'The KPIs, trend, channel and campaign views every client gets.', AGENCY_TEMPLATE, null);
    for (const tenant of tenants.filter((t) => t.partnerId === partner.id)) {
      add(partner, tenant.id, 'Performance overview', 'Spend, revenue and efficiency across every channel.', PERFORMANCE_OVERVIEW, templateId);
      add(partner, tenant.id, 'Channel mix', 'Where the budget goes and what each channel returns.', CHANNEL_MIX, null);
      if (partner.slug === demoPartner) add(partner, tenant.id, 'Growth desk', 'Recommendations, the copilot and running A/B tests.', GROWTH_DESK, null);
    }
  }
  return out;
}
