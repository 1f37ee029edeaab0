import type { Db } from '../../../prisma/connect.ts';
import type { WorkerConfig } from '../worker/worker-config.ts';
import { claimRun, deliverRun } from './deliver-run.ts';
import { enqueueDueRuns } from './enqueue-runs.ts';

/** The worker's scheduled-report pass: queue due schedules, then render and send one run. True when it did work. */
export async function reportJob(db: Db, config: WorkerConfig): Promise<boolean> {
  await enqueueDueRuns(db);
  const options = { workerId: config.workerId, ...config.reports, portalUrl: config.portalUrl };
  const claim = await claimRun(db, options);
  if (!claim) return false;
  await deliverRun(db, claim, options);
  return true;
}
