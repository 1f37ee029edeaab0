import 'server-only';
import { SAML, SamlStatusError, ValidateInResponseTo, type CacheProvider, type Profile } from '@node-saml/node-saml';
import { DOMParser } from '@xmldom/xmldom';

type XmlElement = Element;
import { currentCertificates, type SamlMetadataSummary } from './saml-metadata';
import { REQUEST_TTL_MS, type SamlIdentity, type SamlStore } from './saml-store';

const ASSERTION_NS = 'urn:oasis:names:tc:SAML:2.0:assertion';
const CLOCK_SKEW_MS = 60_000;

/** The two ends of one SAML connection. */
export interface SamlPeers {
  connectionId: string;
  idp: SamlMetadataSummary;
  /** Our entity id (the audience the IdP must name) and assertion consumer service URL (the recipient). */
  sp: { entityId: string; acsUrl: string };
}

export type SamlFailure =
  | 'certificate_expired'
  | 'malformed'
  | 'unsolicited'
  | 'unknown_request'
  | 'signature'
  | 'audience'
  | 'expired'
  | 'recipient'
  | 'issuer'
  | 'replay'
  | 'idp_error'
  | 'no_email';

/** A SAML response the portal refuses; `reason` is for logs, audits and tests, the sign-in page stays generic. */
export class SamlSignInError extends Error {
  override name = 'SamlSignInError';
  constructor(readonly reason: SamlFailure, message: string) {
    super(message);
  }
}

function serviceProvider(peers: SamlPeers, cacheProvider: CacheProvider): SAML {
  const certificates = currentCertificates(peers.idp);
  if (!certificates.length) throw new SamlSignInError('certificate_expired', 'None of the IdP signing certificates in the metadata is valid now.');
  return new SAML({
    entryPoint: peers.idp.ssoUrl,
    issuer: peers.sp.entityId,
    callbackUrl: peers.sp.acsUrl,
    audience: peers.sp.entityId,
    idpCert: certificates.map((c) => c.base64),
    idpIssuer: peers.idp.entityId,
    // The assertion itself must carry a valid signature (a signed Response around an unsigned assertion is not enough).
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: REQUEST_TTL_MS,
    cacheProvider,
    acceptedClockSkewMs: CLOCK_SKEW_MS,
    identifierFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    disableRequestedAuthnContext: true,
    signatureAlgorithm: 'sha256',
  });
}

/** The IdP URL to send the browser to, with a fresh AuthnRequest whose id is remembered (single use) with `redirectTo`. */
export async function samlAuthorizeUrl(peers: SamlPeers, store: SamlStore, redirectTo: string, loginHint?: string): Promise<string> {
  const cache: CacheProvider = {
    saveAsync: async (id, value) => {
      await store.saveRequest(peers.connectionId, id, redirectTo);
      return { value, createdAt: Date.now() };
    },
    getAsync: async () => null,
    removeAsync: async () => null,
  };
  const url = await serviceProvider(peers, cache).getAuthorizeUrlAsync('', undefined, loginHint ? { additionalParams: { login_hint: loginHint } } : {});
  return url;
}

/**
 * node-saml asks its cache about the response's InResponseTo more than once; the first question uses the request
 * id up in the database (so a replay, even a concurrent one, finds nothing) and later ones get the same answer.
 */
function consumingCache(peers: SamlPeers, store: SamlStore) {
  let asked: string | undefined;
  let answer: { redirectTo: string; issuedAt: Date } | null = null;
  const cache: CacheProvider = {
    saveAsync: async () => null,
    getAsync: async (id) => {
      if (asked === undefined) {
        asked = id;
        answer = await store.consumeRequest(peers.connectionId, id);
      }
      // node-saml reads the value as the request's issue instant and applies requestIdExpirationPeriodMs to it.
      return id === asked && answer ? answer.issuedAt.toISOString() : null;
    },
    removeAsync: async () => null,
  };
  return { cache, request: () => answer };
}

function classify(error: Error): SamlSignInError {
  if (error instanceof SamlSignInError) return error;
  const m = error.message;
  const reason: SamlFailure =
    error instanceof SamlStatusError ? 'idp_error'
    : /InResponseTo is missing/i.test(m) ? 'unsolicited'
    : /InResponseTo/i.test(m) ? 'unknown_request'
    : /signature/i.test(m) ? 'signature'
    : /audience/i.test(m) ? 'audience'
    : /expired|NotOnOrAfter|NotBefore|not yet valid|valid subject confirmation/i.test(m) ? 'expired'
    : /issuer/i.test(m) ? 'issuer'
    : 'malformed';
  return new SamlSignInError(reason, m);
}

const parseDom = (xml: string) => new DOMParser({ errorHandler: { warning: () => undefined, error: () => undefined, fatalError: () => undefined } }).parseFromString(xml, 'text/xml');
const elements = (node: { getElementsByTagNameNS(ns: string, name: string): unknown }, name: string) =>
  Array.from(node.getElementsByTagNameNS(ASSERTION_NS, name) as ArrayLike<XmlElement>);

