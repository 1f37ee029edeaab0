import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../tests/reports/test-db.ts';
import { startWebhookReceiver } from '../../../tests/reports/webhook-receiver.ts';
import { emitEvent } from './emit-event.ts';
import { generateWebhookSecret } from './signing.ts';

process.env.STRATUM_SECRET_KEY ??= randomBytes(32).toString('base64');
const { encryptSecret } = await import('../../lib/secret-box.ts');

const EVENTS = 150;
const PORT = 3166;

function startWorkerProcess(databaseUrl: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      WORKER_POLL_MS: '50',
      WEBHOOK_BATCH_SIZE: '20',
      WEBHOOK_CONCURRENCY: '4',
      WEBHOOK_LEASE_MS: '2000',
      WEBHOOK_TIMEOUT_MS: '1500',
      WEBHOOK_RETRY_BASE_MS: '200',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('webhook delivery survives a worker killed mid-batch', () => {
  let test: TestDb;
  const secret = generateWebhookSecret();
  // A fifth of the events are refused on their first attempt, so retries with backoff are part of the run.
  const children: ChildProcess[] = [];
  // The kill lands while a request is open at the receiver: the worker dies in the middle of a delivery.
  let killWhen: (() => boolean) | undefined;
  const receiverPromise = startWebhookReceiver({
    port: PORT,
    secret,
    delayMs: 15,
    failFirstAttempt: (id) => id.charCodeAt(id.length - 1) % 5 === 0,
    onRequest: () => {
      if (killWhen?.()) {
        killWhen = undefined;
        children[0]?.kill('SIGKILL');
      }
    },
  });

  beforeAll(async () => {
    test = createTestDb('webhook-fault');
    const receiver = await receiverPromise;
    const partner = await test.db.partner.create({ data: { slug: 'fault-agency', name: 'Fault Agency' } });
    await test.db.webhookEndpoint.create({
      data: { partnerId: partner.id, url: receiver.url, secretEncrypted: encryptSecret(secret), eventTypes: [] },
    });
    for (let i = 0; i < EVENTS; i += 1) {
      await test.db.$transaction((tx) => emitEvent(tx, { partnerId: partner.id, type: 'metrics.ingested', payload: { batch: i } }));
    }
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await (await receiverPromise).close();
    await test?.drop();
  });

  it('delivers every event, each webhook-id with a valid signature, none lost', async () => {
    const receiver = await receiverPromise;
    const first = startWorkerProcess(test.url);
    children.push(first);
    const firstExit = new Promise((resolve) => first.once('exit', resolve));
    killWhen = () => receiver.processed.size >= EVENTS / 3;
    await firstExit;
    expect(first.signalCode).toBe('SIGKILL');
    const inFlightAtKill = await test.db.webhookDelivery.count({ where: { leaseOwner: { not: null }, status: { not: 'delivered' } } });
    const deliveredAtKill = await test.db.webhookDelivery.count({ where: { status: 'delivered' } });
    expect(deliveredAtKill).toBeLessThan(EVENTS);
    expect(inFlightAtKill, 'deliveries were held by the killed worker').toBeGreaterThan(0);

    const second = startWorkerProcess(test.url);
    children.push(second);
    await waitFor('every delivery to be recorded as delivered', async () => (await test.db.webhookDelivery.count({ where: { status: 'delivered' } })) === EVENTS, 150_000).catch(
      async (error: unknown) => {
        const byStatus = await test.db.webhookDelivery.groupBy({ by: ['status'], _count: true });
        const endpoint = await test.db.webhookEndpoint.findFirst();
        const stuck = await test.db.webhookDelivery.findMany({ where: { status: { not: 'delivered' } }, take: 3 });
        console.error('deliveries by status', byStatus, 'endpoint', endpoint, 'stuck', stuck, 'now', new Date());
        throw error;
      },
    );
    expect(second.exitCode, 'the worker keeps running while it waits for retries').toBeNull();
    second.kill('SIGTERM');
    await new Promise((resolve) => second.once('exit', resolve));

    const events = await test.db.webhookEvent.findMany({ select: { id: true } });
    expect(events).toHaveLength(EVENTS);
    expect([...receiver.processed].sort()).toEqual(events.map((e) => e.id).sort());
    expect(receiver.received.every((r) => r.validSignature)).toBe(true);
    expect(receiver.received.every((r) => r.type === 'metrics.ingested')).toBe(true);
    const acceptedCopies = receiver.received.filter((r) => r.status === 200).length;
    const refusedFirst = receiver.received.filter((r) => r.status === 503).length;
    expect(refusedFirst).toBeGreaterThan(0);
    console.log(
      `webhook fault test: ${EVENTS} events, killed with ${inFlightAtKill} leased in flight and ${deliveredAtKill} recorded delivered; ` +
        `${receiver.received.length} requests, ${refusedFirst} refused first attempts retried, ${acceptedCopies - EVENTS} duplicate copies ` +
        `(same webhook-id, deduped by the receiver), ${receiver.processed.size} distinct ids processed`,
    );
  }, 300_000);
});
