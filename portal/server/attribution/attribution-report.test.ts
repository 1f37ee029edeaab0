import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../tests/reports/test-db.ts';
import { attributionReport } from './attribution-report';

describe('attributionReport on a real database', () => {
  let test: TestDb;
  let partnerId: string;
  let tenantId: string;
  let otherTenantId: string;

  beforeAll(async () => {
    test = createTestDb('attribution');
    partnerId = (await test.db.partner.create({ data: { slug: 'p', name: 'P' } })).id;
    tenantId = (await test.db.tenant.create({ data: { partnerId, slug: 't', name: 'T' } })).id;
    otherTenantId = (await test.db.tenant.create({ data: { partnerId, slug: 'u', name: 'U' } })).id;
    const path = (channels: string[], day: number, revenue: number) => ({
      touchpoints: channels.map((channel, i) => ({ channel, campaignId: `c-${channel}`, at: new Date(Date.UTC(2026, 2, day - (channels.length - 1 - i) * 7)).toISOString() })),
      convertedAt: new Date(Date.UTC(2026, 2, day, 12)),
      revenue,
      currency: 'USD',
    });
    await test.db.conversionPath.createMany({
      data: [
        { tenantId, ...path(['meta', 'google', 'email'], 20, 100) },
        { tenantId, ...path(['tiktok', 'google'], 21, 50) },
        { tenantId, ...path(['meta'], 2, 999) }, // outside the range
        { tenantId: otherTenantId, ...path(['linkedin'], 20, 5000) }, // another tenant
      ],
    });
  });
  afterAll(async () => test?.drop());

  const range = { from: '2026-03-10', to: '2026-03-31' };

  it("credits channels per model over the tenant's journeys in the range only", async () => {
    const result = await attributionReport(test.db, { partnerId, tenantId, rowFilters: {}, currency: 'USD' }, { range, models: ['last_touch', 'linear', 'position_based'] });
    expect(result).toMatchObject({ paths: 2, conversions: 2, revenue: 150 });
    const credit = (model: string) => Object.fromEntries(result.models.find((m) => m.model === model)!.credits.map((c) => [c.channel, c.conversions]));
    expect(credit('last_touch')).toEqual({ email: 1, google: 1, meta: 0, tiktok: 0 });
    expect(credit('linear')).toEqual({ google: 0.8333, meta: 0.3333, email: 0.3333, tiktok: 0.5 });
    expect(credit('position_based')).toEqual({ google: 0.7, meta: 0.4, email: 0.4, tiktok: 0.5 });
    expect(result.channels).not.toContain('linkedin');
  });

  it('splits credit only among the channels the row filters allow', async () => {
    const result = await attributionReport(test.db, { partnerId, tenantId, rowFilters: { channels: ['meta', 'google'] }, currency: 'USD' }, { range, models: ['first_touch'] });
    expect(result.channels.sort()).toEqual(['google', 'meta']);
    const credits = Object.fromEntries(result.models[0]!.credits.map((c) => [c.channel, c.conversions]));
    expect(credits).toEqual({ meta: 1, google: 1 });
  });

  it('finds nothing for a tenant of another partner', async () => {
    const result = await attributionReport(test.db, { partnerId: 'someone-else', tenantId, rowFilters: {}, currency: 'USD' }, { range, models: ['linear'] });
    expect(result.paths).toBe(0);
  });
});
