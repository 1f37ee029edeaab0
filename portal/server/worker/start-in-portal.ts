import { connect, resolveDatabaseUrl } from '../../../prisma/connect.ts';
import { repoRoot } from '../../lib/paths.ts';
import { recommendationRefreshJob } from '../recommendations/refresh-job.ts';
import { registerWorkerJob, startWorker, type RunningWorker } from './start-worker.ts';

/**
 * Starts the background worker inside the portal process (webhook delivery, scheduled reports, recommendation refresh), unless
 * WORKER_IN_PORTAL=0 (e.g. when `npm run worker` runs separately; running both is safe, only wasteful).
 * Call from portal/instrumentation.ts:
 *   export async function register() {
 *     if (process.env.NEXT_RUNTIME === 'nodejs') (await import('./server/worker/start-in-portal')).startWorkerInPortal();
 *   }
 */
export function startWorkerInPortal(): RunningWorker | null {
  if (process.env.WORKER_IN_PORTAL === '0' || process.env.WORKER_IN_PORTAL === 'false') return null;
  registerWorkerJob(recommendationRefreshJob);
  const worker = startWorker({ db: connect(resolveDatabaseUrl(process.env.DATABASE_URL, repoRoot())) });
  console.log(`worker ${worker.config.workerId} started inside the portal`);
  return worker;
}
