/**
 * `npm run worker`: the background worker alone (webhook delivery, scheduled reports, recommendation refresh), for deployments that run
 * it apart from the portal. Stops cleanly on SIGINT/SIGTERM; a hard kill loses nothing (leases run out).
 */
import { recommendationRefreshJob } from '../portal/server/recommendations/refresh-job.ts';
import { registerWorkerJob, startWorker } from '../portal/server/worker/index.ts';

registerWorkerJob(recommendationRefreshJob);
const worker = startWorker();
console.log(`worker ${worker.config.workerId} started (poll every ${worker.config.pollMs} ms)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void worker.stop().then(() => process.exit(0));
  });
}
