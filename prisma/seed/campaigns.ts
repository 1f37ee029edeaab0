import type { Prisma } from '../generated/sqlite/client.ts';
import { CHANNELS, type Channel } from '../../widgets/src/contract.ts';
import type { SeedContext } from './context.ts';
import { CHANNEL_PROFILES, drawEconomics, industryProfile, niceBudget, type CampaignEconomics } from './economics.ts';
import { baseUsdRate } from './fx.ts';
import { CampaignNamer } from './names.ts';
import type { Random } from './random.ts';
import type { SeededTenant } from './tenancy.ts';

export type CampaignStatus = 'draft' | 'active' | 'paused' | 'archived';

export interface VariantPlan {
  id: string;
  name: string;
  isControl: boolean;
  trafficShare: number;
  /** Multiplies the campaign's conversion rate for this variant (1 = no difference). */
  cvrMultiplier: number;
}

/** How a campaign behaves over time; only the first part becomes the Campaign row. */
export interface CampaignPlan {
  id: string;
  tenant: SeededTenant;
  channel: Channel;
  name: string;
  status: CampaignStatus;
  objective: string;
  dailyBudget: number;
  economics: CampaignEconomics;
  /** Expected spend as a share of the budget on an average day today (≥ 1: the budget caps it). */
  demandLevel: number;
  /** Demand growth over the period (0.2 = today's demand is 20% above the first day's). */
  growth: number;
  /** Day indexes (inclusive) with delivery; firstDay > lastDay means none (drafts). */
  firstDay: number;
  lastDay: number;
  startDate: Date | null;
  endDate: Date | null;
  /** A/B test: from testStartDay on, the campaign's traffic is split between the variants. */
  abTest?: { testStartDay: number; variants: VariantPlan[] };
  /** Planted: conversion rate multiplied by a ramp from 1 (on fromDay) to endMultiplier (on toDay and after). */
  cvrRamp?: { fromDay: number; toDay: number; endMultiplier: number };
  /** Planted: demand multiplied from this day on (pushes spend onto the budget cap). */
  demandBoost?: { fromDay: number; multiplier: number };
  createdAt: Date;
}

const STATUS_WEIGHTS: [CampaignStatus[], number[]] = [['active', 'paused', 'archived', 'draft'], [72, 12, 10, 6]];

/** Everything a plan needs apart from its identity, drawn for an ordinary (effect-free) campaign. */
export function drawCampaignPlan(ctx: SeedContext, random: Random, tenant: SeededTenant, channel: Channel, name: string, status: CampaignStatus): CampaignPlan {
  const { calendar } = ctx;
  const last = calendar.days - 1;
  const economics = drawEconomics(random, channel, tenant.industry, baseUsdRate(tenant.currency));
  const budgetUsd = random.float(...CHANNEL_PROFILES[channel].budgetUsd) * tenant.size;
  let firstDay = random.chance(0.85) ? 0 : random.int(0, Math.floor(last * 0.8));
  let lastDay = last;
  if (status === 'paused') lastDay = Math.max(firstDay + 14, last - random.int(7, 200));
  if (status === 'archived') {
    firstDay = random.int(0, Math.floor(last * 0.5));
    lastDay = Math.min(last - 30, firstDay + random.int(45, 240));
  }
  if (status === 'draft') {
    firstDay = last + 1;
    lastDay = last;
  }
  lastDay = Math.min(lastDay, last);
  const id = random.id();
  return {
    id,
    tenant,
    channel,
    name,
    status,
    objective: random.pick(CHANNEL_PROFILES[channel].objectives),
    dailyBudget: niceBudget(budgetUsd / baseUsdRate(tenant.currency)),
    economics,
    // About 1 in 20 campaigns is limited by its budget all the time, with a flat ROAS (a control for the planted effect).
    demandLevel: random.chance(0.05) ? random.float(1.35, 1.6) : random.float(0.55, 0.68),
    growth: random.float(-0.1, 0.3),
    firstDay,
    lastDay,
    startDate: status === 'draft' ? (random.chance(0.5) ? ctx.at(random.int(3, 30)) : null) : calendar.date(firstDay),
    endDate: status === 'archived' ? calendar.date(lastDay) : null,
    createdAt: status === 'draft' ? ctx.at(-random.int(1, 20)) : new Date(calendar.date(firstDay).getTime() - random.int(1, 10) * 86_400_000),
  };
}

