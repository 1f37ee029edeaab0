import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callRoute, json } from '../../../tests/embed-api/support/call-route';
import { buildScenario, type Scenario } from '../../../tests/embed-api/support/scenario';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db';
import * as tenantsRoute from '../../app/api/v1/tenants/route';
import * as signalHealthRoute from '../../app/api/embed/v1/signal-health/route';
import { createApiKey } from '../api-keys/keys';

// Small budgets for this file only (each test file runs in its own worker).
process.env.EMBED_RATE_LIMIT_PER_SECOND = '3';
process.env.API_RATE_LIMIT_PER_MINUTE = '2';

let t: TestDb;
let s: Scenario;

beforeAll(async () => {
  t = await createTestDb();
  process.env.DATABASE_URL = t.url;
  s = await buildScenario(t.db);
});

afterAll(async () => {
  await t?.drop();
});

describe('rate limits', () => {
  it('answer 429 with Retry-After once an embed app + tenant spends its budget, per tenant', async () => {
    const token = await s.token();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await callRoute(signalHealthRoute.GET, '/api/embed/v1/signal-health', { token })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await callRoute(signalHealthRoute.GET, '/api/embed/v1/signal-health', { token });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await json<{ error: { code: string } }>(limited)).error.code).toBe('RATE_LIMITED');
    // Another tenant of the same app has its own budget.
    const other = await s.token({ tenant: s.a2.id });
    expect((await callRoute(signalHealthRoute.GET, '/api/embed/v1/signal-health', { token: other })).status).toBe(200);
  });

  it('answer 429 per API key', async () => {
    const { key } = await createApiKey(t.db, { partnerId: s.partnerA.id, name: 'limited', scopes: ['*'] });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await callRoute(tenantsRoute.GET, '/api/v1/tenants', { token: key })).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});
