/**
 * The SCIM routes in-process on a real (freshly migrated) database: every route refuses another directory's token
 * and no token with 401 and no data; group → role sync gives the highest mapped role and never touches an owner;
 * deactivation blocks sign-in only for people who belong to this partner alone.
 */
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callRoute } from '../../../tests/embed-api/support/call-route';
import { routeFiles } from '../../../tests/embed-api/support/route-files';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db';

const ROUTES_DIR = path.resolve(import.meta.dirname, '../../app/api/scim/v2/[directory]');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

let t: TestDb;
const tokens = { a: `scim_${randomBytes(32).toString('base64url')}`, b: `scim_${randomBytes(32).toString('base64url')}` };
const ids = { partnerA: '', partnerB: '', dirA: '', dirB: '', ownerA: '' };
type Mod = Record<string, unknown>;
const route = async (r: string) => (await import(path.join(ROUTES_DIR, r, 'route.ts'))) as Mod;

async function call(r: string, method: (typeof METHODS)[number], options: { token?: string; dir?: string; id?: string; body?: unknown; query?: string } = {}) {
  const mod = await route(r);
  const dir = options.dir ?? ids.dirA;
  const urlPath = `/api/scim/v2/${dir}/${r.replace('[id]', options.id ?? 'x')}${options.query ?? ''}`;
  const params: Record<string, string> = { directory: dir, ...(options.id ? { id: options.id } : {}) };
  return callRoute(mod[method], urlPath, { method, params, token: options.token ?? tokens.a, ...(options.body !== undefined ? { body: options.body } : {}) });
}

const roleOf = async (email: string, partnerId = ids.partnerA) =>
  (await t.db.membership.findFirst({ where: { user: { email }, partnerId, tenantId: null }, select: { role: true } }))?.role ?? null;

