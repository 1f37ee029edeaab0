import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db.ts';
import { samlStore, type SamlStore } from './saml-store';

let testDb: TestDb;
let store: SamlStore;
const ada = { email: 'ada@bluepeak.test', name: 'Ada', nameId: 'ada@bluepeak.test' };

beforeAll(async () => {
  testDb = await createTestDb();
  store = samlStore(testDb.db);
});
afterAll(() => testDb?.drop());

describe('SAML sign-in tickets', () => {
  it('are redeemed once, only for their own connection, and stored only as a hash', async () => {
    const ticket = await store.issueTicket('conn-a', ada);
    expect(ticket).toMatch(/^[\w-]{43}$/);
    expect(await testDb.db.samlOneTimeKey.count({ where: { key: { contains: ticket } } })).toBe(0);
    expect(await store.redeemTicket('conn-b', ticket)).toBeNull();
    expect(await store.redeemTicket('conn-a', ticket)).toEqual(ada);
    expect(await store.redeemTicket('conn-a', ticket)).toBeNull();
  });

  it('expire', async () => {
    const ticket = await store.issueTicket('conn-a', ada);
    await testDb.db.samlOneTimeKey.updateMany({ where: { key: { startsWith: 'ticket:' } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await store.redeemTicket('conn-a', ticket)).toBeNull();
  });

  it('are worth nothing when made up', async () => {
    expect(await store.redeemTicket('conn-a', 'x'.repeat(43))).toBeNull();
  });

  it('go to exactly one of two concurrent redeemers', async () => {
    const ticket = await store.issueTicket('conn-a', ada);
    const results = await Promise.all([store.redeemTicket('conn-a', ticket), store.redeemTicket('conn-a', ticket)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});

describe('SAML request ids', () => {
  it('are consumed once and carry the page to return to', async () => {
    await store.saveRequest('conn-a', '_req1', '/p/bluepeak/sso');
    expect(await store.consumeRequest('conn-b', '_req1')).toBeNull();
    expect(await store.consumeRequest('conn-a', '_req1')).toMatchObject({ redirectTo: '/p/bluepeak/sso' });
    expect(await store.consumeRequest('conn-a', '_req1')).toBeNull();
  });

  it('sweep expired rows when new ones are written', async () => {
    await testDb.db.samlOneTimeKey.create({ data: { key: 'request:_old', connectionId: 'conn-a', expiresAt: new Date(Date.now() - 1000) } });
    await store.saveRequest('conn-a', '_req2', '/p');
    expect(await testDb.db.samlOneTimeKey.findUnique({ where: { key: 'request:_old' } })).toBeNull();
  });
});
