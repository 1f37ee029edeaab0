import { hostname } from 'node:os';
import { z } from 'zod';
import { DEFAULT_DELIVERY_OPTIONS, type DeliveryOptions } from '../webhooks/deliver-batch.ts';
import { DEFAULT_RETRY_POLICY } from '../webhooks/retry-policy.ts';

const ms = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/** The worker's environment: every knob has a production default; tests shorten the delays. */
const WorkerEnv = z.object({
  WORKER_POLL_MS: ms(1_000),
  WEBHOOK_BATCH_SIZE: ms(DEFAULT_DELIVERY_OPTIONS.batchSize),
  WEBHOOK_CONCURRENCY: ms(DEFAULT_DELIVERY_OPTIONS.concurrency),
  WEBHOOK_LEASE_MS: ms(DEFAULT_DELIVERY_OPTIONS.leaseMs),
  WEBHOOK_TIMEOUT_MS: ms(DEFAULT_DELIVERY_OPTIONS.timeoutMs),
  WEBHOOK_RETRY_BASE_MS: ms(DEFAULT_RETRY_POLICY.baseDelayMs),
  WEBHOOK_RETRY_MAX_MS: ms(DEFAULT_RETRY_POLICY.maxDelayMs),
  WEBHOOK_DISABLE_AFTER_FAILURES: ms(DEFAULT_DELIVERY_OPTIONS.disableAfterFailures),
  REPORT_LEASE_MS: ms(5 * 60_000),
  REPORT_RETRY_BASE_MS: ms(60_000),
  REPORT_MAX_ATTEMPTS: ms(6),
  /** Where the worker opens report pages to print them (the portal's own URL). */
  PORTAL_URL: z.url().default('http://localhost:3000'),
});

export interface WorkerConfig {
  workerId: string;
  pollMs: number;
  portalUrl: string;
  webhooks: DeliveryOptions;
  reports: { leaseMs: number; retryBaseMs: number; maxAttempts: number };
}

export function workerConfig(source: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const parsed = WorkerEnv.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid worker environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const env = parsed.data;
  const workerId = `${hostname()}:${process.pid}`;
  return {
    workerId,
    pollMs: env.WORKER_POLL_MS,
    portalUrl: env.PORTAL_URL.replace(/\/$/, ''),
    webhooks: {
      workerId,
      batchSize: env.WEBHOOK_BATCH_SIZE,
      concurrency: env.WEBHOOK_CONCURRENCY,
      leaseMs: env.WEBHOOK_LEASE_MS,
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      disableAfterFailures: env.WEBHOOK_DISABLE_AFTER_FAILURES,
      retry: { ...DEFAULT_RETRY_POLICY, baseDelayMs: env.WEBHOOK_RETRY_BASE_MS, maxDelayMs: env.WEBHOOK_RETRY_MAX_MS },
    },
    reports: { leaseMs: env.REPORT_LEASE_MS, retryBaseMs: env.REPORT_RETRY_BASE_MS, maxAttempts: env.REPORT_MAX_ATTEMPTS },
  };
}
