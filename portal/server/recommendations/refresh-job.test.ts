import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db.ts';
import { recommendationRefreshJob, recommendationsDue, REFRESH_EVERY_MS } from './refresh-job.ts';
import { insertSyntheticTenant } from './testing/insert-synthetic.ts';
import { syntheticTenant } from './testing/synthetic-dataset.ts';

let t: TestDb;
let tenants: string[];
beforeAll(async () => {
  t = await createTestDb();
  const a = await insertSyntheticTenant(t.db, syntheticTenant(21, true), 'job-a');
  const b = await insertSyntheticTenant(t.db, syntheticTenant(22, false), 'job-b', a.partnerId);
  tenants = [a.tenantId, b.tenantId];
});
afterAll(async () => t?.drop());

describe('scheduled recomputation', () => {
  it('refreshes each tenant once per period, one per pass, and again after an ingest', async () => {
    const now = Date.now();
    expect(await recommendationRefreshJob(t.db, undefined, now)).toBe(true);
    expect(await recommendationRefreshJob(t.db, undefined, now)).toBe(false);
    expect(await recommendationRefreshJob(t.db, undefined, now + 1000)).toBe(false);
    const planted = tenants[0]!;
    expect(await t.db.recommendation.count({ where: { tenantId: planted, status: 'open' } })).toBeGreaterThanOrEqual(5);
    expect(await t.db.recommendation.count({ where: { tenantId: tenants[1]!, status: 'open' } })).toBe(0);
    recommendationsDue(planted);
    expect(await recommendationRefreshJob(t.db, undefined, now + 2000)).toBe(false);
    expect(await recommendationRefreshJob(t.db, undefined, now + REFRESH_EVERY_MS + 5000)).toBe(true);
  });
});
