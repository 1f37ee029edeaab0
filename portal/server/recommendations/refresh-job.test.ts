import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db.ts';
import { recommendationRefreshJob, recommendationsDue } from './refresh-job.ts';
import { insertSyntheticTenant } from './testing/insert-synthetic.ts';
import { syntheticTenant } from './testing/synthetic-dataset.ts';

const schedule = { everyMs: 60 * 60_000, leaseMs: 60_000 };
let t: TestDb;
let planted: string;
let control: string;
beforeAll(async () => {
  t = await createTestDb();
  const a = await insertSyntheticTenant(t.db, syntheticTenant(21, true), 'job-a');
  const b = await insertSyntheticTenant(t.db, syntheticTenant(22, false), 'job-b', a.partnerId);
  [planted, control] = [a.tenantId, b.tenantId];
});
afterAll(async () => t?.drop());

const run = (at: number, workerId = 'w1') => recommendationRefreshJob(t.db, { workerId }, { now: new Date(at), schedule });

describe('scheduled recomputation', () => {
  it('refreshes each tenant once per period, one a pass, and again at once after an ingest', async () => {
    const now = Date.now();
    const tenantCount = await t.db.tenant.count();
    for (let i = 0; i < tenantCount; i++) expect(await run(now)).toBe(true);
    expect(await run(now)).toBe(false);
    expect(await run(now + schedule.everyMs - 1000)).toBe(false);
    expect(await t.db.recommendation.count({ where: { tenantId: planted, status: 'open' } })).toBeGreaterThanOrEqual(5);
    expect(await t.db.recommendation.count({ where: { tenantId: control, status: 'open' } })).toBe(0);

    await recommendationsDue(t.db, [planted], new Date(now + 2000));
    expect(await run(now + 1000)).toBe(false);
    expect(await run(now + 3000)).toBe(true);
    const row = await t.db.recommendationRefresh.findUniqueOrThrow({ where: { tenantId: planted } });
    expect(row.dueAt.getTime()).toBe(now + 3000 + schedule.everyMs);
    expect(row.leaseOwner).toBeNull();
    expect(await run(now + 4000)).toBe(false);
    expect(await run(now + schedule.everyMs + 5000)).toBe(true);
  });

  it('a tenant leased by one worker is not claimed by another until the lease runs out', async () => {
    const at = Date.now() + 10 * schedule.everyMs;
    await t.db.recommendationRefresh.updateMany({ data: { dueAt: new Date(at + 60_000) } });
    await t.db.recommendationRefresh.update({ where: { tenantId: planted }, data: { dueAt: new Date(at - 1), leaseOwner: 'w1', leaseUntil: new Date(at + 30_000) } });
    expect(await run(at, 'w2')).toBe(false);
    expect(await run(at + 31_000, 'w2')).toBe(true);
  });

  it('stale recommendations expire when a recomputation no longer produces them', async () => {
    const stale = await t.db.recommendation.create({
      data: {
        tenantId: control, kind: 'anomaly', action: {}, confidence: 0.9, impactExpected: 1, impactLow: 0, impactHigh: 2, impactCurrency: 'USD',
        reasoning: 'old', evidence: {}, fingerprint: 'stale-test', expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const at = Date.now() + 20 * schedule.everyMs;
    await recommendationsDue(t.db, [control], new Date(at - 1));
    await t.db.recommendationRefresh.updateMany({ where: { tenantId: { not: control } }, data: { dueAt: new Date(at + 60_000) } });
    expect(await run(at)).toBe(true);
    expect((await t.db.recommendation.findUniqueOrThrow({ where: { id: stale.id } })).status).toBe('expired');
  });
});
