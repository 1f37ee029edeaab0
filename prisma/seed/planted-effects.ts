import type { PlantedEffect } from '../demo-manifest.ts';
import { drawCampaignPlan, type CampaignPlan } from './campaigns.ts';
import type { SeedContext } from './context.ts';
import { drawEconomics, niceBudget } from './economics.ts';
import { baseUsdRate } from './fx.ts';
import type { ConversionDrop } from './metrics.ts';
import type { SignalDegradation } from './signal-health.ts';
import type { SeededTenant } from './tenancy.ts';

/**
 * The effects later work must find, planted in the last weeks of the demo partner's clients. Each is
 * large and sustained enough to be unmistakable; nothing else in the data looks like them.
 */
export const PLANTED = {
  showcaseTenant: 'acme-outfitters',
  secondTenant: 'lumen-software',
  thirdTenant: 'maison-verre',
  risingRoas: { name: 'Summer Sale', daysAgo: 59, roasStart: 2.1, roasMultiplier: 2.2 },
  losingVariant: { name: 'Landing Page Test · Q4', daysAgo: 48, loserCvr: 0.7 },
  conversionDrop: { channel: 'google', daysAgo: 9, factor: 0.1 },
  signalDegradation: { channel: 'tiktok', daysAgo: 44 },
  bleeding: { name: 'Creator Collab · Launch', daysAgo: 41, roas: 0.3 },
} as const;

export interface PlantedSetup {
  /** Planted campaigns by tenant slug. */
  campaigns: Map<string, CampaignPlan[]>;
  drops: ConversionDrop[];
  degradations: SignalDegradation[];
  effects: PlantedEffect[];
}

function tenantBySlug(tenants: SeededTenant[], slug: string): SeededTenant {
  const tenant = tenants.find((t) => t.slug === slug);
  if (!tenant) throw new Error(`Planted effects need tenant ${slug}`);
  return tenant;
}

export function plantEffects(ctx: SeedContext, tenants: SeededTenant[]): PlantedSetup {
  const random = ctx.random.fork('planted');
  const { calendar } = ctx;
  const today = calendar.iso(calendar.days - 1);
  const showcase = tenantBySlug(tenants, PLANTED.showcaseTenant);
  const second = tenantBySlug(tenants, PLANTED.secondTenant);
  const third = tenantBySlug(tenants, PLANTED.thirdTenant);
  const alwaysOn = (plan: CampaignPlan, budgetUsd: number) => {
    plan.firstDay = 0;
    plan.startDate = calendar.date(0);
    plan.createdAt = ctx.at(-(calendar.days + 5));
    plan.dailyBudget = niceBudget((budgetUsd * plan.tenant.size) / baseUsdRate(plan.tenant.currency));
    plan.growth = 0.1;
    return plan;
  };

  // 1. ROAS climbs steadily while spend sits on the daily budget.
  const rising = alwaysOn(drawCampaignPlan(ctx, random, showcase, 'meta', PLANTED.risingRoas.name, 'active'), 1500);
  const risingFrom = calendar.ago(PLANTED.risingRoas.daysAgo);
  rising.objective = 'sales';
  rising.economics = drawEconomics(random, 'meta', showcase.industry, baseUsdRate(showcase.currency), PLANTED.risingRoas.roasStart);
  rising.demandLevel = 0.8;
  rising.demandBoost = { fromDay: risingFrom, multiplier: 1.9 };
  rising.cvrRamp = { fromDay: risingFrom, toDay: calendar.days - 1, endMultiplier: PLANTED.risingRoas.roasMultiplier };

  // 2. An A/B test whose challenger converts 30% worse, on thousands of clicks a day.
  const test = alwaysOn(drawCampaignPlan(ctx, random, showcase, 'google', PLANTED.losingVariant.name, 'active'), 1500);
  test.demandLevel = 0.65;
  const testFrom = calendar.ago(PLANTED.losingVariant.daysAgo);
  const control = { id: random.id(), name: 'A — current landing page', isControl: true, trafficShare: 0.5, cvrMultiplier: 1 };
  const loser = { id: random.id(), name: 'B — new landing page', isControl: false, trafficShare: 0.5, cvrMultiplier: PLANTED.losingVariant.loserCvr };
  test.abTest = { testStartDay: testFrom, variants: [control, loser] };

  // 5. A new campaign that spends its whole budget at a ROAS far below 1.
  const bleeding = drawCampaignPlan(ctx, random, second, 'tiktok', PLANTED.bleeding.name, 'active');
  const bleedingFrom = calendar.ago(PLANTED.bleeding.daysAgo);
  bleeding.firstDay = bleedingFrom;
  bleeding.startDate = calendar.date(bleedingFrom);
  bleeding.createdAt = ctx.at(-(PLANTED.bleeding.daysAgo + 2));
  bleeding.dailyBudget = niceBudget(700 / baseUsdRate(second.currency));
  bleeding.demandLevel = 1.4;
  bleeding.growth = 0;
  const economics = drawEconomics(random, 'tiktok', second.industry, baseUsdRate(second.currency));
  bleeding.economics = { ...economics, cvr: (economics.cvr * PLANTED.bleeding.roas) / economics.roas };

  const drop: ConversionDrop = { tenantId: third.id, channel: PLANTED.conversionDrop.channel, day: calendar.ago(PLANTED.conversionDrop.daysAgo), factor: PLANTED.conversionDrop.factor };
  const degradation: SignalDegradation = { tenantId: showcase.id, channel: PLANTED.signalDegradation.channel, fromDay: calendar.ago(PLANTED.signalDegradation.daysAgo), toDay: calendar.days - 1 };

  return {
    campaigns: new Map([
      [showcase.slug, [rising, test]],
      [second.slug, [bleeding]],
    ]),
    drops: [drop],
    degradations: [degradation],
    effects: [
      { kind: 'budget_capped_rising_roas', tenantId: showcase.id, campaignId: rising.id, from: calendar.iso(risingFrom), to: today },
      { kind: 'losing_variant', tenantId: showcase.id, campaignId: test.id, variantId: loser.id, winnerVariantId: control.id, from: calendar.iso(testFrom), to: today },
      { kind: 'conversion_drop', tenantId: third.id, channel: drop.channel, date: calendar.iso(drop.day) },
      { kind: 'signal_degradation', tenantId: showcase.id, channel: degradation.channel, from: calendar.iso(degradation.fromDay), to: today },
      { kind: 'bleeding_campaign', tenantId: second.id, campaignId: bleeding.id, from: calendar.iso(bleedingFrom), to: today },
    ],
  };
}
