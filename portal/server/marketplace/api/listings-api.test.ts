/** REST API v1 listings routes in-process against a real SQLite database: scopes, submit, search, get, install. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../prisma/connect.ts';
import { callRoute, json } from '../../../../tests/embed-api/support/call-route';
import { createApiKey } from '@/server/api-keys/keys';
import * as listingsRoute from '../../../app/api/v1/listings/route';
import * as listingRoute from '../../../app/api/v1/listings/[slug]/route';
import * as installRoute from '../../../app/api/v1/listings/[slug]/install/route';
import { freshSqlite } from '../testing/test-db';
import { adminCtx, listingInput, makeWorld, templateManifest, type World } from '../testing/fixtures';
import { reviewListingVersion } from '../review-listing-version';

type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

let db: Db;
let world: World;
let cleanup: (() => Promise<void>) | undefined;
let acmeKey: string;
let boltKey: string;
let boltReadOnly: string;

beforeAll(async () => {
  const fresh = freshSqlite('api');
  ({ db, cleanup } = fresh);
  process.env.DATABASE_URL = fresh.url;
  process.env.STRATUM_DATA_DIR = '.stratum/mkt-api-data';
  world = await makeWorld(db);
  acmeKey = (await createApiKey(db, { partnerId: world.acme.partnerId, name: 'acme', scopes: ['listings:read', 'listings:write'] as never })).key;
  boltKey = (await createApiKey(db, { partnerId: world.bolt.partnerId, name: 'bolt', scopes: ['*'] })).key;
  boltReadOnly = (await createApiKey(db, { partnerId: world.bolt.partnerId, name: 'bolt read', scopes: ['listings:read'] as never })).key;
});
afterAll(() => cleanup?.());

describe('REST API v1 listings', () => {
  it('submits with a scoped key; a bad manifest is a 422 naming the field', async () => {
    const bad = listingInput('api-roas', { manifest: { ...templateManifest(), dashboards: [{ key: 'Overview!', title: 'x', layout: { widgets: [] } }] } });
    const refused = await callRoute(listingsRoute.POST, '/api/v1/listings', { token: acmeKey, body: bad });
    expect(refused.status).toBe(422);
    const body = await json<ErrorBody>(refused);
    expect(body.error.code).toBe('UNPROCESSABLE');
    expect(body.error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['manifest.dashboards.0.key', 'manifest.dashboards.0.layout.widgets']));

    const ok = await callRoute(listingsRoute.POST, '/api/v1/listings', { token: acmeKey, body: listingInput('api-roas') });
    expect(ok.status).toBe(201);
    const submitted = await json<{ versionId: string; versionStatus: string }>(ok);
    expect(submitted.versionStatus).toBe('in_review');
    await reviewListingVersion(adminCtx(db, 'sqlite', world), { versionId: submitted.versionId, decision: 'approve' });
  });

  it('refuses keys without the scope', async () => {
    const res = await callRoute(listingsRoute.POST, '/api/v1/listings', { token: boltReadOnly, body: listingInput('bolt-listing') });
    expect(res.status).toBe(403);
    expect((await callRoute(listingsRoute.GET, '/api/v1/listings')).status).toBe(401);
    expect((await callRoute(installRoute.POST, '/api/v1/listings/api-roas/install', { token: acmeKey, params: { slug: 'api-roas' }, body: { target: { scope: 'partner' } } })).status).toBe(403);
  });

  it('searches and gets listings with cursor pagination', async () => {
    const res = await callRoute(listingsRoute.GET, '/api/v1/listings?q=roas&limit=1', { token: boltReadOnly });
    expect(res.status).toBe(200);
    const page = await json<{ data: { slug: string }[]; nextCursor: string | null; total: number }>(res);
    expect(page).toMatchObject({ total: 1, nextCursor: null, data: [{ slug: 'api-roas' }] });
    const bad = await callRoute(listingsRoute.GET, '/api/v1/listings?cursor=nope', { token: boltReadOnly });
    expect(bad.status).toBe(400);
    const detail = await callRoute(listingRoute.GET, '/api/v1/listings/api-roas', { token: boltReadOnly, params: { slug: 'api-roas' } });
    expect(detail.status).toBe(200);
    expect(await json(detail)).toMatchObject({ slug: 'api-roas', status: 'published', live: { version: '1.0.0' } });
  });

  it('installs into the key\'s own clients only', async () => {
    const foreign = await callRoute(installRoute.POST, '/api/v1/listings/api-roas/install', {
      token: boltKey,
      params: { slug: 'api-roas' },
      body: { target: { scope: 'tenants', tenantIds: [world.crux.tenantIds[0]] } },
    });
    expect(foreign.status).toBe(404);
    const res = await callRoute(installRoute.POST, '/api/v1/listings/api-roas/install', {
      token: boltKey,
      params: { slug: 'api-roas' },
      body: { target: { scope: 'all_clients', includeFuture: true } },
    });
    expect(res.status).toBe(201);
    expect(await json(res)).toMatchObject({ dashboardsCreated: 3, installations: [{ scope: 'all_clients' }] });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { partnerId: world.bolt.partnerId, action: 'marketplace.installed' } });
    expect(audit).toMatchObject({ actorType: 'api_key', actorId: null });
  });
});
