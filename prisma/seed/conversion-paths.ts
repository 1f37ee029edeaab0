import type { Channel } from '../../widgets/src/contract.ts';
import type { CampaignPlan } from './campaigns.ts';
import type { SeedContext } from './context.ts';
import type { Random } from './random.ts';
import type { SeededTenant } from './tenancy.ts';

export interface Touchpoint {
  channel: Channel;
  campaignId: string;
  at: string;
}

export interface ConversionPathRow {
  id: string;
  tenantId: string;
  touchpoints: Touchpoint[];
  convertedAt: Date;
  revenue: number;
  currency: string;
}

/** Upper-funnel channels open journeys, search and email close them — so attribution models disagree visibly. */
const FIRST_TOUCH: Record<Channel, number> = { meta: 35, tiktok: 25, linkedin: 15, google: 15, email: 10 };
const MIDDLE_TOUCH: Record<Channel, number> = { meta: 25, tiktok: 15, linkedin: 10, google: 25, email: 25 };
const LAST_TOUCH: Record<Channel, number> = { meta: 15, tiktok: 5, linkedin: 10, google: 45, email: 25 };
const PATH_LENGTHS = [1, 2, 3, 4, 5];
const PATH_LENGTH_WEIGHTS = [30, 30, 20, 12, 8];
const HISTORY_DAYS = 180;

function pickChannel(random: Random, weights: Record<Channel, number>, available: Channel[]): Channel {
  return random.weighted(available, available.map((c) => weights[c]));
}

/**
 * Converting journeys of a tenant over the last 180 days: 1–5 touchpoints on campaigns that were delivering at the
 * time, in time order, with the order value in the tenant's currency.
 */
export function buildConversionPaths(ctx: SeedContext, tenant: SeededTenant, plans: CampaignPlan[], count: number): ConversionPathRow[] {
  const random = ctx.random.fork(`paths/${tenant.slug}`);
  const delivering = plans.filter((p) => p.firstDay <= p.lastDay);
  const channels = [...new Set(delivering.map((p) => p.channel))];
  const meanOrder = delivering.reduce((sum, p) => sum + p.economics.aov, 0) / Math.max(1, delivering.length);
  const lastDay = ctx.calendar.days - 1;
  const rows: ConversionPathRow[] = [];

  const campaignFor = (channel: Channel, day: number): CampaignPlan => {
    const live = delivering.filter((p) => p.channel === channel && p.firstDay <= day && p.lastDay >= day);
    return random.pick(live.length ? live : delivering.filter((p) => p.channel === channel));
  };

  for (let i = 0; i < count; i++) {
    const convertedDay = lastDay - random.int(0, HISTORY_DAYS - 1);
    const convertedAt = new Date(ctx.calendar.date(convertedDay).getTime() + random.int(6 * 60, 23 * 60) * 60_000);
    const length = random.weighted(PATH_LENGTHS, PATH_LENGTH_WEIGHTS);
    const offsetsMinutes = Array.from({ length }, (_, k) => (k === length - 1 ? random.int(5, 600) : random.int(60, 30 * 24 * 60))).sort((a, b) => b - a);
    const touchpoints: Touchpoint[] = offsetsMinutes.map((minutesBefore, k) => {
      const weights = k === length - 1 ? LAST_TOUCH : k === 0 ? FIRST_TOUCH : MIDDLE_TOUCH;
      const channel = pickChannel(random, weights, channels);
      const at = new Date(convertedAt.getTime() - minutesBefore * 60_000);
      const day = Math.max(0, Math.min(lastDay, convertedDay - Math.floor(minutesBefore / (24 * 60))));
      return { channel, campaignId: campaignFor(channel, day).id, at: at.toISOString() };
    });
    rows.push({ id: random.id(), tenantId: tenant.id, touchpoints, convertedAt, revenue: Math.round(meanOrder * random.jitter(0.4) * 100) / 100, currency: tenant.currency });
  }
  return rows;
}
