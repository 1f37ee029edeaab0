// No 'server-only' marker: the background worker (outside Next) recomputes recommendations with this.
import type { Channel } from '@stratum/contract';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { loadFxTable } from '@/server/analytics/fx';
import { addDays, isoDay } from './engine/dates.ts';
import type { CampaignDay, EngineInput, VariantDay } from './engine/types.ts';

/** Days of history the detectors read (the anomaly baseline needs 70). */
export const LOOKBACK_DAYS = 90;

/**
 * Reads one tenant's recent data into the engine's plain arrays: campaigns, daily campaign totals (variantKey "-"),
 * variant rows, signal health. Money is converted into the tenant's currency at each day's rate. The tenant is inside
 * every where. `asOf` defaults to the tenant's latest metric day.
 */
export async function loadEngineInput(db: Db, tenantId: string, asOf?: string): Promise<EngineInput | null> {
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { id: true, currency: true, trustGateThreshold: true } });
  if (!tenant) throw new AppError('NOT_FOUND', 'No such tenant.');
  const last = asOf ?? (await latestMetricDay(db, tenantId));
  if (!last) return null;
  const from = addDays(last, -(LOOKBACK_DAYS - 1));
  const range = { gte: new Date(`${from}T00:00:00.000Z`), lte: new Date(`${last}T00:00:00.000Z`) };
  const [campaigns, metrics, variants, signal] = await Promise.all([
    db.campaign.findMany({ where: { tenantId }, select: { id: true, name: true, channel: true, status: true, dailyBudget: true, currency: true } }),
    db.metricDaily.findMany({
      where: { tenantId, date: range },
      select: { campaignId: true, variantId: true, variantKey: true, date: true, spend: true, impressions: true, clicks: true, conversions: true, revenue: true, currency: true },
    }),
    db.adVariant.findMany({ where: { campaign: { tenantId } }, select: { id: true, campaignId: true, name: true, isControl: true, trafficShare: true } }),
    db.signalHealthDaily.findMany({
      where: { tenantId, date: range },
      select: { channel: true, date: true, emqScore: true, eventCoverage: true, freshnessMinutes: true, healthScore: true },
    }),
  ]);
  const currencies = new Set([...metrics.map((m) => m.currency), ...campaigns.map((c) => c.currency)]);
  const fx = await loadFxTable(db, currencies, tenant.currency, from, last);
  const campaignDays: CampaignDay[] = [];
  const variantDays: VariantDay[] = [];
  for (const m of metrics) {
    const date = isoDay(m.date);
    const f = fx.factor(m.currency, tenant.currency, date);
    const facts = { date, spend: m.spend * f, impressions: m.impressions, clicks: m.clicks, conversions: m.conversions, revenue: m.revenue * f };
    if (m.variantKey === '-') campaignDays.push({ campaignId: m.campaignId, ...facts });
    else if (m.variantId) variantDays.push({ campaignId: m.campaignId, variantId: m.variantId, ...facts });
  }
  return {
    asOf: last,
    currency: tenant.currency,
    trustGateThreshold: tenant.trustGateThreshold,
    campaigns: campaigns.map((c) => ({
      id: c.id,
      name: c.name,
      channel: c.channel as Channel,
      status: c.status,
      dailyBudget: c.dailyBudget * fx.factor(c.currency, tenant.currency, last),
    })),
    campaignDays,
    variants,
    variantDays,
    signal: signal.map((s) => ({ ...s, channel: s.channel as Channel, date: isoDay(s.date) })),
  };
}

export async function latestMetricDay(db: Db, tenantId: string): Promise<string | null> {
  const agg = await db.metricDaily.aggregate({ where: { tenantId }, _max: { date: true } });
  return agg._max.date ? isoDay(agg._max.date) : null;
}
