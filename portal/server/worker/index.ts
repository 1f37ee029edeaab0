export { registerWorkerJob, startWorker, type RunningWorker, type WorkerJob } from './start-worker.ts';
export { workerConfig, type WorkerConfig } from './worker-config.ts';
