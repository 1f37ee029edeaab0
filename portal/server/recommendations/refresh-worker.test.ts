import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db.ts';
import { registerWorkerJob, startWorker, workerConfig, type RunningWorker } from '../worker/index.ts';
import { recommendationRefreshJob, recommendationsDue } from './refresh-job.ts';
import { insertSyntheticTenant } from './testing/insert-synthetic.ts';
import { syntheticTenant } from './testing/synthetic-dataset.ts';

let t: TestDb;
let tenantId: string;
let worker: RunningWorker | undefined;
beforeAll(async () => {
  t = await createTestDb();
  tenantId = (await insertSyntheticTenant(t.db, syntheticTenant(31, true), 'worker-a')).tenantId;
});
afterAll(async () => {
  await worker?.stop();
  await t?.drop();
});

describe('the worker runs the recommendation refresh', () => {
  it('recomputes a tenant that was never computed, then again when an ingest makes it due', async () => {
    registerWorkerJob(recommendationRefreshJob);
    worker = startWorker({ db: t.db, config: { ...workerConfig({ ...process.env, WORKER_POLL_MS: '50' }), workerId: 'vitest-worker' } });
    await expect.poll(async () => (await t.db.recommendationRefresh.findUnique({ where: { tenantId } }))?.refreshedAt ?? null, { timeout: 30_000 }).not.toBeNull();
    expect(await t.db.recommendation.count({ where: { tenantId, status: 'open' } })).toBeGreaterThanOrEqual(5);
    const first = (await t.db.recommendationRefresh.findUniqueOrThrow({ where: { tenantId } })).refreshedAt!;

    await recommendationsDue(t.db, [tenantId]);
    await expect.poll(async () => (await t.db.recommendationRefresh.findUniqueOrThrow({ where: { tenantId } })).refreshedAt!.getTime(), { timeout: 30_000 }).toBeGreaterThan(first.getTime());
    const row = await t.db.recommendationRefresh.findUniqueOrThrow({ where: { tenantId } });
    expect(row.dueAt.getTime()).toBeGreaterThan(Date.now() + 60 * 60_000);
    expect(row.leaseOwner).toBeNull();
  });
});
