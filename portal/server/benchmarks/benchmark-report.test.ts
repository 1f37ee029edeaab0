import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../tests/reports/test-db.ts';
import { benchmarkReport } from './benchmark-report';

const range = { from: '2026-03-01', to: '2026-03-31' };

describe('benchmarkReport on a real database', () => {
  let test: TestDb;
  let partnerId: string;
  const tenantIds: string[] = [];

  async function addTenant(slug: string, industry: string, optIn: boolean, ctrPct: number): Promise<string> {
    const tenant = await test.db.tenant.create({ data: { partnerId, slug, name: slug, industry, benchmarkOptIn: optIn } });
    for (const channel of ['meta', 'google'] as const) {
      const campaign = await test.db.campaign.create({ data: { tenantId: tenant.id, name: `${slug}-${channel}`, channel, dailyBudget: 100, currency: 'USD' } });
      await test.db.metricDaily.create({
        data: {
          tenantId: tenant.id,
          campaignId: campaign.id,
          channel,
          date: new Date('2026-03-10T00:00:00.000Z'),
          spend: 1000,
          impressions: 100_000,
          clicks: channel === 'meta' ? ctrPct * 1000 : 500,
          conversions: 50,
          revenue: 3000,
          currency: 'USD',
        },
      });
    }
    return tenant.id;
  }

  beforeAll(async () => {
    test = createTestDb('benchmarks');
    partnerId = (await test.db.partner.create({ data: { slug: 'p', name: 'P' } })).id;
    for (const [i, ctr] of [1, 1.5, 2.2, 3.1].entries()) tenantIds.push(await addTenant(`retail-${i}`, 'retail', true, ctr));
    tenantIds.push(await addTenant('retail-out', 'retail', false, 9));
    await addTenant('saas-0', 'saas', true, 4);
  });
  afterAll(async () => test?.drop());

  it('refuses a cohort of 4 opted-in tenants, and a tenant that did not opt in', async () => {
    const scope = { partnerId, tenantId: tenantIds[0]!, rowFilters: {} };
    expect(await benchmarkReport(test.db, scope, { range, currency: 'USD' })).toMatchObject({ status: 'refused', reason: 'COHORT_TOO_SMALL', minimumCohort: 5 });
    expect(await benchmarkReport(test.db, { ...scope, tenantId: tenantIds[4]! }, { range, currency: 'USD' })).toMatchObject({ status: 'refused', reason: 'NOT_OPTED_IN' });
  });

  it('answers once a fifth tenant of the industry opts in, without any single figure', async () => {
    tenantIds.push(await addTenant('retail-4', 'retail', true, 6));
    const result = await benchmarkReport(test.db, { partnerId, tenantId: tenantIds[0]!, rowFilters: {} }, { range, currency: 'USD' });
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.cohortSize).toBe(5);
    const ctr = result.figures.find((f) => f.metric === 'ctr')!;
    expect(ctr.tenant).toBeCloseTo((1000 + 500) / 200_000, 12);
    expect(ctr.better).toBe(false);
    const peerCtrs = [1, 1.5, 2.2, 3.1, 6].map((pct) => (pct * 1000 + 500) / 200_000);
    for (const q of [ctr.p25, ctr.median, ctr.p75]) expect(peerCtrs.some((v) => Math.abs(v - q) < 1e-12)).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/retail-\d|tenantId/);
  });

  it("computes the viewer's own figure inside its row filters", async () => {
    const result = await benchmarkReport(test.db, { partnerId, tenantId: tenantIds[0]!, rowFilters: { channels: ['google'] } }, { range, currency: 'USD' });
    expect(result.status === 'ok' && result.figures.find((f) => f.metric === 'ctr')!.tenant).toBeCloseTo(500 / 100_000, 12);
  });

  it('never answers for a tenant outside the caller partner', async () => {
    const other = await test.db.partner.create({ data: { slug: 'q', name: 'Q' } });
    await expect(benchmarkReport(test.db, { partnerId: other.id, tenantId: tenantIds[0]!, rowFilters: {} }, { range, currency: 'USD' })).rejects.toThrow();
  });
});
