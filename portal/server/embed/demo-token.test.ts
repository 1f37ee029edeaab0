import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DemoTokenResult } from '@stratum/contract';
import { resetEnvForTests } from '@/lib/env';
import { callRoute, json } from '../../../tests/embed-api/support/call-route';
import { buildScenario, type Scenario } from '../../../tests/embed-api/support/scenario';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db';
import * as route from '../../app/api/demo/embed-token/route';
import { verifyEmbedToken } from './verify-token';

let t: TestDb;
let s: Scenario;
let dataDir: string;
const serverToServer = { origin: null, secFetchSite: null, hasCookie: false, selfOrigin: 'http://portal.test' };

beforeAll(async () => {
  t = await createTestDb();
  s = await buildScenario(t.db);
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'stratum-demo-'));
  process.env.STRATUM_DATA_DIR = dataDir;
});

afterAll(async () => {
  delete process.env.STRATUM_DATA_DIR;
  delete process.env.STRATUM_DEMO;
  rmSync(dataDir, { recursive: true, force: true });
  await t?.drop();
});

function writeManifest(): void {
  const manifest = {
    today: '2026-11-20',
    partners: [
      {
        id: s.partnerA.id,
        slug: 'north',
        name: 'North',
        apiKey: '',
        embedApp: { id: s.appA.id, secret: s.appA.secret, allowedOrigins: ['https://app.agency-a.test'], allowedScopes: ['dashboards:*', 'export'] },
        tenants: [{ id: s.a1.id, slug: 'a1', name: 'Client a1', currency: 'EUR', locale: 'de-DE', timezone: 'UTC', dashboards: [{ id: s.dashboards.a1, title: 'a1 overview' }], campaignCount: 5 }],
      },
    ],
  };
  writeFileSync(path.join(dataDir, 'demo.json'), JSON.stringify(manifest));
}

beforeEach(() => {
  rmSync(path.join(dataDir, 'demo.json'), { force: true });
  delete process.env.STRATUM_DEMO;
  resetEnvForTests();
});

describe('GET /api/demo/embed-token', () => {
  it('does not exist without STRATUM_DEMO=1, even with demo data', async () => {
    writeManifest();
    expect((await callRoute(route.GET, '/api/demo/embed-token?tenant=a1')).status).toBe(404);
  });

  it('does not exist without demo data, even with STRATUM_DEMO=1', async () => {
    process.env.STRATUM_DEMO = '1';
    expect((await callRoute(route.GET, '/api/demo/embed-token?tenant=a1')).status).toBe(404);
  });

  it('mints a token that verifies, with the requested row filters, in demo mode', async () => {
    process.env.STRATUM_DEMO = '1';
    writeManifest();
    const res = await callRoute(route.GET, '/api/demo/embed-token?tenant=a1&channels=meta,google&scopes=dashboards:*');
    expect(res.status).toBe(200);
    const body = await json<DemoTokenResult>(res);
    expect(body).toMatchObject({ apiBase: 'http://portal.test/api/embed/v1', tenant: { id: s.a1.id, slug: 'a1' }, dashboards: [{ id: s.dashboards.a1 }], today: '2026-11-20' });
    const ctx = await verifyEmbedToken(t.db, body.token, serverToServer);
    expect(ctx).toMatchObject({ tenantId: s.a1.id, scopes: ['dashboards:*'], rowFilters: { channels: ['meta', 'google'] } });
  });

  it('refuses unknown tenants (404) and scopes the demo app may not grant (400)', async () => {
    process.env.STRATUM_DEMO = '1';
    writeManifest();
    expect((await callRoute(route.GET, '/api/demo/embed-token?tenant=b1')).status).toBe(404);
    expect((await callRoute(route.GET, '/api/demo/embed-token?tenant=a1&scopes=copilot')).status).toBe(400);
    expect((await callRoute(route.GET, '/api/demo/embed-token?tenant=a1&channels=myspace')).status).toBe(400);
  });
});
