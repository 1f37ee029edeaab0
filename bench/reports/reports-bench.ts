/**
 * Benchmarks of the reports area (never a timed test):
 *   - webhook outbox: events written per second (each in its own transaction) and deliveries per second through the
 *     leased delivery loop to a local receiver that verifies every signature;
 *   - attribution: all five models over N journeys.
 * Run: npx tsx bench/reports/reports-bench.ts [events=2000] [journeys=3000]   (REPORTS_TEST_DB=postgres for PostgreSQL).
 * SQLite runs in WAL mode, as prisma/connect.ts sets it for every file database.
 */
import { randomBytes } from 'node:crypto';
import { ATTRIBUTION_MODEL_IDS, creditByChannel, type Journey } from '../../portal/server/attribution/models.ts';
import { DEFAULT_DELIVERY_OPTIONS, deliverDueBatch } from '../../portal/server/webhooks/deliver-batch.ts';
import { emitEvent } from '../../portal/server/webhooks/emit-event.ts';
import { generateWebhookSecret } from '../../portal/server/webhooks/signing.ts';
import { createTestDb } from '../../tests/reports/test-db.ts';
import { startWebhookReceiver } from '../../tests/reports/webhook-receiver.ts';

process.env.STRATUM_SECRET_KEY ??= randomBytes(32).toString('base64');
const { encryptSecret } = await import('../../portal/lib/secret-box.ts');

const events = Number(process.argv[2] ?? 2000);
const journeys = Number(process.argv[3] ?? 3000);
const kind = process.env.REPORTS_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

async function webhooks() {
  const test = createTestDb('bench');
  const secret = generateWebhookSecret();
  const receiver = await startWebhookReceiver({ port: 3164, secret });
  try {
    const partner = await test.db.partner.create({ data: { slug: 'bench', name: 'Bench' } });
    await test.db.webhookEndpoint.create({ data: { partnerId: partner.id, url: receiver.url, secretEncrypted: encryptSecret(secret), eventTypes: [] } });
    let started = performance.now();
    for (let i = 0; i < events; i += 1) await test.db.$transaction((tx) => emitEvent(tx, { partnerId: partner.id, type: 'metrics.ingested', payload: { batch: i, rows: 1000 } }));
    const emitSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const options = { ...DEFAULT_DELIVERY_OPTIONS, workerId: 'bench', batchSize: 100, concurrency: 16 };
    while ((await deliverDueBatch(test.db, options)).claimed > 0);
    const deliverSeconds = (performance.now() - started) / 1000;
    const delivered = await test.db.webhookDelivery.count({ where: { status: 'delivered' } });
    if (delivered !== events || receiver.processed.size !== events || receiver.received.some((r) => !r.validSignature)) throw new Error('not every event was delivered with a valid signature');
    return { emitPerSecond: Math.round(events / emitSeconds), deliverPerSecond: Math.round(events / deliverSeconds) };
  } finally {
    await receiver.close();
    await test.drop();
  }
}

function attribution() {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const channels = ['meta', 'google', 'tiktok', 'linkedin', 'email'];
  const paths: Journey[] = Array.from({ length: journeys }, () => {
    const convertedAt = new Date(Date.UTC(2026, 9, 1) + random() * 60 * 86_400_000);
    const length = 1 + Math.floor(random() * 5);
    const touchpoints = Array.from({ length }, (_, k) => ({ channel: channels[Math.floor(random() * channels.length)]!, at: new Date(convertedAt.getTime() - (length - k) * random() * 5 * 86_400_000) }));
    return { touchpoints, convertedAt, revenue: 50 + random() * 150 };
  });
  const runs = 20;
  const started = performance.now();
  for (let r = 0; r < runs; r += 1) for (const model of ATTRIBUTION_MODEL_IDS) creditByChannel(model, paths);
  return { msPerFiveModels: Number(((performance.now() - started) / runs).toFixed(2)) };
}

const hook = await webhooks();
const attr = attribution();
console.log(`reports bench (${kind}): ${events} webhook events written at ${hook.emitPerSecond}/s (one transaction each), delivered and signature-verified at ${hook.deliverPerSecond}/s; attribution, 5 models over ${journeys} journeys: ${attr.msPerFiveModels} ms`);
process.exit(0);
