import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { canAssignRole, ROLES } from '@/lib/permissions';
import { encryptSecret } from '@/lib/secret-box';
import { recordAudit } from '@/server/audit/record';
import { forgetSsoProviders } from '@/server/auth/sso-providers';
import type { ActionContext } from '@/server/tenancy/action';
import type { PartnerContext } from '@/server/tenancy/membership';
import { checkOidcIssuer } from './discovery';
import { CERTIFICATE_WARNING_DAYS, certificateHealth, currentCertificates, fetchSamlMetadata, parseSamlMetadata, SamlMetadataError, type SamlMetadataSummary } from './saml-metadata';

const DomainList = z
  .string()
  .max(1000)
  .transform((s) => [...new Set(s.split(/[\s,]+/).map((d) => d.trim().toLowerCase()).filter(Boolean))])
  .pipe(z.array(z.string().regex(/^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/, 'Each domain like agency.com')).min(1, 'At least one email domain.').max(20));

/** SAML metadata is pasted as XML or given as a URL the portal fetches (and re-fetches on "Test connection"). */
const SamlMetadataInput = {
  metadataSource: z.enum(['xml', 'url']),
  metadataXml: z.string().max(500_000, 'The metadata is larger than 500 KB.').optional(),
  metadataUrl: z.string().trim().max(500).optional(),
};

const Common = {
  name: z.string().trim().min(2, 'At least 2 characters.').max(80),
  domains: DomainList,
  enforced: z.boolean(),
  defaultRole: z.enum(ROLES).refine((r) => r !== 'client', 'Client users are invited to one client.'),
};

export const CreateConnectionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('oidc'),
    ...Common,
    issuer: z.string().trim().url('A URL such as https://login.agency.com').refine((u) => /^https?:\/\//.test(u), 'http(s) only').max(300),
    clientId: z.string().trim().min(1, 'Required.').max(200),
    clientSecret: z.string().min(1, 'Required.').max(500),
  }),
  z.object({ kind: z.literal('saml'), ...Common, ...SamlMetadataInput }),
]);

export const UpdateSamlMetadataSchema = z.object({ connectionId: z.string().min(1).max(40), ...SamlMetadataInput });

export const UpdateConnectionSchema = z.object({ connectionId: z.string().min(1).max(40), enforced: z.boolean().optional(), defaultRole: Common.defaultRole.optional(), domains: DomainList.optional() });

export async function listConnections(ctx: PartnerContext) {
  return db.ssoConnection.findMany({
    where: { partnerId: ctx.partner.id },
    orderBy: { createdAt: 'asc' },
    select: { id: true, kind: true, name: true, issuer: true, clientId: true, metadataUrl: true, certificateExpiresAt: true, enforced: true, defaultRole: true, lastTestedAt: true, lastTestResult: true, createdAt: true, domains: { select: { domain: true } } },
  });
}

/** The partner's SAML connections whose IdP certificate expires within 30 days or has expired (for a notice). */
export async function connectionsWithExpiringCertificates(ctx: PartnerContext) {
  const rows = await db.ssoConnection.findMany({
    where: { partnerId: ctx.partner.id, kind: 'saml', certificateExpiresAt: { not: null, lte: new Date(Date.now() + CERTIFICATE_WARNING_DAYS * 86_400_000) } },
    orderBy: { certificateExpiresAt: 'asc' },
    select: { id: true, name: true, certificateExpiresAt: true },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, expiresAt: r.certificateExpiresAt!, health: certificateHealth(r.certificateExpiresAt)! }));
}

async function assertDomainsFree(domains: string[], exceptConnectionId?: string) {
  const taken = await db.ssoDomain.findMany({ where: { domain: { in: domains }, ...(exceptConnectionId ? { connectionId: { not: exceptConnectionId } } : {}) }, select: { domain: true } });
  if (taken.length) throw new AppError('CONFLICT', `Already routed to another connection: ${taken.map((t) => t.domain).join(', ')}.`, { issues: [{ path: 'domains', message: 'Domain already in use.' }] });
}

function assertRole(ctx: ActionContext, role: (typeof ROLES)[number]) {
  if (!canAssignRole(ctx.role, role)) throw new AppError('FORBIDDEN', `Your role cannot make ${role} the default role.`, { issues: [{ path: 'defaultRole', message: 'Above your own role.' }] });
}