/**
 * Checks node-saml leaves to its caller, on the assertion whose signature it verified: the issuer is the IdP of
 * this connection, every bearer confirmation names our ACS URL as recipient, and the outer Response (when it has
 * a Destination) was addressed to us. Returns the assertion id and the end of its validity for replay tracking.
 */
function checkAssertion(peers: SamlPeers, profile: Profile, responseXml: string): { assertionId: string; validUntil: Date } {
  const assertion = parseDom(profile.getAssertionXml?.() ?? '').documentElement as unknown as XmlElement | null;
  if (!assertion || assertion.localName !== 'Assertion') throw new SamlSignInError('malformed', 'No signed assertion.');
  const issuer = elements(assertion, 'Issuer')[0]?.textContent?.trim();
  if (issuer !== peers.idp.entityId) throw new SamlSignInError('issuer', `Assertion issued by "${issuer ?? ''}", not by "${peers.idp.entityId}".`);
  const confirmations = elements(assertion, 'SubjectConfirmationData');
  if (!confirmations.length) throw new SamlSignInError('recipient', 'The assertion has no SubjectConfirmationData.');
  for (const data of confirmations) {
    const recipient = data.getAttribute('Recipient');
    if (recipient !== peers.sp.acsUrl) throw new SamlSignInError('recipient', `Assertion meant for "${recipient ?? ''}", not for ${peers.sp.acsUrl}.`);
  }
  const destination = (parseDom(responseXml).documentElement as unknown as XmlElement | null)?.getAttribute('Destination');
  if (destination && destination !== peers.sp.acsUrl) throw new SamlSignInError('recipient', `Response addressed to "${destination}", not to ${peers.sp.acsUrl}.`);
  const assertionId = assertion.getAttribute('ID');
  if (!assertionId) throw new SamlSignInError('malformed', 'The assertion has no ID.');
  const ends = [...elements(assertion, 'Conditions'), ...confirmations].map((e) => e.getAttribute('NotOnOrAfter')).filter((v): v is string => Boolean(v)).map((v) => Date.parse(v)).filter(Number.isFinite);
  const validUntil = new Date((ends.length ? Math.max(...ends) : Date.now() + REQUEST_TTL_MS) + CLOCK_SKEW_MS);
  return { assertionId, validUntil };
}

function identityOf(profile: Profile): SamlIdentity {
  const attribute = (name: string) => {
    const value = (profile as Record<string, unknown>)[name];
    return typeof value === 'string' ? value.trim() : undefined;
  };
  const nameIdIsEmail = /emailAddress$/.test(profile.nameIDFormat ?? '') || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(profile.nameID ?? '');
  const email = (attribute('email') ?? attribute('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress') ?? (nameIdIsEmail ? profile.nameID : undefined))?.toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new SamlSignInError('no_email', 'The assertion carries no email address (NameID or an email attribute).');
  const name = attribute('displayName') ?? attribute('name') ?? attribute('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name') ?? null;
  return { email, name, nameId: profile.nameID };
}

/**
 * Verifies a posted SAMLResponse for one connection: the assertion's XML signature against the metadata's current
 * certificates (node-saml / xml-crypto), audience, NotBefore/NotOnOrAfter, InResponseTo against a request we sent
 * and have not seen answered, recipient/destination, issuer, and the assertion id never used before.
 * Returns who signed in and where they were going; anything else throws a SamlSignInError.
 */
export async function verifySamlResponse(peers: SamlPeers, store: SamlStore, samlResponse: string): Promise<{ identity: SamlIdentity; redirectTo: string }> {
  if (!samlResponse || samlResponse.length > 1_000_000 || !/^[A-Za-z0-9+/=\s]+$/.test(samlResponse)) throw new SamlSignInError('malformed', 'SAMLResponse is missing or not base64.');
  const responseXml = Buffer.from(samlResponse, 'base64').toString('utf8');
  if (/<!DOCTYPE/i.test(responseXml)) throw new SamlSignInError('malformed', 'A SAML response must not contain a DOCTYPE.');
  const { cache, request } = consumingCache(peers, store);
  let profile: Profile | null;
  try {
    ({ profile } = await serviceProvider(peers, cache).validatePostResponseAsync({ SAMLResponse: samlResponse }));
  } catch (error) {
    throw classify(error as Error);
  }
  const sent = request();
  if (!profile || !sent) throw new SamlSignInError('unknown_request', 'The response answers no request of ours.');
  const { assertionId, validUntil } = checkAssertion(peers, profile, responseXml);
  if (!(await store.useAssertionOnce(peers.connectionId, peers.idp.entityId, assertionId, validUntil))) throw new SamlSignInError('replay', 'This assertion was already used.');
  return { identity: identityOf(profile), redirectTo: sent.redirectTo };
}
