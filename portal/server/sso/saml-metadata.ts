import 'server-only';
import { X509Certificate } from 'node:crypto';
import { DOMParser } from '@xmldom/xmldom';

type XmlElement = Element;

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DSIG = 'http://www.w3.org/2000/09/xmldsig#';
const REDIRECT_BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const MAX_METADATA_BYTES = 500_000;

/** Metadata an admin gave us that we cannot use; the message says what to fix. */
export class SamlMetadataError extends Error {
  override name = 'SamlMetadataError';
}

export interface SamlSigningCertificate {
  /** Base64 DER, as in the metadata (what node-saml takes as idpCert). */
  base64: string;
  validFrom: Date;
  validTo: Date;
}

export interface SamlMetadataSummary {
  entityId: string;
  /** The IdP's SingleSignOnService for the HTTP-Redirect binding (the one the portal sends AuthnRequests to). */
  ssoUrl: string;
  certificates: SamlSigningCertificate[];
  /** The latest expiry among the signing certificates: sign-in keeps working until then. */
  certificateExpiresAt: Date;
}

function parseXml(xml: string) {
  const problems: string[] = [];
  // xmldom 0.8 reports malformed markup through these callbacks (unclosed tags only as warnings) instead of throwing.
  const report = (message: string) => problems.push(message.replace(/^\[xmldom \w+\]\s*/, '').split('\n')[0] ?? 'unreadable XML');
  const parser = new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } });
  let doc;
  try {
    doc = parser.parseFromString(xml, 'text/xml');
  } catch (error) {
    report((error as Error).message);
  }
  if (problems.length || !doc?.documentElement) throw new SamlMetadataError(`The metadata is not well-formed XML (${problems[0] ?? 'no root element'}).`);
  return doc;
}

function children(parent: XmlElement, ns: string, localName: string): XmlElement[] {
  return Array.from(parent.getElementsByTagNameNS(ns, localName) as unknown as ArrayLike<XmlElement>);
}

function readCertificate(base64: string): SamlSigningCertificate {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(Buffer.from(base64, 'base64'));
  } catch {
    throw new SamlMetadataError('The signing certificate in the metadata cannot be read (X509Certificate is not a valid base64 DER certificate).');
  }
  return { base64, validFrom: new Date(cert.validFrom), validTo: new Date(cert.validTo) };
}

/**
 * Reads what the portal needs from IdP metadata XML (a namespace-aware parse, not pattern matching): the entity
 * id, the HTTP-Redirect SSO endpoint and every signing certificate with its validity. Malformed XML, metadata of
 * something other than an IdP, a missing endpoint or certificate each throw a SamlMetadataError an admin can act on.
 */
export function parseSamlMetadata(xml: string): SamlMetadataSummary {
  if (!xml.trim()) throw new SamlMetadataError('The metadata is empty.');
  if (Buffer.byteLength(xml) > MAX_METADATA_BYTES) throw new SamlMetadataError('The metadata is larger than 500 KB.');
  if (/<!DOCTYPE/i.test(xml)) throw new SamlMetadataError('The metadata must not contain a DOCTYPE.');
  const doc = parseXml(xml);
  const root = doc.documentElement as unknown as XmlElement;
  const entity = root.localName === 'EntityDescriptor' && root.namespaceURI === MD ? root : children(root, MD, 'EntityDescriptor')[0];
  if (!entity) throw new SamlMetadataError('This is not SAML metadata: no EntityDescriptor element.');
  const entityId = entity.getAttribute('entityID')?.trim();
  if (!entityId) throw new SamlMetadataError('The EntityDescriptor has no entityID.');
  const idp = children(entity, MD, 'IDPSSODescriptor')[0];
  if (!idp) throw new SamlMetadataError('The metadata describes no identity provider (no IDPSSODescriptor). Is this the service provider\'s metadata?');
  const services = children(idp, MD, 'SingleSignOnService');
  const redirect = services.find((s) => s.getAttribute('Binding') === REDIRECT_BINDING)?.getAttribute('Location')?.trim();
  if (!redirect) {
    throw new SamlMetadataError(services.length ? 'The IdP offers no SingleSignOnService with the HTTP-Redirect binding, which the portal uses.' : 'The metadata has no SingleSignOnService endpoint.');
  }
  if (!/^https?:\/\//i.test(redirect)) throw new SamlMetadataError(`The SingleSignOnService location "${redirect}" is not an http(s) URL.`);
  const signingKeys = children(idp, MD, 'KeyDescriptor').filter((k) => (k.getAttribute('use') ?? 'signing') === 'signing');
  const certTexts = signingKeys.flatMap((k) => children(k, DSIG, 'X509Certificate')).map((c) => (c.textContent ?? '').replace(/\s+/g, '')).filter(Boolean);
  if (!certTexts.length) throw new SamlMetadataError('The metadata has no signing certificate (KeyDescriptor with an X509Certificate).');
  const certificates = [...new Set(certTexts)].map(readCertificate);
  const certificateExpiresAt = new Date(Math.max(...certificates.map((c) => c.validTo.getTime())));
  return { entityId, ssoUrl: redirect, certificates, certificateExpiresAt };
}

/** The certificates that are valid now; sign-in trusts only these. */
export function currentCertificates(summary: SamlMetadataSummary, now = new Date()): SamlSigningCertificate[] {
  return summary.certificates.filter((c) => c.validFrom <= now && now < c.validTo);
}

/**
 * Fetches IdP metadata from its URL (http(s) only, 5 s, 500 KB) and parses it. Unreachable hosts, error statuses
 * and non-metadata answers each become a SamlMetadataError naming the URL.
 */
export async function fetchSamlMetadata(url: string, timeoutMs = 5_000): Promise<{ xml: string; summary: SamlMetadataSummary }> {
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    throw new SamlMetadataError('The metadata URL is not a valid URL.');
  }
  if (!['http:', 'https:'].includes(parsedUrl.protocol)) throw new SamlMetadataError('The metadata URL must start with http:// or https://.');
  let response: Response;
  try {
    response = await fetch(parsedUrl, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/samlmetadata+xml, application/xml, text/xml' }, redirect: 'follow' });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : 'the host could not be reached';
    throw new SamlMetadataError(`Could not fetch the metadata from ${url}: ${reason}.`);
  }
  if (!response.ok) throw new SamlMetadataError(`${url} answered ${response.status}; is the metadata URL right?`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_METADATA_BYTES) throw new SamlMetadataError('The metadata is larger than 500 KB.');
  const xml = await response.text();
  try {
    return { xml, summary: parseSamlMetadata(xml) };
  } catch (error) {
    if (error instanceof SamlMetadataError) throw new SamlMetadataError(`${url} did not return usable IdP metadata: ${error.message}`);
    throw error;
  }
}

export type CertificateHealth = { level: 'ok' | 'warning' | 'expired'; daysLeft: number } | null;

export const CERTIFICATE_WARNING_DAYS = 30;

/** Warn 30 days before an IdP certificate expires; "expired" from the moment it has. */
export function certificateHealth(expiresAt: Date | null, now = new Date()): CertificateHealth {
  if (!expiresAt) return null;
  const msLeft = expiresAt.getTime() - now.getTime();
  const daysLeft = Math.floor(msLeft / 86_400_000);
  return { level: msLeft <= 0 ? 'expired' : msLeft <= CERTIFICATE_WARNING_DAYS * 86_400_000 ? 'warning' : 'ok', daysLeft };
}
