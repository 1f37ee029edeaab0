import { createHash, randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { recommendationRefreshJob } from '../../portal/server/recommendations/refresh-job.ts';
import { e2eDb } from './ai-pages.ts';

/**
 * Recomputation on ingest, end to end: metrics posted to the REST batch endpoint make the tenant due (stored, so any
 * worker process sees it), and the worker's refresh job turns the new data into a recommendation.
 *
 * The e2e portal runs without its in-process worker (the report specs drive their own), so this spec runs the
 * refresh job the way the worker does: one pass after another until nothing is due. It does not run the other
 * worker jobs, which would race the report specs' worker. (portal/server/recommendations/refresh-worker.test.ts
 * runs the real worker loop with the job registered.)
 */
const TENANT = 'fieldstone-health';

async function apiKeyFor(partnerId: string): Promise<{ id: string; key: string }> {
  const key = `sk_test_${randomBytes(24).toString('base64url')}`;
  const row = await e2eDb().apiKey.create({
    data: { partnerId, name: 'refresh spec', prefix: key.slice(0, 12), hashedKey: createHash('sha256').update(key).digest('hex'), scopes: ['metrics:write'] },
  });
  return { id: row.id, key };
}

/** Worker passes until this tenant has been recomputed after `since` (bounded by the test timeout, no fixed waits). */
async function workUntilRefreshed(tenantId: string, since: Date): Promise<void> {
  const db = e2eDb();
  for (;;) {
    const busy = await recommendationRefreshJob(db, { workerId: 'e2e-refresh-spec' });
    const row = await db.recommendationRefresh.findUnique({ where: { tenantId } });
    if (row?.refreshedAt && row.refreshedAt > since && row.dueAt > new Date()) return;
    if (!busy) await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('metrics ingested through the REST batch endpoint lead to recomputed recommendations', async ({ request }) => {
  test.setTimeout(120_000);
  const db = e2eDb();
  const tenant = await db.tenant.findFirstOrThrow({ where: { slug: TENANT }, select: { id: true, partnerId: true } });
  const latest = await db.metricDaily.findFirstOrThrow({ where: { tenantId: tenant.id }, orderBy: { date: 'desc' }, select: { date: true } });
  const day = latest.date.toISOString().slice(0, 10);
  // The campaign with the most spend on the last day, whole-campaign row (no variant).
  const row = await db.metricDaily.findFirstOrThrow({
    where: { tenantId: tenant.id, date: latest.date, variantKey: '-', campaign: { status: 'active' } },
    orderBy: { spend: 'desc' },
  });
  const original = { campaignId: row.campaignId, date: day, spend: row.spend, impressions: row.impressions, clicks: row.clicks, conversions: row.conversions, revenue: row.revenue };
  const spike = (r: { kind: string; action: unknown; evidence: unknown }) => {
    const a = r.action as { type?: string; metric?: string; direction?: string; date?: string; campaignId?: string | null };
    const drivers = (r.evidence as { drivers?: { campaignId: string }[] }).drivers ?? [];
    return r.kind === 'anomaly' && a.metric === 'spend' && a.direction === 'spike' && a.date === day && (a.campaignId === row.campaignId || drivers[0]?.campaignId === row.campaignId);
  };
  const spendSpike = (r: { kind: string; status: string; action: unknown; evidence: unknown }) => r.status === 'open' && spike(r);
  const recommendations = () => db.recommendation.findMany({ where: { tenantId: tenant.id }, select: { kind: true, status: true, action: true, evidence: true } });
  expect((await recommendations()).filter(spendSpike)).toHaveLength(0);

  const { id: keyId, key } = await apiKeyFor(tenant.partnerId);
  const ingest = async (spend: number) => {
    const response = await request.post('/api/v1/metrics/batch', { headers: { authorization: `Bearer ${key}` }, data: { rows: [{ ...original, spend }] } });
    expect(response.status(), await response.text()).toBe(200);
    expect(await response.json()).toMatchObject({ upserted: 1, rejected: 0 });
  };
  try {
    const before = new Date();
    await ingest(Math.round(original.spend * 6 * 100) / 100);
    const due = await db.recommendationRefresh.findUniqueOrThrow({ where: { tenantId: tenant.id } });
    expect(due.dueAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(due.dueAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);

    await workUntilRefreshed(tenant.id, before);
    const found = (await recommendations()).filter(spendSpike);
    expect(found).toHaveLength(1);
  } finally {
    // Put the day back and recompute: the spike's recommendation expires, the tenant is as the seed left it.
    const restored = new Date();
    await ingest(original.spend);
    await workUntilRefreshed(tenant.id, restored);
    await db.apiKey.delete({ where: { id: keyId } });
  }
  expect((await recommendations()).filter(spendSpike)).toHaveLength(0);
  expect((await recommendations()).filter((r) => r.status === 'expired' && spike(r))).toHaveLength(1);
});