function splitTest(random: Random, ctx: SeedContext, plan: CampaignPlan): void {
  const testStartDay = ctx.calendar.ago(random.int(21, 120));
  if (plan.status !== 'active' || plan.firstDay > testStartDay - 7) return;
  plan.abTest = {
    testStartDay,
    variants: [
      { id: random.id(), name: 'A — control', isControl: true, trafficShare: 0.5, cvrMultiplier: 1 },
      { id: random.id(), name: 'B — new creative', isControl: false, trafficShare: 0.5, cvrMultiplier: 1 },
    ],
  };
}

/**
 * The ordinary campaigns of one tenant, `count` minus the planted ones it already has. The first five cover every
 * channel (active all period) so each tenant has data on every channel; about 1 in 10 active campaigns runs an A/B
 * test whose variants perform the same.
 */
export function buildTenantCampaigns(ctx: SeedContext, tenant: SeededTenant, count: number, planted: CampaignPlan[]): CampaignPlan[] {
  const random = ctx.random.fork(`campaigns/${tenant.slug}`);
  const namer = new CampaignNamer();
  for (const plan of planted) namer.reserve(plan.name);
  const weights = industryProfile(tenant.industry).channelWeights;
  const plans: CampaignPlan[] = [...planted];
  for (let i = 0; plans.length < count; i++) {
    const channel = i < CHANNELS.length ? CHANNELS[i]! : random.weighted(CHANNELS, CHANNELS.map((c) => weights[c]));
    const status = i < CHANNELS.length ? 'active' : random.weighted(...STATUS_WEIGHTS);
    const plan = drawCampaignPlan(ctx, random, tenant, channel, namer.next(random, channel), status);
    if (i < CHANNELS.length) {
      plan.firstDay = 0;
      plan.startDate = ctx.calendar.date(0);
      plan.createdAt = ctx.at(-(ctx.calendar.days + 3));
    }
    if (channel !== 'email' && channel !== 'linkedin' && random.chance(0.12)) splitTest(random, ctx, plan);
    plans.push(plan);
  }
  return plans;
}

export function campaignRow(plan: CampaignPlan): Prisma.CampaignCreateManyInput {
  return {
    id: plan.id,
    tenantId: plan.tenant.id,
    name: plan.name,
    channel: plan.channel,
    status: plan.status,
    dailyBudget: plan.dailyBudget,
    currency: plan.tenant.currency,
    objective: plan.objective,
    startDate: plan.startDate,
    endDate: plan.endDate,
    createdAt: plan.createdAt,
    updatedAt: plan.createdAt,
  };
}

export function variantRows(plan: CampaignPlan, ctx: SeedContext): Prisma.AdVariantCreateManyInput[] {
  if (!plan.abTest) return [];
  const createdAt = ctx.calendar.date(plan.abTest.testStartDay);
  return plan.abTest.variants.map((v) => ({ id: v.id, campaignId: plan.id, name: v.name, isControl: v.isControl, trafficShare: v.trafficShare, createdAt }));
}

/** Rows of MetricDaily a plan yields (for the progress bar), without generating them. */
export function expectedMetricRows(plan: CampaignPlan): number {
  if (plan.firstDay > plan.lastDay) return 0;
  const days = plan.lastDay - plan.firstDay + 1;
  if (!plan.abTest) return days;
  const split = Math.max(0, plan.lastDay - Math.max(plan.firstDay, plan.abTest.testStartDay) + 1);
  return days - split + split * plan.abTest.variants.length;
}
