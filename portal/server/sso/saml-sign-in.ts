import 'server-only';
import { generateServiceProviderMetadata } from '@node-saml/node-saml';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { emailDomainOf } from './route-email';
import { fetchSamlMetadata, parseSamlMetadata, SamlMetadataError } from './saml-metadata';
import { samlStore, type SamlIdentity } from './saml-store';
import { samlAuthorizeUrl, SamlSignInError, verifySamlResponse, type SamlPeers } from './saml-verify';

/**
 * The portal's public base URL for SAML: entity ids and ACS URLs are configured at the IdP, so they must not
 * depend on which instance or host header served a request.
 */
function publicBase(): string {
  return (process.env.AUTH_URL ?? process.env.PORTAL_URL ?? 'http://localhost:3000').replace(/\/$/, '');
}

/** Our side of a SAML connection, as the IdP admin enters it: entity id (audience), ACS URL, SP metadata URL. */
export function samlServiceProvider(connectionId: string) {
  const entityId = `${publicBase()}/api/auth/saml/${connectionId}`;
  return { entityId, acsUrl: `${entityId}/acs`, metadataUrl: `${entityId}/metadata` };
}

/**
 * The connection's two ends. A connection configured by metadata URL whose metadata was never fetched (the seed
 * does this) fetches and stores it now; otherwise the stored metadata is used (Test connection refreshes it).
 */
async function loadPeers(connectionId: string): Promise<SamlPeers> {
  const c = await db.ssoConnection.findFirst({ where: { id: connectionId, kind: 'saml' }, select: { id: true, metadataXml: true, metadataUrl: true } });
  if (!c) throw new AppError('NOT_FOUND', 'No such SAML connection.');
  let xml = c.metadataXml;
  try {
    if (!xml && c.metadataUrl) {
      const fetched = await fetchSamlMetadata(c.metadataUrl);
      xml = fetched.xml;
      await db.ssoConnection.update({ where: { id: c.id }, data: { metadataXml: xml, issuer: fetched.summary.entityId, certificateExpiresAt: fetched.summary.certificateExpiresAt } });
    }
    if (!xml) throw new SamlMetadataError('The connection has no IdP metadata.');
    const { entityId, acsUrl } = samlServiceProvider(c.id);
    return { connectionId: c.id, idp: parseSamlMetadata(xml), sp: { entityId, acsUrl } };
  } catch (error) {
    if (error instanceof SamlMetadataError) throw new SamlSignInError('malformed', error.message);
    throw error;
  }
}

/** The IdP URL that starts a SAML sign-in for `loginHint`, returning to `redirectTo` (a portal path). */
export async function startSamlSignIn(connectionId: string, redirectTo: string, loginHint?: string): Promise<string> {
  return samlAuthorizeUrl(await loadPeers(connectionId), samlStore(db), redirectTo, loginHint);
}

/**
 * Verifies a posted SAMLResponse and turns it into a single-use sign-in ticket for Auth.js. The email must be on
 * one of this connection's own domains: partner A's IdP cannot vouch for partner B's people.
 */
export async function finishSamlSignIn(connectionId: string, samlResponse: string): Promise<{ ticket: string; redirectTo: string; identity: SamlIdentity }> {
  const peers = await loadPeers(connectionId);
  const store = samlStore(db);
  const { identity, redirectTo } = await verifySamlResponse(peers, store, samlResponse);
  const domain = await db.ssoDomain.findFirst({ where: { domain: emailDomainOf(identity.email), connectionId }, select: { domain: true } });
  if (!domain) throw new SamlSignInError('no_email', `${identity.email} is not on one of this connection's domains.`);
  return { ticket: await store.issueTicket(connectionId, identity), redirectTo, identity };
}

/** The person behind a ticket, created on first sign-in (JIT); null for a bad ticket or a deactivated user. */
export async function redeemSamlTicket(connectionId: string, ticket: string): Promise<{ id: string; email: string; name: string | null } | null> {
  const identity = await samlStore(db).redeemTicket(connectionId, ticket);
  if (!identity) return null;
  const existing = await db.user.findUnique({ where: { email: identity.email }, select: { id: true, email: true, name: true, deactivatedAt: true } });
  if (existing) return existing.deactivatedAt ? null : { id: existing.id, email: existing.email, name: existing.name };
  return db.user.create({ data: { email: identity.email, name: identity.name, emailVerified: new Date() }, select: { id: true, email: true, name: true } });
}

/** Our SP metadata for the IdP admin (entity id, ACS, email NameID). */
export function serviceProviderMetadataXml(connectionId: string): string {
  const sp = samlServiceProvider(connectionId);
  return generateServiceProviderMetadata({ issuer: sp.entityId, callbackUrl: sp.acsUrl, identifierFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress', wantAssertionsSigned: true });
}