export async function createConnection(ctx: ActionContext, input: z.infer<typeof CreateConnectionSchema>) {
  assertRole(ctx, input.defaultRole);
  await assertDomainsFree(input.domains);
  let data: Record<string, unknown>;
  if (input.kind === 'oidc') {
    const check = await checkOidcIssuer(input.issuer);
    if (!check.ok) throw new AppError('UNPROCESSABLE', check.message, { issues: [{ path: 'issuer', message: check.message }] });
    data = { issuer: input.issuer.replace(/\/$/, ''), clientId: input.clientId, clientSecretEncrypted: encryptSecret(input.clientSecret), lastTestedAt: new Date(), lastTestResult: check.summary };
  } else {
    const metadata = await readSamlMetadata(input);
    data = { ...metadata, lastTestedAt: new Date(), lastTestResult: `OK: ${samlSummaryLine(metadata.summary)}` };
    delete data.summary;
  }
  const connection = await db.ssoConnection.create({
    data: { partnerId: ctx.partner.id, kind: input.kind, name: input.name, enforced: input.enforced, defaultRole: input.defaultRole, ...data, domains: { create: input.domains.map((domain) => ({ domain })) } },
    select: { id: true },
  });
  forgetSsoProviders();
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'sso.connection_created', target: { type: 'sso_connection', id: connection.id }, metadata: { kind: input.kind, name: input.name, domains: input.domains, enforced: input.enforced }, ip: ctx.ip, userAgent: ctx.userAgent });
  return connection;
}

type SamlMetadataFields = { metadataSource: 'xml' | 'url'; metadataXml?: string | undefined; metadataUrl?: string | undefined };

/**
 * Validates SAML metadata from the form: parses pasted XML, or fetches the URL and parses what it returns. Every
 * problem (malformed XML, no IdP endpoint or signing certificate, unreachable URL) is a 422 on the right field.
 */
async function readSamlMetadata(input: SamlMetadataFields): Promise<{ metadataXml: string; metadataUrl: string | null; issuer: string; certificateExpiresAt: Date; summary: SamlMetadataSummary }> {
  const field = input.metadataSource === 'url' ? 'metadataUrl' : 'metadataXml';
  try {
    if (input.metadataSource === 'url') {
      const url = input.metadataUrl ?? '';
      if (!/^https?:\/\/\S+$/i.test(url)) throw new SamlMetadataError('Enter the metadata URL, starting with https://');
      const { xml, summary } = await fetchSamlMetadata(url);
      return { metadataXml: xml, metadataUrl: url, issuer: summary.entityId, certificateExpiresAt: summary.certificateExpiresAt, summary };
    }
    const xml = input.metadataXml ?? '';
    if (!xml.trim()) throw new SamlMetadataError('Paste the IdP metadata XML.');
    const summary = parseSamlMetadata(xml);
    return { metadataXml: xml, metadataUrl: null, issuer: summary.entityId, certificateExpiresAt: summary.certificateExpiresAt, summary };
  } catch (error) {
    if (!(error instanceof SamlMetadataError)) throw error;
    throw new AppError('UNPROCESSABLE', error.message, { issues: [{ path: field, message: error.message }] });
  }
}

function samlSummaryLine(summary: SamlMetadataSummary): string {
  const until = summary.certificateExpiresAt.toISOString().slice(0, 10);
  return `Metadata OK: ${summary.entityId}, sign-in at ${new URL(summary.ssoUrl).host}, signing certificate valid until ${until}.`;
}

async function ownConnection(ctx: PartnerContext, connectionId: string) {
  const c = await db.ssoConnection.findFirst({ where: { id: connectionId, partnerId: ctx.partner.id }, select: { id: true, kind: true, name: true, issuer: true, metadataXml: true, metadataUrl: true } });
  if (!c) throw new AppError('NOT_FOUND', 'No such connection.');
  return c;
}

