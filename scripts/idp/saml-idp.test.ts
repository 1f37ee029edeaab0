import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSamlMetadata } from '../../portal/server/sso/saml-metadata';
import { samlStore, type SamlStore } from '../../portal/server/sso/saml-store';
import { samlAuthorizeUrl, verifySamlResponse, type SamlPeers } from '../../portal/server/sso/saml-verify';
import { createTestDb, type TestDb } from '../../tests/embed-api/support/test-db.ts';
import { isAllowedAcs, startSamlIdp, type RunningSamlIdp } from './saml-idp.ts';

/** Port 3108: the SAML helper's range, free during unit tests. */
const PORTAL = 'http://localhost:3999';
const SP = `${PORTAL}/api/auth/saml/conn-1`;
let idp: RunningSamlIdp;
let keyDir: string;
let testDb: TestDb;
let store: SamlStore;
let peers: SamlPeers;

beforeAll(async () => {
  keyDir = mkdtempSync(path.join(os.tmpdir(), 'saml-idp-'));
  idp = await startSamlIdp({ port: 3108, keyDir, portalUrls: [PORTAL], domains: ['bluepeak.test'], quiet: true });
  testDb = await createTestDb();
  store = samlStore(testDb.db);
  peers = { connectionId: 'conn-1', idp: (await fetchSamlMetadata(idp.metadataUrl)).summary, sp: { entityId: SP, acsUrl: `${SP}/acs` } };
});
afterAll(async () => {
  await idp?.close();
  await testDb?.drop();
  rmSync(keyDir, { recursive: true, force: true });
});

/** What the browser does: follow the AuthnRequest to the login page, pick a user, read the auto-posting form. */
async function loginAt(authorizeUrl: string, email: string): Promise<{ status: number; samlResponse?: string; action?: string; body: string }> {
  const start = await fetch(authorizeUrl, { redirect: 'manual' });
  if (start.status !== 303) return { status: start.status, body: await start.text() };
  const interaction = new URL(start.headers.get('location')!, idp.url);
  const page = await fetch(interaction);
  expect(await page.text()).toContain('Bluepeak single sign-on');
  const posted = await fetch(`${interaction}/login`, { method: 'POST', body: new URLSearchParams({ email }) });
  const body = await posted.text();
  return { status: posted.status, body, samlResponse: /name="SAMLResponse" value="([^"]+)"/.exec(body)?.[1], action: /<form method="post" action="([^"]+)"/.exec(body)?.[1] };
}

describe('local SAML IdP', () => {
  it('serves metadata whose signing certificate signs the assertions it posts to the portal', async () => {
    expect(peers.idp.entityId).toBe(`${idp.url}/metadata`);
    const result = await loginAt(await samlAuthorizeUrl(peers, store, '/p/bluepeak'), 'New.Person@bluepeak.test');
    expect(result.status).toBe(200);
    expect(result.action).toBe(`${SP}/acs`);
    const verified = await verifySamlResponse(peers, store, result.samlResponse!);
    expect(verified).toMatchObject({ identity: { email: 'new.person@bluepeak.test', name: 'New Person' }, redirectTo: '/p/bluepeak' });
  });

  it('keeps its key across restarts (the metadata the portal stored stays valid)', async () => {
    const before = (await fetchSamlMetadata(idp.metadataUrl)).xml;
    await idp.close();
    idp = await startSamlIdp({ port: 3108, keyDir, portalUrls: [PORTAL], domains: ['bluepeak.test'], quiet: true });
    expect((await fetchSamlMetadata(idp.metadataUrl)).xml).toBe(before);
  });

  it('refuses addresses outside its domains', async () => {
    const result = await loginAt(await samlAuthorizeUrl(peers, store, '/p'), 'owner@northwind.test');
    expect(result.status).toBe(400);
    expect(result.body).toContain('only knows addresses on its own domains');
    expect(result.samlResponse).toBeUndefined();
  });

  it('sends assertions only to ACS URLs of listed portals, with the matching entity id', async () => {
    const elsewhere: SamlPeers = { ...peers, sp: { entityId: 'http://evil.test/api/auth/saml/conn-1', acsUrl: 'http://evil.test/api/auth/saml/conn-1/acs' } };
    expect((await loginAt(await samlAuthorizeUrl(elsewhere, store, '/p'), 'owner@bluepeak.test')).status).toBe(400);
    const portals = [PORTAL];
    expect(isAllowedAcs({ id: '_1', issuer: SP, acsUrl: `${SP}/acs` }, portals)).toBe(true);
    expect(isAllowedAcs({ id: '_1', issuer: `${PORTAL}/api/auth/saml/other`, acsUrl: `${SP}/acs` }, portals)).toBe(false);
    expect(isAllowedAcs({ id: '_1', issuer: SP, acsUrl: `${SP}/acs?x=1` }, portals)).toBe(false);
    expect(isAllowedAcs({ id: '_1', issuer: SP, acsUrl: `${PORTAL}/api/auth/callback/sso-1` }, portals)).toBe(false);
  });
});
