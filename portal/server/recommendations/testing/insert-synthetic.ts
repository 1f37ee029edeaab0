import type { Db } from '../../../../prisma/connect.ts';
import type { SyntheticTenant } from './synthetic-dataset.ts';

const day = (d: string) => new Date(`${d}T00:00:00.000Z`);

/** Writes a synthetic tenant into a real database under a new partner; returns the ids the engine's ids map to. */
export async function insertSyntheticTenant(db: Db, data: SyntheticTenant, slug: string, existingPartnerId?: string): Promise<{ partnerId: string; tenantId: string; campaignIds: Map<string, string>; variantIds: Map<string, string> }> {
  const partnerId = existingPartnerId ?? (await db.partner.create({ data: { slug: `p-${slug}`, name: `Partner ${slug}` } })).id;
  const tenant = await db.tenant.create({ data: { partnerId, slug, name: `Tenant ${slug}`, currency: data.input.currency, trustGateThreshold: data.input.trustGateThreshold } });
  const campaignIds = new Map<string, string>();
  const variantIds = new Map<string, string>();
  for (const c of data.input.campaigns) {
    const row = await db.campaign.create({ data: { tenantId: tenant.id, name: c.name, channel: c.channel, status: c.status, dailyBudget: c.dailyBudget, currency: data.input.currency } });
    campaignIds.set(c.id, row.id);
  }
  for (const v of data.input.variants) {
    const row = await db.adVariant.create({ data: { campaignId: campaignIds.get(v.campaignId)!, name: v.name, isControl: v.isControl, trafficShare: v.trafficShare } });
    variantIds.set(v.id, row.id);
  }
  const channelOf = new Map(data.input.campaigns.map((c) => [c.id, c.channel]));
  const metric = (r: { campaignId: string; date: string; spend: number; impressions: number; clicks: number; conversions: number; revenue: number }, variantId: string | null) => ({
    tenantId: tenant.id,
    campaignId: campaignIds.get(r.campaignId)!,
    variantId,
    variantKey: variantId ?? '-',
    channel: channelOf.get(r.campaignId)!,
    date: day(r.date),
    spend: r.spend,
    impressions: r.impressions,
    clicks: r.clicks,
    conversions: r.conversions,
    revenue: r.revenue,
    currency: data.input.currency,
  });
  await db.metricDaily.createMany({ data: data.input.campaignDays.map((r) => metric(r, null)) });
  await db.metricDaily.createMany({ data: data.input.variantDays.map((r) => metric(r, variantIds.get(r.variantId)!)) });
  await db.signalHealthDaily.createMany({ data: data.input.signal.map((s) => ({ tenantId: tenant.id, ...s, date: day(s.date) })) });
  return { partnerId, tenantId: tenant.id, campaignIds, variantIds };
}
