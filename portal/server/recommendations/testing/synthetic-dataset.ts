import type { Channel } from '@stratum/contract';
import type { PlantedEffect } from '../../../../prisma/demo-manifest.ts';
import { addDays, dayRange, weekday } from '../engine/dates.ts';
import type { CampaignDay, EngineCampaign, EngineInput, EngineVariant, SignalDay, VariantDay } from '../engine/types.ts';

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(r: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

function poisson(r: () => number, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(r)));
  const l = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= r();
  } while (p > l);
  return k - 1;
}

const WEEKLY = [0.8, 1.05, 1.1, 1.05, 1.0, 1.1, 0.9];
const CHANNELS: Channel[] = ['meta', 'google', 'tiktok', 'linkedin', 'email'];
export const AS_OF = '2026-11-25';
const DAYS = 120;

interface CampaignPlan {
  campaign: EngineCampaign;
  /** Share of the budget spent each day (≈1 when the budget caps it). */
  utilisation: number;
  cpc: number;
  conversionRate: number;
  aov: number;
  /** Multiplies the AOV on day index i (0 … DAYS−1): ROAS trends. */
  aovTrend?: (i: number) => number;
  /** Multiplies conversions on a date: planted drops. */
  conversionShock?: (date: string) => number;
  /** Conversion rate per variant. */
  variants?: { id: string; name: string; isControl: boolean; conversionRate: number }[];
}

export interface SyntheticTenant {
  input: EngineInput;
  effects: PlantedEffect[];
}

/**
 * A tenant of 15 campaigns over 120 days: weekly seasonality, Poisson conversions, noisy order values, mild volume
 * trends, some campaigns capped by their budget, A/B tests with equal arms, and stable signal health.
 * With `plant`, five effects are planted (one of each kind the engine must find).
 */
