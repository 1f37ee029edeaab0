import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateIdpKey } from '../../../scripts/idp/saml-keys.ts';
import { buildSamlFailure, buildSamlResponse, idpMetadataXml, parseAuthnRequest, samlId, type AssertionInput, type IdpSigningKey } from '../../../scripts/idp/saml-response.ts';
import { createTestDb, type TestDb } from '../../../tests/embed-api/support/test-db.ts';
import { parseSamlMetadata } from './saml-metadata';
import { samlStore, type SamlStore } from './saml-store';
import { samlAuthorizeUrl, SamlSignInError, verifySamlResponse, type SamlFailure, type SamlPeers } from './saml-verify';

const IDP = 'http://localhost:7002/metadata';
const SP = 'http://localhost:7000/api/auth/saml/conn-1';
const ACS = `${SP}/acs`;

let testDb: TestDb;
let store: SamlStore;
let key: IdpSigningKey;
let otherKey: IdpSigningKey;
let peers: SamlPeers;

function peersFor(certificate: string, connectionId = 'conn-1'): SamlPeers {
  return { connectionId, idp: parseSamlMetadata(idpMetadataXml({ entityId: IDP, ssoUrl: 'http://localhost:7002/sso', certificate })), sp: { entityId: SP, acsUrl: ACS } };
}

/** Starts a sign-in the way the portal does and returns the AuthnRequest id the IdP would answer. */
async function newRequest(redirectTo = '/p/bluepeak', on: SamlPeers = peers): Promise<string> {
  const url = new URL(await samlAuthorizeUrl(on, store, redirectTo, 'someone@bluepeak.test'));
  expect(`${url.origin}${url.pathname}`).toBe('http://localhost:7002/sso');
  return parseAuthnRequest(url.searchParams.get('SAMLRequest')!).id;
}

const encode = (xml: string) => Buffer.from(xml).toString('base64');

function response(inResponseTo: string | undefined, overrides: Partial<AssertionInput> = {}, signingKey = key): string {
  return encode(buildSamlResponse({ idpEntityId: IDP, audience: SP, acsUrl: ACS, inResponseTo, email: 'Ada@Bluepeak.test', name: 'Ada Lovelace', ...overrides }, signingKey));
}

async function refusal(promise: Promise<unknown>): Promise<SamlFailure> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error, 'the response was accepted').toBeInstanceOf(SamlSignInError);
  if (process.env.SAML_DEBUG) console.log((error as Error).message);
  return (error as SamlSignInError).reason;
}

beforeAll(async () => {
  testDb = await createTestDb();
  store = samlStore(testDb.db);
  [key, otherKey] = await Promise.all([generateIdpKey(), generateIdpKey({ commonName: 'Someone else' })]);
  peers = peersFor(key.certificate);
});
afterAll(() => testDb?.drop());

