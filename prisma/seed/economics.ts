import type { Channel } from '../../widgets/src/contract.ts';
import { dayOfYear } from './dates.ts';
import type { Random } from './random.ts';

/** Typical unit economics per channel, in USD (converted to the tenant's currency at the base FX level). */
interface ChannelProfile {
  ctr: [number, number];
  cvr: [number, number];
  roas: [number, number];
  budgetUsd: [number, number];
  objectives: string[];
}

export const CHANNEL_PROFILES: Record<Channel, ChannelProfile> = {
  meta: { ctr: [0.009, 0.016], cvr: [0.02, 0.035], roas: [2, 4.5], budgetUsd: [120, 1200], objectives: ['conversions', 'sales', 'traffic', 'awareness'] },
  google: { ctr: [0.03, 0.06], cvr: [0.03, 0.055], roas: [2.5, 5.5], budgetUsd: [150, 1800], objectives: ['conversions', 'sales', 'leads'] },
  tiktok: { ctr: [0.007, 0.013], cvr: [0.012, 0.025], roas: [1.8, 3.2], budgetUsd: [80, 700], objectives: ['conversions', 'awareness', 'engagement'] },
  linkedin: { ctr: [0.004, 0.008], cvr: [0.02, 0.04], roas: [1.8, 3.2], budgetUsd: [100, 800], objectives: ['leads', 'conversions', 'awareness'] },
  email: { ctr: [0.02, 0.04], cvr: [0.03, 0.06], roas: [8, 20], budgetUsd: [30, 150], objectives: ['conversions', 'retention'] },
};

interface IndustryProfile {
  aovUsd: [number, number];
  cvrFactor: number;
  channelWeights: Record<Channel, number>;
  /** Demand multipliers, Sunday first (getUTCDay order). */
  weekly: [number, number, number, number, number, number, number];
  yearlyAmplitude: number;
  /** Day of the year when demand peaks. */
  yearlyPeak: number;
}

export const INDUSTRY_PROFILES: Record<string, IndustryProfile> = {
  ecommerce: {
    aovUsd: [60, 110],
    cvrFactor: 1,
    channelWeights: { meta: 30, google: 30, tiktok: 15, linkedin: 5, email: 20 },
    weekly: [1.08, 0.96, 0.95, 0.97, 0.99, 1.0, 1.05],
    yearlyAmplitude: 0.06,
    yearlyPeak: 330,
  },
  saas: {
    aovUsd: [250, 600],
    cvrFactor: 0.6,
    channelWeights: { meta: 15, google: 35, tiktok: 5, linkedin: 30, email: 15 },
    weekly: [0.84, 1.06, 1.08, 1.07, 1.05, 0.98, 0.86],
    yearlyAmplitude: 0.03,
    yearlyPeak: 260,
  },
  travel: {
    aovUsd: [300, 700],
    cvrFactor: 0.5,
    channelWeights: { meta: 30, google: 35, tiktok: 15, linkedin: 5, email: 15 },
    weekly: [1.06, 1.0, 0.97, 0.96, 0.98, 1.0, 1.03],
    yearlyAmplitude: 0.05,
    yearlyPeak: 150,
  },
  healthcare: {
    aovUsd: [120, 250],
    cvrFactor: 0.7,
    channelWeights: { meta: 25, google: 40, tiktok: 5, linkedin: 10, email: 20 },
    weekly: [0.9, 1.06, 1.05, 1.04, 1.03, 1.0, 0.92],
    yearlyAmplitude: 0.03,
    yearlyPeak: 20,
  },
};

export function industryProfile(industry: string): IndustryProfile {
  const profile = INDUSTRY_PROFILES[industry];
  if (!profile) throw new Error(`No economics for industry "${industry}"`);
  return profile;
}

/** Smooth yearly demand curve, 1 ± amplitude, peaking on the industry's day. */
export function yearlyFactor(profile: IndustryProfile, date: Date): number {
  return 1 + profile.yearlyAmplitude * Math.cos((2 * Math.PI * (dayOfYear(date) - profile.yearlyPeak)) / 365);
}

/** Unit economics of one campaign, in the campaign's currency. */
export interface CampaignEconomics {
  /** Cost per 1000 impressions. */
  cpm: number;
  ctr: number;
  cvr: number;
  /** Average order value. */
  aov: number;
}

/** Draws a campaign's economics so that its expected ROAS is `roas` (or a typical one for the channel). */
export function drawEconomics(random: Random, channel: Channel, industry: string, usdRate: number, roas?: number): CampaignEconomics & { roas: number } {
  const channelProfile = CHANNEL_PROFILES[channel];
  const industryProf = industryProfile(industry);
  const targetRoas = roas ?? random.float(...channelProfile.roas);
  const ctr = random.float(...channelProfile.ctr);
  const cvr = random.float(...channelProfile.cvr) * industryProf.cvrFactor;
  const aovUsd = random.float(...industryProf.aovUsd);
  // ROAS = revenue / spend = (1000/cpm) · ctr · cvr · aov, solved for the CPM.
  const cpmUsd = (1000 * ctr * cvr * aovUsd) / targetRoas;
  return { cpm: cpmUsd / usdRate, ctr, cvr, aov: aovUsd / usdRate, roas: targetRoas };
}

/** A daily budget in local currency, rounded the way people set budgets. */
export function niceBudget(amount: number): number {
  if (amount >= 1000) return Math.round(amount / 50) * 50;
  if (amount >= 100) return Math.round(amount / 10) * 10;
  return Math.max(5, Math.round(amount / 5) * 5);
}
