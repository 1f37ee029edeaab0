/**
 * A small two-partner world for embed API tests:
 *   partner A ("north"): tenant a1 (EUR, with USD and GBP campaigns too), tenant a2 (USD)
 *   partner B ("south"): tenant b1 (USD)
 * with campaigns on several channels, 60 days of metrics, an A/B test, FX rates, dashboards and signal health.
 */
import type { Channel } from '../../../widgets/src/contract.ts';
import type { Db } from '../../../prisma/connect.ts';
import { createCampaign, createEmbedApp, createPartner, createTenant, insertFxRates, insertMetrics, type FixtureApp, type MetricFixture } from './fixtures.ts';
import { mintTestToken, type TokenOverrides } from './tokens.ts';

export const SCENARIO_END = '2026-11-20';
export const SCENARIO_DAYS = 60;

export function dayOffset(end: string, offset: number): string {
  return new Date(Date.parse(`${end}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Deterministic pseudo-random numbers (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ScenarioCampaign {
  id: string;
  tenantId: string;
  name: string;
  channel: Channel;
  currency: string;
}

export interface Scenario {
  db: Db;
  partnerA: { id: string };
  partnerB: { id: string };
  a1: { id: string; slug: string };
  a2: { id: string; slug: string };
  b1: { id: string; slug: string };
  appA: FixtureApp;
  appB: FixtureApp;
  campaigns: ScenarioCampaign[];
  metrics: MetricFixture[];
  fx: { currency: string; date: string; rateToUsd: number }[];
  dashboards: { a1: string; a2: string; b1: string };
  abTest: { campaignId: string; variantIds: string[] };
  token(overrides?: TokenOverrides): Promise<string>;
}

const PLAN: { tenant: 'a1' | 'a2' | 'b1'; name: string; channel: Channel; currency: string }[] = [
  { tenant: 'a1', name: 'Spring sale', channel: 'meta', currency: 'EUR' },
  { tenant: 'a1', name: 'Search brand', channel: 'google', currency: 'EUR' },
  { tenant: 'a1', name: 'TikTok launch', channel: 'tiktok', currency: 'USD' },
  { tenant: 'a1', name: '=HYPERLINK("x") newsletter', channel: 'email', currency: 'GBP' },
  { tenant: 'a1', name: 'Retargeting', channel: 'meta', currency: 'EUR' },
  { tenant: 'a2', name: 'Secret a2 campaign', channel: 'meta', currency: 'USD' },
  { tenant: 'a2', name: 'a2 search', channel: 'google', currency: 'USD' },
  { tenant: 'b1', name: 'Secret b1 campaign', channel: 'linkedin', currency: 'USD' },
];

export async function buildScenario(db: Db, origins = ['https://app.agency-a.test']): Promise<Scenario> {
  const random = seeded(42);
  const partnerA = await createPartner(db, 'north');
  const partnerB = await createPartner(db, 'south');
  const a1 = await createTenant(db, partnerA.id, 'a1', { currency: 'EUR', locale: 'de-DE', trustGateThreshold: 60 });
  const a2 = await createTenant(db, partnerA.id, 'a2');
  const b1 = await createTenant(db, partnerB.id, 'b1');
  const tenants = { a1, a2, b1 };
  const appA = await createEmbedApp(db, partnerA.id, { origins });
  const appB = await createEmbedApp(db, partnerB.id, { origins });

  const campaigns: ScenarioCampaign[] = [];
  for (const p of PLAN) {
    const c = await createCampaign(db, tenants[p.tenant].id, p.name, p.channel, p.currency);
    campaigns.push({ id: c.id, tenantId: c.tenantId, name: p.name, channel: p.channel, currency: p.currency });
  }
  // An A/B test on a1's "Retargeting" for the last 20 days: variant rows instead of campaign rows.
  const testCampaign = campaigns[4]!;
  const variantA = await db.adVariant.create({ data: { campaignId: testCampaign.id, name: 'Control', isControl: true } });
  const variantB = await db.adVariant.create({ data: { campaignId: testCampaign.id, name: 'Bold headline' } });

  const metrics: MetricFixture[] = [];
  for (const c of campaigns) {
    for (let i = 0; i < SCENARIO_DAYS; i++) {
      const date = dayOffset(SCENARIO_END, -i);
      const row = () => {
        const impressions = Math.floor(random() * 5000);
        const clicks = Math.floor(impressions * random() * 0.05);
        const conversions = Math.floor(clicks * random() * 0.2);
        return { impressions, clicks, conversions, spend: Math.round(random() * 50000) / 100, revenue: Math.round(random() * 150000) / 100 };
      };
      const base = { tenantId: c.tenantId, campaignId: c.id, channel: c.channel, currency: c.currency, date };
      if (c === testCampaign && i < 20) {
        metrics.push({ ...base, ...row(), variantId: variantA.id }, { ...base, ...row(), variantId: variantB.id });
      } else {
        metrics.push({ ...base, ...row() });
      }
    }
  }
  await insertMetrics(db, metrics);

  // EUR and GBP rates, with a few days missing (the closest earlier rate applies).
  const fx: Scenario['fx'] = [];
  for (let i = 0; i < SCENARIO_DAYS * 2 + 14; i++) {
    if (i % 7 === 3) continue;
    const date = dayOffset(SCENARIO_END, -i);
    fx.push({ currency: 'EUR', date, rateToUsd: 1.05 + random() * 0.1 }, { currency: 'GBP', date, rateToUsd: 1.25 + random() * 0.1 });
  }
  await insertFxRates(db, fx);

  const layout = { widgets: [{ id: 'w1', kind: 'kpi', title: 'Spend', layout: { w: 3, h: 1 }, metric: 'spend' }], defaultRange: 'last_30_days' };
  const dashboard = (tenantId: string, partnerId: string, title: string) => db.dashboard.create({ data: { tenantId, partnerId, title, layout } });
  const dashboards = {
    a1: (await dashboard(a1.id, partnerA.id, 'a1 overview')).id,
    a2: (await dashboard(a2.id, partnerA.id, 'a2 secret overview')).id,
    b1: (await dashboard(b1.id, partnerB.id, 'b1 secret overview')).id,
  };

  const health: { tenantId: string; channel: Channel; date: Date; emqScore: number; eventCoverage: number; freshnessMinutes: number; healthScore: number }[] = [];
  for (const [tenantId, channels] of [[a1.id, ['meta', 'google', 'tiktok', 'email']], [a2.id, ['meta', 'google']], [b1.id, ['linkedin']]] as const) {
    for (const channel of channels) {
      for (let i = 0; i < 30; i++) {
        const score = channel === 'tiktok' ? 40 + i : tenantId === a2.id ? 11 : 80;
        health.push({ tenantId, channel, date: new Date(`${dayOffset(SCENARIO_END, -i)}T00:00:00Z`), emqScore: 7.5, eventCoverage: 0.9, freshnessMinutes: 30, healthScore: score });
      }
    }
  }
  await db.signalHealthDaily.createMany({ data: health });

  return {
    db,
    partnerA,
    partnerB,
    a1,
    a2,
    b1,
    appA,
    appB,
    campaigns,
    metrics,
    fx,
    dashboards,
    abTest: { campaignId: testCampaign.id, variantIds: [variantA.id, variantB.id] },
    token: (overrides = {}) => mintTestToken({ app: appA, tenant: a1.id, ...overrides }),
  };
}
