import type { Channel } from '../../widgets/src/contract.ts';
import type { CampaignPlan, VariantPlan } from './campaigns.ts';
import type { SeedContext } from './context.ts';
import { industryProfile, yearlyFactor } from './economics.ts';
import type { Random } from './random.ts';

/**
 * Daily facts of a campaign. Rows of one day are either one campaign-level row (variantKey "-", variantId null)
 * or, once the campaign runs an A/B test, one row per variant (variantKey = variantId) and no campaign-level row —
 * so a sum over all rows of a campaign never counts a day twice.
 */
export interface MetricRow {
  id: string;
  tenantId: string;
  campaignId: string;
  variantId: string | null;
  variantKey: string;
  channel: Channel;
  date: Date;
  spend: number;
  impressions: number;
  clicks: number;
  conversions: number;
  revenue: number;
  currency: string;
}

/** Planted: on `day`, conversions of every campaign of `channel` in the tenant fall to `factor` of normal. */
export interface ConversionDrop {
  tenantId: string;
  channel: Channel;
  day: number;
  factor: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

interface DayTotals {
  spend: number;
  impressions: number;
  clicks: number;
  conversions: number;
  revenue: number;
}

/** Splits a quantity so that cumulative shares stay exact (error diffusion): equal variants get equal rates. */
class DiffusedSplit {
  private target = 0;
  private assigned = 0;

  take(total: number, share: number): number {
    this.target += total * share;
    const part = Math.min(total, Math.max(0, Math.round(this.target) - this.assigned));
    this.assigned += part;
    return part;
  }
}

function revenueFor(random: Random, conversions: number, aov: number): number {
  if (conversions === 0) return 0;
  return round2(conversions * aov * random.jitter(0.25 / Math.sqrt(conversions)));
}

/** Splits one day of a campaign between its variants. */
class VariantSplitter {
  private readonly clickSplits: DiffusedSplit[];
  private readonly conversionSplits: DiffusedSplit[];
  private readonly equal: boolean;

  constructor(private readonly variants: VariantPlan[]) {
    this.clickSplits = variants.map(() => new DiffusedSplit());
    this.conversionSplits = variants.map(() => new DiffusedSplit());
    this.equal = variants.every((v) => v.cvrMultiplier === 1);
  }

