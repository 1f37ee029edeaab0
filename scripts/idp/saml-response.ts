/**
 * SAML 2.0 messages of the local identity provider: its metadata, a Response carrying a signed Assertion
 * (xml-crypto, RSA-SHA256, exclusive c14n), a failure Response, and the AuthnRequest parser. Shared by the IdP
 * server (scripts/idp/saml-idp.ts) and the portal's unit tests, which bend single fields to prove each check.
 */
import { randomBytes } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';

type XmlElement = Element;
import { SignedXml } from 'xml-crypto';

const PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';
const ASSERTION = 'urn:oasis:names:tc:SAML:2.0:assertion';
const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

export interface IdpSigningKey {
  /** PEM private key. */
  privateKey: string;
  /** PEM certificate. */
  certificate: string;
}

export const xmlEscape = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
export const samlId = () => `_${randomBytes(20).toString('hex')}`;
const certBody = (pem: string) => pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
const instant = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The IdP's metadata: entity id, an HTTP-Redirect SSO endpoint and its signing certificate. */
export function idpMetadataXml(input: { entityId: string; ssoUrl: string; certificate: string }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${xmlEscape(input.entityId)}">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certBody(input.certificate)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${xmlEscape(input.ssoUrl)}"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${xmlEscape(input.ssoUrl)}"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
`;
}

export interface AssertionInput {
  idpEntityId: string;
  /** The SP entity id: the assertion's audience. */
  audience: string;
  /** The SP's ACS URL: Destination and Recipient. */
  acsUrl: string;
  /** The AuthnRequest id this answers (omit for an unsolicited, IdP-initiated response). */
  inResponseTo?: string;
  email: string;
  name?: string;
  /** Defaults to now. */
  issuedAt?: Date;
  /** How long the assertion is valid (default 5 minutes). */
  lifetimeMs?: number;
  assertionId?: string;
  /** What carries an enveloped signature (default: the assertion). */
  sign?: 'assertion' | 'response' | 'both' | 'none';
}

function sign(xml: string, key: IdpSigningKey, element: 'Assertion' | 'Response'): string {
  const signer = new SignedXml({ privateKey: key.privateKey, publicCert: key.certificate, signatureAlgorithm: RSA_SHA256, canonicalizationAlgorithm: EXC_C14N });
  const path = element === 'Assertion' ? "//*[local-name(.)='Assertion']" : "/*[local-name(.)='Response']";
  signer.addReference({ xpath: path, transforms: [ENVELOPED, EXC_C14N], digestAlgorithm: SHA256 });
  // The schema puts ds:Signature right after the element's own Issuer.
  signer.computeSignature(xml, { location: { reference: `${path}/*[local-name(.)='Issuer']`, action: 'after' } });
  return signer.getSignedXml();
}

/** A successful Response with one Assertion about `email`, signed as asked; returns the XML (not yet base64). */
export function buildSamlResponse(input: AssertionInput, key: IdpSigningKey): string {
  const now = input.issuedAt ?? new Date();
  const notBefore = instant(new Date(now.getTime() - 30_000));
  const notOnOrAfter = instant(new Date(now.getTime() + (input.lifetimeMs ?? 5 * 60_000)));
  const inResponseTo = input.inResponseTo ? ` InResponseTo="${xmlEscape(input.inResponseTo)}"` : '';
  const issuer = `<saml:Issuer>${xmlEscape(input.idpEntityId)}</saml:Issuer>`;
  const assertion = `<saml:Assertion xmlns:saml="${ASSERTION}" ID="${xmlEscape(input.assertionId ?? samlId())}" Version="2.0" IssueInstant="${instant(now)}">${issuer}<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${xmlEscape(input.email)}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData${inResponseTo} NotOnOrAfter="${notOnOrAfter}" Recipient="${xmlEscape(input.acsUrl)}"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="${notBefore}" NotOnOrAfter="${notOnOrAfter}"><saml:AudienceRestriction><saml:Audience>${xmlEscape(input.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="${instant(now)}" SessionIndex="${samlId()}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement><saml:Attribute Name="email"><saml:AttributeValue>${xmlEscape(input.email)}</saml:AttributeValue></saml:Attribute>${input.name ? `<saml:Attribute Name="displayName"><saml:AttributeValue>${xmlEscape(input.name)}</saml:AttributeValue></saml:Attribute>` : ''}</saml:AttributeStatement></saml:Assertion>`;
  const mode = input.sign ?? 'assertion';
  const signedAssertion = mode === 'assertion' || mode === 'both' ? sign(assertion, key, 'Assertion') : assertion;
  const response = `<samlp:Response xmlns:samlp="${PROTOCOL}" xmlns:saml="${ASSERTION}" ID="${samlId()}" Version="2.0" IssueInstant="${instant(now)}" Destination="${xmlEscape(input.acsUrl)}"${inResponseTo}>${issuer}<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>${signedAssertion}</samlp:Response>`;
  return mode === 'response' || mode === 'both' ? sign(response, key, 'Response') : response;
}

/** A Response that reports a failure (the person cancelled at the IdP); no assertion, nothing to sign. */
export function buildSamlFailure(input: { idpEntityId: string; acsUrl: string; inResponseTo: string; message: string }): string {
  return `<samlp:Response xmlns:samlp="${PROTOCOL}" xmlns:saml="${ASSERTION}" ID="${samlId()}" Version="2.0" IssueInstant="${instant(new Date())}" Destination="${xmlEscape(input.acsUrl)}" InResponseTo="${xmlEscape(input.inResponseTo)}"><saml:Issuer>${xmlEscape(input.idpEntityId)}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder"><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:AuthnFailed"/></samlp:StatusCode><samlp:StatusMessage>${xmlEscape(input.message)}</samlp:StatusMessage></samlp:Status></samlp:Response>`;
}

export interface ParsedAuthnRequest {
  id: string;
  issuer: string;
  acsUrl: string;
}

/** Reads an HTTP-Redirect binding SAMLRequest (base64 of raw-deflated XML). Throws on anything else. */
export function parseAuthnRequest(samlRequest: string): ParsedAuthnRequest {
  const xml = inflateRawSync(Buffer.from(samlRequest, 'base64'), { maxOutputLength: 100_000 }).toString('utf8');
  if (/<!DOCTYPE/i.test(xml)) throw new Error('DOCTYPE in AuthnRequest');
  const root = new DOMParser({ errorHandler: { warning: () => undefined, error: () => undefined, fatalError: () => undefined } }).parseFromString(xml, 'text/xml').documentElement as unknown as XmlElement | null;
  if (!root || root.localName !== 'AuthnRequest' || root.namespaceURI !== PROTOCOL) throw new Error('Not an AuthnRequest');
  const id = root.getAttribute('ID');
  const acsUrl = root.getAttribute('AssertionConsumerServiceURL');
  const issuer = (root.getElementsByTagNameNS(ASSERTION, 'Issuer') as unknown as ArrayLike<XmlElement>)[0]?.textContent?.trim();
  if (!id || !acsUrl || !issuer) throw new Error('The AuthnRequest lacks an ID, an AssertionConsumerServiceURL or an Issuer');
  return { id, issuer, acsUrl };
}