export function syntheticTenant(seed: number, plant: boolean): SyntheticTenant {
  const r = rng(seed);
  const tenantId = `t${seed}`;
  const from = addDays(AS_OF, -(DAYS - 1));
  const days = dayRange(from, AS_OF);
  const plans: CampaignPlan[] = [];
  for (let i = 0; i < 15; i++) {
    const channel = CHANNELS[i % CHANNELS.length]!;
    const capped = i % 3 === 0;
    const plan: CampaignPlan = {
      campaign: { id: `${tenantId}-c${i}`, name: `Campaign ${i}`, channel, status: 'active', dailyBudget: Math.round(300 + r() * 900) },
      utilisation: capped ? 0.97 + r() * 0.02 : 0.55 + r() * 0.3,
      cpc: 0.6 + r() * 1.2,
      conversionRate: 0.03 + r() * 0.03,
      aov: 0,
    };
    // Healthy unit economics: ROAS between 1.5 and 4.
    plan.aov = (plan.cpc / plan.conversionRate) * (1.5 + r() * 2.5);
    if (i === 4 || i === 9) {
      plan.variants = [
        { id: `${plan.campaign.id}-a`, name: 'A', isControl: true, conversionRate: plan.conversionRate },
        { id: `${plan.campaign.id}-b`, name: 'B', isControl: false, conversionRate: plan.conversionRate },
      ];
    }
    plans.push(plan);
  }
  const effects: PlantedEffect[] = [];
  const signalDrift = new Map<Channel, (i: number) => number>();
  if (plant) {
    // 1. Capped campaign whose ROAS rises ~70% over the last 28 days.
    const rising = plans[0]!;
    rising.aovTrend = (i) => (i < DAYS - 28 ? 1 : 1 + (0.7 * (i - (DAYS - 28))) / 27);
    rising.campaign.dailyBudget = 1500;
    rising.aov = Math.max(rising.aov, (rising.cpc / rising.conversionRate) * 2);
    effects.push({ kind: 'budget_capped_rising_roas', tenantId, campaignId: rising.campaign.id, from: addDays(AS_OF, -27), to: AS_OF });
    // 2. A/B test whose variant B converts 30% worse than A.
    const ab = plans[4]!;
    ab.campaign.dailyBudget = 1500;
    ab.utilisation = 0.9;
    ab.variants![1]!.conversionRate = ab.conversionRate * 0.7;
    effects.push({ kind: 'losing_variant', tenantId, campaignId: ab.campaign.id, variantId: ab.variants![1]!.id, winnerVariantId: ab.variants![0]!.id });
    // 3. Conversions of one campaign drop by 75% on one day, 5 days ago.
    const drop = plans[7]!;
    const dropDate = addDays(AS_OF, -5);
    drop.conversionShock = (d) => (d === dropDate ? 0.25 : 1);
    drop.campaign.dailyBudget = 1200;
    drop.utilisation = 0.9;
    effects.push({ kind: 'conversion_drop', tenantId, campaignId: drop.campaign.id, channel: drop.campaign.channel, date: dropDate });
    // 4. TikTok signal health sliding from 88 toward the threshold of 70 over the last 21 days.
    signalDrift.set('tiktok', (i) => (i < DAYS - 21 ? 0 : -0.75 * (i - (DAYS - 21))));
    effects.push({ kind: 'signal_degradation', tenantId, channel: 'tiktok', from: addDays(AS_OF, -20), to: AS_OF });
    // 5. A campaign returning 40% of its spend.
    const bleed = plans[11]!;
    bleed.aov = (bleed.cpc / bleed.conversionRate) * 0.4;
    effects.push({ kind: 'bleeding_campaign', tenantId, campaignId: bleed.campaign.id, from: addDays(AS_OF, -29), to: AS_OF });
  }

  const campaignDays: CampaignDay[] = [];
  const variantDays: VariantDay[] = [];
  const variants: EngineVariant[] = [];
  for (const p of plans) {
    const c = p.campaign;
    const volumeTrend = 1 + (r() - 0.5) * 0.3;
    for (const v of p.variants ?? []) variants.push({ id: v.id, campaignId: c.id, name: v.name, isControl: v.isControl, trafficShare: 1 / p.variants!.length });
    days.forEach((date, i) => {
      const season = WEEKLY[weekday(date)]!;
      const trend = 1 + ((volumeTrend - 1) * i) / DAYS;
      const spend = Math.min(c.dailyBudget, c.dailyBudget * p.utilisation * (p.utilisation > 0.95 ? 1 : season * trend) * (1 + 0.04 * normal(r)));
      const cpc = p.cpc * (1 + 0.05 * normal(r));
      const clicks = Math.max(0, Math.round(spend / cpc));
      const impressions = Math.round(clicks / (0.015 + 0.002 * normal(r)));
      const aov = p.aov * (p.aovTrend?.(i) ?? 1);
      const shock = p.conversionShock?.(date) ?? 1;
      const arms = p.variants ?? [{ id: '', name: '', isControl: true, conversionRate: p.conversionRate }];
      const day = { date, spend: 0, impressions: 0, clicks: 0, conversions: 0, revenue: 0 };
      arms.forEach((arm, k) => {
        const share = 1 / arms.length;
        const armClicks = k === arms.length - 1 ? clicks - Math.round(clicks * share) * (arms.length - 1) : Math.round(clicks * share);
        const conversions = poisson(r, armClicks * arm.conversionRate * season * shock);
        const revenue = Math.max(0, conversions * aov * (1 + 0.08 * normal(r)));
        const armSpend = (spend * armClicks) / Math.max(1, clicks);
        const armImpr = Math.round((impressions * armClicks) / Math.max(1, clicks));
        if (p.variants) variantDays.push({ campaignId: c.id, variantId: arm.id, date, spend: armSpend, impressions: armImpr, clicks: armClicks, conversions, revenue });
        day.spend += armSpend;
        day.impressions += armImpr;
        day.clicks += armClicks;
        day.conversions += conversions;
        day.revenue += revenue;
      });
      campaignDays.push({ campaignId: c.id, ...day });
    });
  }

  const signal: SignalDay[] = [];
  for (const channel of CHANNELS) {
    const base = 82 + r() * 8;
    days.forEach((date, i) => {
      const drift = signalDrift.get(channel)?.(i) ?? 0;
      const healthScore = Math.round(Math.min(100, Math.max(0, base + drift + 2 * normal(r))));
      signal.push({ channel, date, healthScore, emqScore: Math.min(10, healthScore / 10 + 0.3 * normal(r)), eventCoverage: Math.min(1, healthScore / 100 + 0.02 * normal(r)), freshnessMinutes: Math.round(20 + 10 * r()) });
    });
  }

  return {
    input: { asOf: AS_OF, currency: 'USD', trustGateThreshold: 70, campaigns: plans.map((p) => p.campaign), campaignDays, variants, variantDays, signal },
    effects,
  };
}
