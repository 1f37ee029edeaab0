import type { Db } from '../../../prisma/connect.ts';
import { decryptSecret } from '../../lib/secret-box.ts';
import { claimDueDeliveries } from './claim-deliveries.ts';
import { DEFAULT_DISABLE_AFTER_FAILURES, recordEndpointFailure, recordEndpointSuccess } from './endpoint-health.ts';
import { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from './retry-policy.ts';
import { signedHeaders, webhookBody } from './signing.ts';

export interface DeliveryOptions {
  workerId: string;
  batchSize: number;
  /** How long a claim holds; longer than timeoutMs so a live attempt is never stolen. */
  leaseMs: number;
  timeoutMs: number;
  concurrency: number;
  disableAfterFailures: number;
  retry: RetryPolicy;
}

export const DEFAULT_DELIVERY_OPTIONS: Omit<DeliveryOptions, 'workerId'> = {
  batchSize: 50,
  leaseMs: 60_000,
  timeoutMs: 10_000,
  concurrency: 8,
  disableAfterFailures: DEFAULT_DISABLE_AFTER_FAILURES,
  retry: DEFAULT_RETRY_POLICY,
};

const MAX_RESPONSE_CHARS = 2_000;

interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  response: string | null;
  error: string | null;
}

async function post(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<AttemptResult> {
  try {
    const response = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    const text = (await response.text()).slice(0, MAX_RESPONSE_CHARS);
    const ok = response.status >= 200 && response.status < 300;
    return { ok, statusCode: response.status, response: text, error: ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    const message = error instanceof Error ? (error.name === 'TimeoutError' ? `Timed out after ${timeoutMs} ms` : error.message) : String(error);
    return { ok: false, statusCode: null, response: null, error: message.slice(0, MAX_RESPONSE_CHARS) };
  }
}

/** One attempt of one claimed delivery, and its outcome written back (only while this worker still holds the lease). */
async function attempt(db: Db, id: string, lease: string, options: DeliveryOptions): Promise<'delivered' | 'failed' | 'dead' | 'skipped'> {
  const delivery = await db.webhookDelivery.findFirst({
    where: { id, leaseOwner: lease },
    include: { event: true, endpoint: { select: { id: true, url: true, secretEncrypted: true } } },
  });
  if (!delivery) return 'skipped';
  const body = webhookBody(delivery.event);
  const headers = signedHeaders(decryptSecret(delivery.endpoint.secretEncrypted), delivery.event.id, body, new Date());
  const result = await post(delivery.endpoint.url, headers, body, options.timeoutMs);
  const attempts = delivery.attempts + 1;
  const common = { attempts, lastStatusCode: result.statusCode, lastResponse: result.response, lastError: result.error, leaseOwner: null, leaseUntil: null };
  if (result.ok) {
    // Recorded even if the lease ran out meanwhile: the receiver has it, and a second copy would carry the same id.
    await db.webhookDelivery.updateMany({ where: { id, status: { not: 'delivered' } }, data: { ...common, status: 'delivered', deliveredAt: new Date() } });
    await recordEndpointSuccess(db, delivery.endpoint.id);
    return 'delivered';
  }
  const delay = retryDelayMs(attempts, options.retry);
  const { count } = await db.webhookDelivery.updateMany({
    where: { id, leaseOwner: lease },
    data: delay === null ? { ...common, status: 'dead' } : { ...common, status: 'failed', nextAttemptAt: new Date(Date.now() + delay) },
  });
  if (count > 0) await recordEndpointFailure(db, delivery.endpoint.id, options.disableAfterFailures);
  return delay === null ? 'dead' : 'failed';
}

/** Runs `work` over `items` with at most `limit` in flight. */
async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  });
  await Promise.all(runners);
  return results;
}

export type BatchSummary = Record<'claimed' | 'delivered' | 'failed' | 'dead' | 'skipped', number>;

/** Claims one batch of due deliveries and attempts each; returns what happened (claimed 0 = nothing was due). */
export async function deliverDueBatch(db: Db, options: DeliveryOptions): Promise<BatchSummary> {
  const { lease, ids } = await claimDueDeliveries(db, { workerId: options.workerId, limit: options.batchSize, leaseMs: options.leaseMs });
  const summary: BatchSummary = { claimed: ids.length, delivered: 0, failed: 0, dead: 0, skipped: 0 };
  const outcomes = await pool(ids, options.concurrency, async (id) => {
    try {
      return await attempt(db, id, lease, options);
    } catch (error) {
      // A database hiccup: leave the lease to run out so the delivery is tried again.
      console.error(`webhooks: delivery ${id} could not be attempted`, error);
      return 'skipped' as const;
    }
  });
  for (const outcome of outcomes) summary[outcome] += 1;
  return summary;
}
