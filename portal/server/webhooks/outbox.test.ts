import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../tests/reports/test-db.ts';
import { startWebhookReceiver } from '../../../tests/reports/webhook-receiver.ts';
import { claimDueDeliveries } from './claim-deliveries.ts';
import { DEFAULT_DELIVERY_OPTIONS, deliverDueBatch, type DeliveryOptions } from './deliver-batch.ts';
import { emitEvent } from './emit-event.ts';
import { redeliver } from './redeliver.ts';
import { generateWebhookSecret } from './signing.ts';

process.env.STRATUM_SECRET_KEY ??= randomBytes(32).toString('base64');
const { encryptSecret } = await import('../../lib/secret-box.ts');

const options: DeliveryOptions = {
  ...DEFAULT_DELIVERY_OPTIONS,
  workerId: 'test',
  timeoutMs: 1_000,
  disableAfterFailures: 3,
  retry: { ...DEFAULT_DELIVERY_OPTIONS.retry, baseDelayMs: 1 },
};

describe('webhook outbox', () => {
  let test: TestDb;
  let partnerId: string;
  let otherPartnerId: string;
  const secret = generateWebhookSecret();
  const receiverPromise = startWebhookReceiver({ port: 3167, secret });

  beforeAll(async () => {
    test = createTestDb('outbox');
    partnerId = (await test.db.partner.create({ data: { slug: 'a', name: 'A' } })).id;
    otherPartnerId = (await test.db.partner.create({ data: { slug: 'b', name: 'B' } })).id;
  });
  afterAll(async () => {
    await (await receiverPromise).close();
    await test?.drop();
  });

  it('writes the event and its deliveries only when the transaction commits, to enabled endpoints that want the type', async () => {
    const receiver = await receiverPromise;
    const all = await test.db.webhookEndpoint.create({ data: { partnerId, url: receiver.url, secretEncrypted: encryptSecret(secret), eventTypes: [] } });
    await test.db.webhookEndpoint.create({ data: { partnerId, url: receiver.url, secretEncrypted: encryptSecret(secret), eventTypes: ['listing.published'] } });
    await test.db.webhookEndpoint.create({ data: { partnerId, url: receiver.url, secretEncrypted: encryptSecret(secret), eventTypes: [], enabled: false } });
    await test.db.webhookEndpoint.create({ data: { partnerId: otherPartnerId, url: receiver.url, secretEncrypted: encryptSecret(secret), eventTypes: [] } });

    await expect(
      test.db.$transaction(async (tx) => {
        await emitEvent(tx, { partnerId, type: 'campaign.activated', payload: { campaignId: 'c1' } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await test.db.webhookEvent.count()).toBe(0);

    const { eventId, deliveries } = await test.db.$transaction((tx) => emitEvent(tx, { partnerId, type: 'campaign.activated', payload: { campaignId: 'c1' } }));
    expect(deliveries).toBe(1);
    expect(await test.db.webhookDelivery.findMany({ where: { eventId }, select: { endpointId: true } })).toEqual([{ endpointId: all.id }]);

    const summary = await deliverDueBatch(test.db, options);
    expect(summary).toMatchObject({ claimed: 1, delivered: 1 });
    expect(receiver.received.at(-1)).toMatchObject({ id: eventId, type: 'campaign.activated', validSignature: true });
    const delivery = await test.db.webhookDelivery.findFirstOrThrow({ where: { eventId } });
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 200, lastResponse: 'ok', leaseOwner: null });
  });

  it('never lets two racing workers claim the same delivery', async () => {
    const receiver = await receiverPromise;
    const racePartner = (await test.db.partner.create({ data: { slug: 'race', name: 'Race' } })).id;
    await test.db.webhookEndpoint.create({ data: { partnerId: racePartner, url: receiver.url, secretEncrypted: encryptSecret(secret), eventTypes: [] } });
    for (let i = 0; i < 40; i += 1) await test.db.$transaction((tx) => emitEvent(tx, { partnerId: racePartner, type: 'metrics.ingested', payload: { i } }));
    const claims = await Promise.all(['w1', 'w2', 'w3', 'w4'].map((workerId) => claimDueDeliveries(test.db, { workerId, limit: 25, leaseMs: 60_000 })));
    const all = claims.flatMap((c) => c.ids);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(25);
    // Losers of the race find the rest on their next pass; still nobody gets a row twice.
    const rest = await Promise.all(['w5', 'w6'].map((workerId) => claimDueDeliveries(test.db, { workerId, limit: 25, leaseMs: 60_000 })));
    const total = [...all, ...rest.flatMap((c) => c.ids)];
    expect(new Set(total).size).toBe(total.length);
    expect(total.length).toBe(40);
    await test.db.webhookDelivery.updateMany({ where: { endpoint: { partnerId: racePartner } }, data: { status: 'delivered' } });
  });

  it('rejects a malformed event type before writing anything', async () => {
    await expect(emitEvent(test.db, { partnerId, type: 'Not A Type', payload: {} })).rejects.toThrow();
  });

  it('retries a failing endpoint, disables it after the threshold with an audit notice, and redelivers on demand', async () => {
    const dead = await test.db.webhookEndpoint.create({
      data: { partnerId: otherPartnerId, url: 'http://127.0.0.1:3168/nobody-listens', secretEncrypted: encryptSecret(secret), eventTypes: ['report.delivered'] },
    });
    for (let i = 0; i < 3; i += 1) await test.db.$transaction((tx) => emitEvent(tx, { partnerId: otherPartnerId, type: 'report.delivered', payload: { i } }));
    const first = await deliverDueBatch(test.db, options);
    expect(first.failed).toBe(3);
    const endpoint = await test.db.webhookEndpoint.findUniqueOrThrow({ where: { id: dead.id } });
    expect(endpoint).toMatchObject({ enabled: false, failureStreak: 3 });
    expect(endpoint.disabledReason).toMatch(/3 consecutive failed deliveries/);
    expect(await test.db.auditEvent.count({ where: { action: 'webhook_endpoint.disabled', targetId: dead.id, partnerId: otherPartnerId } })).toBe(1);

    const failed = await test.db.webhookDelivery.findMany({ where: { endpointId: dead.id } });
    expect(failed.every((d) => d.status === 'failed' && d.attempts === 1 && d.lastError !== null)).toBe(true);
    // Disabled endpoints are not attempted, but nothing is dropped.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await deliverDueBatch(test.db, options)).claimed).toBe(0);

    const target = failed[0]!;
    await expect(redeliver(test.db, partnerId, target.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await redeliver(test.db, otherPartnerId, target.id);
    expect(await test.db.webhookDelivery.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ status: 'pending', attempts: 0 });
  });
});
