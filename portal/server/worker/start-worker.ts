import { connect, type Db } from '../../../prisma/connect.ts';
import { reportJob } from '../reports/report-job.ts';
import { closeRenderer } from '../reports/render-report.ts';
import { deliverDueBatch } from '../webhooks/deliver-batch.ts';
import { workerConfig, type WorkerConfig } from './worker-config.ts';

/** A periodic job of the worker: returns true when it did work and wants to run again at once. */
export type WorkerJob = (db: Db, config: WorkerConfig) => Promise<boolean>;

const webhookJob: WorkerJob = async (db, config) => {
  const summary = await deliverDueBatch(db, config.webhooks);
  return summary.claimed >= config.webhooks.batchSize;
};

const extraJobs: WorkerJob[] = [];

/**
 * Adds a periodic job to every worker of this process (e.g. the recommendation refresh), run after the built-in ones on
 * each pass. Registering the same function twice keeps one. Call before or after startWorker: the loop reads the list
 * on every pass.
 */
export function registerWorkerJob(job: WorkerJob): void {
  if (!extraJobs.includes(job)) extraJobs.push(job);
}

export interface RunningWorker {
  config: WorkerConfig;
  /** Finishes the current pass and stops; leases of unfinished work simply run out. */
  stop(): Promise<void>;
}

const globalForWorker = globalThis as unknown as { stratumWorker?: RunningWorker };

/**
 * The background worker: delivers webhooks and runs scheduled reports, polling the database. Runs inside the portal
 * (call once at start-up; a second call returns the running one) or alone with `npm run worker`. Any number of workers
 * may run against one database: every piece of work is claimed with a lease.
 */
export function startWorker(options: { db?: Db; config?: WorkerConfig } = {}): RunningWorker {
  if (globalForWorker.stratumWorker) return globalForWorker.stratumWorker;
  const db = options.db ?? connect();
  const config = options.config ?? workerConfig();
  let stopped = false;
  let wake: (() => void) | undefined;

  const loop = (async () => {
    while (!stopped) {
      let busy = false;
      for (const job of [webhookJob, reportJob, ...extraJobs]) {
        if (stopped) break;
        try {
          busy = (await job(db, config)) || busy;
        } catch (error) {
          console.error('worker: a job failed; it runs again on the next pass', error);
        }
      }
      // A referenced timer on purpose: run alone, the worker must stay alive while it waits for work.
      if (!busy && !stopped) await new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, config.pollMs)));
    }
  })();

  const running: RunningWorker = {
    config,
    async stop() {
      stopped = true;
      wake?.();
      await loop;
      await closeRenderer();
      if (globalForWorker.stratumWorker === running) globalForWorker.stratumWorker = undefined;
    },
  };
  globalForWorker.stratumWorker = running;
  return running;
}
