import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../widgets/src/contract.ts';
import { generateInMemory } from './testing.ts';

const first = generateInMemory();

describe('the seed generator', () => {
  it('produces identical rows, ids included, from the same configuration', () => {
    const second = generateInMemory();
    expect(second.data.rows).toEqual(first.data.rows);
    expect(second.data.tenancy).toEqual(first.data.tenancy);
    expect(second.data.access).toEqual(first.data.access);
    expect(second.data.effects).toEqual(first.data.effects);
    expect(second.metrics.length).toBe(first.metrics.length);
    expect(JSON.stringify(second.metrics)).toBe(JSON.stringify(first.metrics));
  });

  it('produces different ids from another seed, and series ending on SEED_TODAY', () => {
    const other = generateInMemory({ SEED_RANDOM: 'another-seed', SEED_TODAY: '2026-06-30', SEED_CAMPAIGNS: '48' });
    expect(other.data.tenancy.partners[0]!.id).not.toBe(first.data.tenancy.partners[0]!.id);
    const last = Math.max(...other.metrics.map((m) => m.date.getTime()));
    expect(new Date(last).toISOString()).toBe('2026-06-30T00:00:00.000Z');
    expect(other.data.plans).toHaveLength(48);
  });

  it('builds the demo shape: 2 partners, 6 tenants in ≥ 3 currencies and locales, ~200 campaigns on every channel', () => {
    const { tenancy, plans } = first.data;
    expect(tenancy.partners.map((p) => p.slug)).toEqual(['northwind', 'bluepeak']);
    expect(tenancy.tenants).toHaveLength(6);
    expect(new Set(tenancy.tenants.map((t) => t.currency)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(tenancy.tenants.map((t) => t.locale)).size).toBeGreaterThanOrEqual(3);
    expect(plans).toHaveLength(200);
    for (const tenant of tenancy.tenants) {
      const channels = new Set(plans.filter((p) => p.tenant.id === tenant.id && p.status === 'active').map((p) => p.channel));
      expect([...channels].sort()).toEqual([...CHANNELS].sort());
    }
    const roles = tenancy.users.filter((u) => u.partner === 'northwind').map((u) => u.role);
    expect(roles).toEqual(expect.arrayContaining(['owner', 'admin', 'analyst', 'viewer', 'client']));
  });

  it('writes one row per campaign, day and variant, never a campaign row and variant rows on the same day', () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const row of first.metrics) {
      const key = `${row.campaignId}|${row.date.getTime()}`;
      const kind = row.variantKey === '-' ? 'campaign' : 'variant';
      if (kind === 'campaign' ? row.variantId !== null : row.variantId !== row.variantKey) problems.push(`variant key of ${row.id}`);
      const before = seen.get(key);
      if (before && before !== kind) problems.push(`campaign and variant rows on ${key}`);
      seen.set(key, kind);
    }
    expect(problems).toEqual([]);
    const unique = new Set(first.metrics.map((r) => `${r.campaignId}|${r.variantKey}|${r.date.getTime()}`));
    expect(unique.size).toBe(first.metrics.length);
    expect(first.metrics.length).toBe(first.data.expectedMetricRows);
    expect(new Set(first.metrics.map((r) => r.id)).size).toBe(first.metrics.length);
  });

  it('keeps the funnel consistent and spend within the budget', () => {
    const budgets = new Map(first.data.plans.map((p) => [p.id, p.dailyBudget]));
    const bad = first.metrics.filter(
      (row) => row.clicks > row.impressions || row.conversions > row.clicks || row.spend < 0 || row.spend > budgets.get(row.campaignId)! + 0.01 || row.date.getUTCHours() !== 0 || row.revenue < 0,
    );
    expect(bad).toEqual([]);
  });

  it('has FX rates for every currency on every day, and signal health for every tenant × channel × day', () => {
    const { rows, tenancy } = first.data;
    const currencies = new Set(tenancy.tenants.map((t) => t.currency).concat('USD'));
    expect(rows.fxRates).toHaveLength(currencies.size * first.ctx.calendar.days);
    expect(rows.signalHealth).toHaveLength(tenancy.tenants.length * CHANNELS.length * first.ctx.calendar.days);
    for (const rate of rows.fxRates) expect(rate.rateToUsd).toBeGreaterThan(0);
  });

  it('seals secrets and stores only the hash of API keys', () => {
    const { access } = first.data;
    for (const app of access.embedAppRows) expect(app.secretEncrypted).toMatch(/^sealed:es_/);
    for (const [i, key] of access.apiKeyRows.entries()) {
      const plain = access.access[i]!.apiKey;
      expect(plain).toMatch(/^sk_demo_/);
      expect(key.prefix).toBe(plain.slice(0, 12));
      expect(key.hashedKey).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(key)).not.toContain(plain);
    }
    expect(access.ssoRows[0]!.clientSecretEncrypted).toBe(`sealed:${access.sso.clientSecret}`);
  });

  it('makes conversion paths whose touchpoints are in time order and on the tenant’s own campaigns', () => {
    const campaignTenant = new Map(first.data.plans.map((p) => [p.id, p.tenant.id]));
    for (const path of first.data.rows.conversionPaths.slice(0, 3000)) {
      expect(path.touchpoints.length).toBeGreaterThanOrEqual(1);
      const times = path.touchpoints.map((t) => Date.parse(t.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(times.at(-1)!).toBeLessThanOrEqual(path.convertedAt.getTime());
      for (const touch of path.touchpoints) expect(campaignTenant.get(touch.campaignId)).toBe(path.tenantId);
    }
  });
});