export async function updateConnection(ctx: ActionContext, input: z.infer<typeof UpdateConnectionSchema>) {
  const c = await ownConnection(ctx, input.connectionId);
  if (input.defaultRole) assertRole(ctx, input.defaultRole);
  if (input.domains) await assertDomainsFree(input.domains, c.id);
  await db.$transaction(async (tx) => {
    await tx.ssoConnection.update({ where: { id: c.id }, data: { ...(input.enforced !== undefined ? { enforced: input.enforced } : {}), ...(input.defaultRole ? { defaultRole: input.defaultRole } : {}) } });
    if (input.domains) {
      await tx.ssoDomain.deleteMany({ where: { connectionId: c.id } });
      await tx.ssoDomain.createMany({ data: input.domains.map((domain) => ({ domain, connectionId: c.id })) });
    }
  });
  const { connectionId: _id, ...changes } = input;
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'sso.connection_updated', target: { type: 'sso_connection', id: c.id }, metadata: { name: c.name, ...changes }, ip: ctx.ip, userAgent: ctx.userAgent });
}

/**
 * SAML "Test connection": re-fetches metadata given by URL (storing it when usable, which is how a rotated
 * certificate reaches the portal), parses it, and checks that a signing certificate is valid now.
 */
async function testSamlMetadata(c: { metadataXml: string | null; metadataUrl: string | null }) {
  let refreshed: { metadataXml?: string; issuer?: string; certificateExpiresAt?: Date } = {};
  try {
    const { xml, summary } = c.metadataUrl ? await fetchSamlMetadata(c.metadataUrl) : { xml: c.metadataXml ?? '', summary: parseSamlMetadata(c.metadataXml ?? '') };
    refreshed = { metadataXml: xml, issuer: summary.entityId, certificateExpiresAt: summary.certificateExpiresAt };
    const health = certificateHealth(summary.certificateExpiresAt);
    if (!currentCertificates(summary).length) return { refreshed, result: { ok: false, message: `No signing certificate is valid now (latest expiry ${summary.certificateExpiresAt.toISOString().slice(0, 10)}). Upload the IdP's new metadata.` } };
    const warning = health?.level === 'warning' ? ` It expires in ${health.daysLeft} days.` : '';
    return { refreshed, result: { ok: true, message: `${samlSummaryLine(summary)}${warning}` } };
  } catch (error) {
    if (!(error instanceof SamlMetadataError)) throw error;
    return { refreshed, result: { ok: false, message: error.message } };
  }
}

/** Replaces a SAML connection's IdP metadata (pasted or by URL), validated like on creation. */
export async function updateSamlMetadata(ctx: ActionContext, input: z.infer<typeof UpdateSamlMetadataSchema>) {
  const c = await ownConnection(ctx, input.connectionId);
  if (c.kind !== 'saml') throw new AppError('BAD_REQUEST', 'Only SAML connections have IdP metadata.');
  const { summary, ...data } = await readSamlMetadata(input);
  await db.ssoConnection.update({ where: { id: c.id }, data: { ...data, lastTestedAt: new Date(), lastTestResult: `OK: ${samlSummaryLine(summary)}` } });
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'sso.connection_updated', target: { type: 'sso_connection', id: c.id }, metadata: { name: c.name, metadata: input.metadataSource === 'url' ? input.metadataUrl : 'xml', certificateExpiresAt: summary.certificateExpiresAt.toISOString() }, ip: ctx.ip, userAgent: ctx.userAgent });
}

export async function testConnection(ctx: ActionContext, connectionId: string) {
  const c = await ownConnection(ctx, connectionId);
  let result: { ok: boolean; message: string };
  let refreshed = {};
  if (c.kind === 'oidc') {
    const check = await checkOidcIssuer(c.issuer ?? '');
    result = check.ok ? { ok: true, message: check.summary } : { ok: false, message: check.message };
  } else {
    ({ result, refreshed } = await testSamlMetadata(c));
  }
  await db.ssoConnection.update({ where: { id: c.id }, data: { ...refreshed, lastTestedAt: new Date(), lastTestResult: `${result.ok ? 'OK' : 'FAILED'}: ${result.message}` } });
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'sso.connection_tested', target: { type: 'sso_connection', id: c.id }, metadata: { ok: result.ok }, ip: ctx.ip, userAgent: ctx.userAgent });
  return result;
}

export async function deleteConnection(ctx: ActionContext, connectionId: string) {
  const c = await ownConnection(ctx, connectionId);
  await db.ssoConnection.delete({ where: { id: c.id } });
  forgetSsoProviders();
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'sso.connection_deleted', target: { type: 'sso_connection', id: c.id }, metadata: { name: c.name }, ip: ctx.ip, userAgent: ctx.userAgent });
}