describe('verifySamlResponse', () => {
  it('accepts a signed assertion that answers our request, and returns who and where to', async () => {
    const id = await newRequest('/p/bluepeak/sso');
    const result = await verifySamlResponse(peers, store, response(id));
    expect(result).toEqual({ identity: { email: 'ada@bluepeak.test', name: 'Ada Lovelace', nameId: 'Ada@Bluepeak.test' }, redirectTo: '/p/bluepeak/sso' });
  });

  it('accepts a response signed around a signed assertion', async () => {
    const id = await newRequest();
    await expect(verifySamlResponse(peers, store, response(id, { sign: 'both' }))).resolves.toMatchObject({ identity: { email: 'ada@bluepeak.test' } });
  });

  it('refuses an assertion altered after signing', async () => {
    const id = await newRequest();
    const signed = buildSamlResponse({ idpEntityId: IDP, audience: SP, acsUrl: ACS, inResponseTo: id, email: 'ada@bluepeak.test' }, key);
    const tampered = signed.replaceAll('ada@bluepeak.test', 'owner@bluepeak.test');
    expect(tampered).not.toBe(signed);
    expect(await refusal(verifySamlResponse(peers, store, encode(tampered)))).toBe('signature');
  });

  it('refuses an unsigned assertion', async () => {
    expect(await refusal(verifySamlResponse(peers, store, response(await newRequest(), { sign: 'none' })))).toBe('signature');
  });

  it('refuses an unsigned assertion inside a signed response (the assertion itself must be signed)', async () => {
    expect(await refusal(verifySamlResponse(peers, store, response(await newRequest(), { sign: 'response' })))).toBe('signature');
  });

  it('refuses an assertion signed by a key that is not in the metadata', async () => {
    expect(await refusal(verifySamlResponse(peers, store, response(await newRequest(), {}, otherKey)))).toBe('signature');
  });

  it('refuses an assertion for another audience', async () => {
    expect(await refusal(verifySamlResponse(peers, store, response(await newRequest(), { audience: 'http://localhost:7000/api/auth/saml/other' })))).toBe('audience');
  });

  it('refuses an expired assertion', async () => {
    const id = await newRequest();
    const issuedAt = new Date(Date.now() - 10 * 60_000);
    expect(await refusal(verifySamlResponse(peers, store, response(id, { issuedAt, lifetimeMs: 5 * 60_000 })))).toBe('expired');
  });

  it('refuses an assertion for another recipient', async () => {
    expect(await refusal(verifySamlResponse(peers, store, response(await newRequest(), { acsUrl: 'http://evil.test/acs' })))).toBe('recipient');
  });

  it('refuses an assertion from another issuer signed with the right key', async () => {
    expect(await refusal(verifySamlResponse(peers, store, response(await newRequest(), { idpEntityId: 'http://other-idp.test' })))).toBe('issuer');
  });

  it('refuses a replayed response: the request it answers is used up', async () => {
    const replayed = response(await newRequest());
    await verifySamlResponse(peers, store, replayed);
    expect(await refusal(verifySamlResponse(peers, store, replayed))).toBe('unknown_request');
  });

  it('refuses a replayed assertion id even in answer to a new request', async () => {
    const assertionId = samlId();
    await verifySamlResponse(peers, store, response(await newRequest(), { assertionId }));
    expect(await refusal(verifySamlResponse(peers, store, response(await newRequest(), { assertionId })))).toBe('replay');
  });

  it('lets exactly one of two concurrent submissions of the same response through', async () => {
    const same = response(await newRequest());
    const results = await Promise.allSettled([verifySamlResponse(peers, store, same), verifySamlResponse(peers, store, same)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('refuses unsolicited (IdP-initiated) and unknown-request responses', async () => {
    expect(await refusal(verifySamlResponse(peers, store, response(undefined)))).toBe('unsolicited');
    expect(await refusal(verifySamlResponse(peers, store, response(samlId())))).toBe('unknown_request');
  });

  it('refuses a response to another connection\'s request', async () => {
    const other = peersFor(key.certificate, 'conn-2');
    const id = await newRequest('/p', other);
    expect(await refusal(verifySamlResponse(peers, store, response(id)))).toBe('unknown_request');
  });

  it('reports an IdP failure status as such', async () => {
    const failure = encode(buildSamlFailure({ idpEntityId: IDP, acsUrl: ACS, inResponseTo: await newRequest(), message: 'cancelled' }));
    expect(await refusal(verifySamlResponse(peers, store, failure))).toBe('idp_error');
  });

  it('refuses everything once the metadata certificate has expired', async () => {
    const old = await generateIdpKey({ notBefore: new Date(Date.now() - 400 * 86_400_000), notAfter: new Date(Date.now() - 86_400_000) });
    const expiredPeers = peersFor(old.certificate);
    await expect(samlAuthorizeUrl(expiredPeers, store, '/p')).rejects.toMatchObject({ reason: 'certificate_expired' });
  });

  it('refuses input that is not a SAML response', async () => {
    expect(await refusal(verifySamlResponse(peers, store, 'not base64!'))).toBe('malformed');
    expect(await refusal(verifySamlResponse(peers, store, encode('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')))).toBe('malformed');
  });
});