  split(random: Random, day: DayTotals, cvr: number, aov: number): DayTotals[] {
    const parts: DayTotals[] = [];
    let impressionsLeft = day.impressions;
    let clicksLeft = day.clicks;
    let conversionsLeft = day.conversions;
    let spendLeft = day.spend;
    let shareLeft = 1;
    this.variants.forEach((variant, i) => {
      const last = i === this.variants.length - 1;
      const share = variant.trafficShare / shareLeft;
      const impressions = last ? impressionsLeft : random.binomial(impressionsLeft, share);
      const impressionShare = day.impressions > 0 ? impressions / day.impressions : 0;
      const clicks = last ? clicksLeft : Math.min(clicksLeft, this.clickSplits[i]!.take(day.clicks, impressionShare));
      const spend = last ? round2(spendLeft) : round2(day.spend * impressionShare);
      let conversions: number;
      if (this.equal) {
        const clickShare = day.clicks > 0 ? clicks / day.clicks : 0;
        conversions = last ? conversionsLeft : Math.min(conversionsLeft, this.conversionSplits[i]!.take(day.conversions, clickShare));
      } else {
        // A real difference: each variant converts at its own rate, with daily noise but no drift in the running
        // totals, so the measured gap stays at the planted one instead of wandering with the sampling noise.
        conversions = this.conversionSplits[i]!.take(clicks, Math.min(1, cvr * variant.cvrMultiplier * random.jitter(0.08)));
      }
      parts.push({ spend, impressions, clicks, conversions, revenue: 0 });
      impressionsLeft -= impressions;
      clicksLeft -= clicks;
      conversionsLeft -= conversions;
      spendLeft -= spend;
      shareLeft -= variant.trafficShare;
    });
    const totalConversions = parts.reduce((sum, p) => sum + p.conversions, 0);
    for (const part of parts) {
      part.revenue = this.equal && totalConversions > 0 ? round2((day.revenue * part.conversions) / totalConversions) : revenueFor(random, part.conversions, aov);
    }
    return parts;
  }
}

/** Conversion-rate multiplier of planted effects on a day (1 elsewhere). */
function conversionMultiplier(plan: CampaignPlan, day: number, drops: ConversionDrop[]): number {
  let multiplier = 1;
  const ramp = plan.cvrRamp;
  if (ramp && day >= ramp.fromDay) {
    const progress = Math.min(1, (day - ramp.fromDay) / Math.max(1, ramp.toDay - ramp.fromDay));
    multiplier *= 1 + (ramp.endMultiplier - 1) * progress;
  }
  for (const drop of drops) if (drop.day === day && drop.channel === plan.channel && drop.tenantId === plan.tenant.id) multiplier *= drop.factor;
  return multiplier;
}

/**
 * The funnel of one day: demand (seasonality × trend × noise) capped by the budget gives spend; impressions come from
 * the CPM, clicks from the CTR, conversions from the CVR (noisy by day, exact over time) and revenue from the order
 * value.
 */
export function generateCampaignMetrics(ctx: SeedContext, plan: CampaignPlan, drops: ConversionDrop[] = [], ordinal = 0): MetricRow[] {
  if (plan.firstDay > plan.lastDay) return [];
  const random = ctx.random.fork(`metrics/${plan.id}`);
  const industry = industryProfile(plan.tenant.industry);
  const { cpm, ctr, cvr, aov } = plan.economics;
  const splitter = plan.abTest ? new VariantSplitter(plan.abTest.variants) : undefined;
  const span = Math.max(1, ctx.calendar.days - 1);
  const rows: MetricRow[] = [];
  // Conversions follow the day's rate without sampling noise piling up: a small campaign's ROAS over a few weeks
  // stays near its own level instead of wandering below 1 by chance (which would look like a planted effect).
  const converted = new DiffusedSplit();
  // Row ids sort by (campaign ordinal, day, variant): see Random.orderedId.
  const rowId = (day: number, slot: number) => random.orderedId(ordinal * 8192 + day * 8 + slot);
  const base = { tenantId: plan.tenant.id, campaignId: plan.id, channel: plan.channel, currency: plan.tenant.currency };

  for (let day = plan.firstDay; day <= plan.lastDay; day++) {
    const date = ctx.calendar.date(day);
    const trend = (1 + (plan.growth * day) / span) / (1 + plan.growth);
    const boost = plan.demandBoost && day >= plan.demandBoost.fromDay ? plan.demandBoost.multiplier : 1;
    const demand = plan.dailyBudget * plan.demandLevel * industry.weekly[date.getUTCDay()]! * yearlyFactor(industry, date) * trend * boost * random.jitter(0.06);
    const spend = round2(Math.min(plan.dailyBudget, demand));
    const impressions = Math.round((spend / (cpm * random.jitter(0.04))) * 1000);
    const clicks = random.binomial(impressions, ctr * random.jitter(0.03));
    const dayCvr = Math.min(1, cvr * conversionMultiplier(plan, day, drops) * random.jitter(0.06));
    const conversions = converted.take(clicks, dayCvr);
    const totals: DayTotals = { spend, impressions, clicks, conversions, revenue: revenueFor(random, conversions, aov) };

    if (splitter && plan.abTest && day >= plan.abTest.testStartDay) {
      const parts = splitter.split(random, totals, dayCvr, aov);
      plan.abTest.variants.forEach((variant, i) => {
        rows.push({ id: rowId(day, i + 1), ...base, variantId: variant.id, variantKey: variant.id, date, ...parts[i]! });
      });
    } else {
      rows.push({ id: rowId(day, 0), ...base, variantId: null, variantKey: '-', date, ...totals });
    }
  }
  return rows;
}
