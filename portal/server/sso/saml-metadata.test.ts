import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateIdpKey } from '../../../scripts/idp/saml-keys.ts';
import { idpMetadataXml, type IdpSigningKey } from '../../../scripts/idp/saml-response.ts';
import { certificateHealth, currentCertificates, fetchSamlMetadata, parseSamlMetadata, SamlMetadataError } from './saml-metadata';

const DAY = 86_400_000;
let key: IdpSigningKey;
let metadata: string;
let server: Server;
let base: string;

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SamlMetadataError);
    return (error as Error).message;
  }
  throw new Error('the metadata was accepted');
};

beforeAll(async () => {
  key = await generateIdpKey({ notAfter: new Date(Date.now() + 90 * DAY) });
  metadata = idpMetadataXml({ entityId: 'https://idp.example/metadata', ssoUrl: 'https://idp.example/sso', certificate: key.certificate });
  server = createServer((req, res) => {
    if (req.url === '/metadata') res.writeHead(200, { 'content-type': 'application/xml' }).end(metadata);
    else if (req.url === '/html') res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Sign in</body></html>');
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('parseSamlMetadata', () => {
  it('reads the entity id, the HTTP-Redirect endpoint and the signing certificate with its real expiry', () => {
    const summary = parseSamlMetadata(metadata);
    expect(summary.entityId).toBe('https://idp.example/metadata');
    expect(summary.ssoUrl).toBe('https://idp.example/sso');
    expect(summary.certificates).toHaveLength(1);
    expect(summary.certificateExpiresAt.getTime()).toBe(new Date(new X509Certificate(key.certificate).validTo).getTime());
    expect(Math.round((summary.certificateExpiresAt.getTime() - Date.now()) / DAY)).toBe(90);
  });

  it('takes the latest expiry when the IdP publishes a rollover certificate too', async () => {
    const next = await generateIdpKey({ notAfter: new Date(Date.now() + 400 * DAY) });
    const body = (pem: string) => pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
    const both = metadata.replace('</md:KeyDescriptor>', `</md:KeyDescriptor><md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${body(next.certificate)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`);
    const summary = parseSamlMetadata(both);
    expect(summary.certificates).toHaveLength(2);
    expect(Math.round((summary.certificateExpiresAt.getTime() - Date.now()) / DAY)).toBe(400);
  });

  it('explains malformed XML, non-metadata, SP metadata, a missing endpoint and a missing certificate', () => {
    expect(refusal(() => parseSamlMetadata('<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"><md:IDPSSODescriptor>'))).toMatch(/not well-formed XML/);
    expect(refusal(() => parseSamlMetadata('{"issuer":"https://idp"}'))).toMatch(/not well-formed XML|not SAML metadata/);
    expect(refusal(() => parseSamlMetadata('<html><body>Login</body></html>'))).toMatch(/not SAML metadata/);
    expect(refusal(() => parseSamlMetadata(metadata.replaceAll('IDPSSODescriptor', 'SPSSODescriptor')))).toMatch(/no identity provider/);
    expect(refusal(() => parseSamlMetadata(metadata.replace(/<md:SingleSignOnService[^>]*\/>/g, '')))).toMatch(/no SingleSignOnService/);
    expect(refusal(() => parseSamlMetadata(metadata.replace(/<md:KeyDescriptor[\s\S]*<\/md:KeyDescriptor>/, '')))).toMatch(/no signing certificate/);
    expect(refusal(() => parseSamlMetadata(metadata.replace(/<ds:X509Certificate>[^<]+/, '<ds:X509Certificate>bm90IGEgY2VydA==')))).toMatch(/cannot be read/);
    expect(refusal(() => parseSamlMetadata('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'))).toMatch(/DOCTYPE/);
  });

  it('trusts only certificates valid now', async () => {
    const expired = await generateIdpKey({ notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() - DAY) });
    const summary = parseSamlMetadata(idpMetadataXml({ entityId: 'e', ssoUrl: 'https://idp/sso', certificate: expired.certificate }));
    expect(currentCertificates(summary)).toEqual([]);
    expect(currentCertificates(parseSamlMetadata(metadata))).toHaveLength(1);
  });
});

describe('fetchSamlMetadata', () => {
  it('fetches and parses metadata from a URL', async () => {
    const { xml, summary } = await fetchSamlMetadata(`${base}/metadata`);
    expect(xml).toBe(metadata);
    expect(summary.entityId).toBe('https://idp.example/metadata');
  });

  it('says what is wrong with an unreachable host, an error status or a page that is not metadata', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, 'localhost', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(fetchSamlMetadata(`http://localhost:${port}/metadata`)).rejects.toThrow(/could not be reached/);
    await expect(fetchSamlMetadata(`${base}/missing`)).rejects.toThrow(/answered 404/);
    await expect(fetchSamlMetadata(`${base}/html`)).rejects.toThrow(/did not return usable IdP metadata/);
    await expect(fetchSamlMetadata('ftp://idp.example/metadata')).rejects.toThrow(/http:\/\/ or https:\/\//);
  });
});

describe('certificateHealth', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  it('is quiet beyond 30 days, warns within 30 days and says expired once past', () => {
    expect(certificateHealth(null, now)).toBeNull();
    expect(certificateHealth(at(31), now)).toEqual({ level: 'ok', daysLeft: 31 });
    expect(certificateHealth(at(30.5), now)?.level).toBe('ok');
    expect(certificateHealth(at(30), now)).toEqual({ level: 'warning', daysLeft: 30 });
    expect(certificateHealth(at(1), now)).toEqual({ level: 'warning', daysLeft: 1 });
    expect(certificateHealth(at(0.2), now)).toEqual({ level: 'warning', daysLeft: 0 });
    expect(certificateHealth(at(0), now)?.level).toBe('expired');
    expect(certificateHealth(at(-3), now)).toEqual({ level: 'expired', daysLeft: -3 });
  });
});