async function createUser(email: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await call('Users', 'POST', { body: { userName: email, emails: [{ value: email, primary: true }], ...extra } });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

beforeAll(async () => {
  t = await createTestDb();
  process.env.DATABASE_URL = t.url;
  const hash = (s: string) => createHash('sha256').update(s).digest('hex');
  const a = await t.db.partner.create({ data: { slug: 'scim-a', name: 'Agency A' } });
  const b = await t.db.partner.create({ data: { slug: 'scim-b', name: 'Agency B' } });
  ids.partnerA = a.id;
  ids.partnerB = b.id;
  ids.dirA = (await t.db.scimDirectory.create({ data: { partnerId: a.id, name: 'A IdP', tokenHash: hash(tokens.a), groupRoleMap: { Admins: 'admin', Analysts: 'analyst', Founders: 'owner' }, defaultRole: 'viewer' } })).id;
  ids.dirB = (await t.db.scimDirectory.create({ data: { partnerId: b.id, name: 'B IdP', tokenHash: hash(tokens.b), groupRoleMap: {}, defaultRole: 'viewer' } })).id;
  const owner = await t.db.user.create({ data: { email: 'owner@a.test' } });
  ids.ownerA = owner.id;
  await t.db.membership.create({ data: { userId: owner.id, partnerId: a.id, role: 'owner', source: 'seed' } });
  const both = await t.db.user.create({ data: { email: 'both@b.test' } });
  await t.db.membership.create({ data: { userId: both.id, partnerId: b.id, role: 'admin', source: 'seed' } });
});

afterAll(async () => {
  await t?.drop();
});

describe('tenancy of every SCIM route', () => {
  const routes = routeFiles(ROUTES_DIR);
  it('finds the routes', () => {
    expect(routes.sort()).toEqual(['Groups', 'Groups/[id]', 'ResourceTypes', 'Schemas', 'ServiceProviderConfig', 'Users', 'Users/[id]']);
  });

  it.each(routes)('%s: another directory’s token and no token get 401 and no data', async (r) => {
    const secretUser = await t.db.user.upsert({ where: { email: 'secret.person@a.test' }, create: { email: 'secret.person@a.test' }, update: {} });
    const scimUser = await t.db.scimUser.upsert({ where: { directoryId_userName: { directoryId: ids.dirA, userName: 'secret.person@a.test' } }, create: { directoryId: ids.dirA, userId: secretUser.id, userName: 'secret.person@a.test' }, update: {} });
    const mod = await route(r);
    for (const method of METHODS.filter((m) => typeof mod[m] === 'function')) {
      const body = method === 'GET' || method === 'DELETE' ? undefined : { userName: 'x@b.test', displayName: 'x', Operations: [{ op: 'replace', value: { active: false } }] };
      for (const token of [tokens.b, 'scim_wrong-token-000000000000000000000000']) {
        const res = await call(r, method, { token, id: scimUser.id, ...(body ? { body } : {}) });
        const text = await res.text();
        expect.soft(res.status, `${method} ${r}`).toBe(401);
        expect.soft(JSON.parse(text).schemas, `${method} ${r}`).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
        expect.soft(text.includes('secret.person'), `${method} ${r} leaks`).toBe(false);
      }
      const mod2 = await route(r);
      const anonymous = await callRoute(mod2[method], `/api/scim/v2/${ids.dirA}/${r}`, { method, params: { directory: ids.dirA, id: scimUser.id } });
      expect.soft(anonymous.status, `${method} ${r} without a token`).toBe(401);
    }
    expect((await t.db.scimUser.findUniqueOrThrow({ where: { id: scimUser.id } })).active).toBe(true);
  });

  it('B’s token under its own directory cannot reach A’s user by id (404)', async () => {
    const scimUser = await t.db.scimUser.findFirstOrThrow({ where: { directoryId: ids.dirA } });
    const res = await call('Users/[id]', 'GET', { token: tokens.b, dir: ids.dirB, id: scimUser.id });
    expect(res.status).toBe(404);
  });
});

describe('group → role sync', () => {
  it('gives the highest mapped role, falls back to the default, and a stored owner mapping grants nothing', async () => {
    const u = await createUser('sync@a.test');
    expect(await roleOf('sync@a.test')).toBe('viewer');
    const analysts = (await (await call('Groups', 'POST', { body: { displayName: 'Analysts', members: [{ value: u }] } })).json()) as { id: string };
    expect(await roleOf('sync@a.test')).toBe('analyst');
    const admins = (await (await call('Groups', 'POST', { body: { displayName: 'admins', members: [{ value: u }] } })).json()) as { id: string };
    expect(await roleOf('sync@a.test')).toBe('admin');
    await call('Groups', 'POST', { body: { displayName: 'Founders', members: [{ value: u }] } });
    expect(await roleOf('sync@a.test')).toBe('admin');
    await call('Groups/[id]', 'PATCH', { id: admins.id, body: { Operations: [{ op: 'remove', path: `members[value eq "${u}"]` }] } });
    expect(await roleOf('sync@a.test')).toBe('analyst');
    expect((await call('Groups/[id]', 'DELETE', { id: analysts.id })).status).toBe(204);
    expect(await roleOf('sync@a.test')).toBe('viewer');
    const membership = await t.db.membership.findFirstOrThrow({ where: { user: { email: 'sync@a.test' }, partnerId: ids.partnerA } });
    expect(membership.source).toBe('scim');
    const events = await t.db.auditEvent.findMany({ where: { partnerId: ids.partnerA, actorType: 'scim' }, select: { action: true, actorLabel: true } });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['scim.user.created', 'member.provisioned', 'scim.group.created', 'member.role_changed', 'scim.group.patched', 'scim.group.deleted']));
    expect(new Set(events.map((e) => e.actorLabel))).toEqual(new Set(['SCIM: A IdP']));
  });

  it('never changes or locks out an owner the directory also knows', async () => {
    const u = await createUser('owner@a.test');
    await call('Groups', 'POST', { body: { displayName: 'Analysts 2', members: [{ value: u }] } });
    expect(await roleOf('owner@a.test')).toBe('owner');
    const res = await call('Users/[id]', 'PATCH', { id: u, body: { Operations: [{ op: 'replace', value: { active: false } }] } });
    expect(res.status).toBe(200);
    expect(await roleOf('owner@a.test')).toBe('owner');
    expect((await t.db.user.findUniqueOrThrow({ where: { id: ids.ownerA } })).deactivatedAt).toBeNull();
  });

  it('a person who also belongs to another agency loses this partner only', async () => {
    const u = await createUser('both@b.test');
    expect(await roleOf('both@b.test')).toBe('viewer');
    await call('Users/[id]', 'PATCH', { id: u, body: { Operations: [{ op: 'Replace', path: 'active', value: 'False' }] } });
    expect(await roleOf('both@b.test')).toBeNull();
    expect(await roleOf('both@b.test', ids.partnerB)).toBe('admin');
    expect((await t.db.user.findUniqueOrThrow({ where: { email: 'both@b.test' } })).deactivatedAt).toBeNull();
  });

  it('deactivation of someone only this partner has blocks sign-in; reactivation lifts it', async () => {
    const u = await createUser('solo@a.test');
    await t.db.session.create({ data: { sessionToken: 'solo-session', userId: (await t.db.user.findUniqueOrThrow({ where: { email: 'solo@a.test' } })).id, expires: new Date(Date.now() + 3_600_000) } });
    await call('Users/[id]', 'PATCH', { id: u, body: { Operations: [{ op: 'replace', value: { active: false } }] } });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: 'solo@a.test' }, select: { deactivatedAt: true, sessions: true } });
    expect(user.deactivatedAt).not.toBeNull();
    expect(user.sessions).toEqual([]);
    await call('Users/[id]', 'PUT', { id: u, body: { userName: 'solo@a.test', active: true } });
    expect((await t.db.user.findUniqueOrThrow({ where: { email: 'solo@a.test' } })).deactivatedAt).toBeNull();
    expect(await roleOf('solo@a.test')).toBe('viewer');
  });

  it('PUT to a taken userName is 409 uniqueness; a bad PATCH is 400 with SCIM’s error shape', async () => {
    const u = await createUser('first@a.test');
    await createUser('second@a.test');
    const res = await call('Users/[id]', 'PUT', { id: u, body: { userName: 'second@a.test' } });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ scimType: 'uniqueness', status: '409' });
    const bad = await call('Users/[id]', 'PATCH', { id: u, body: { Operations: [{ op: 'replace', path: 'active', value: 'maybe' }] } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ scimType: 'invalidValue' });
    const notJson = await call('Users', 'POST', { body: '{"userName":' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ scimType: 'invalidSyntax' });
  });
});
