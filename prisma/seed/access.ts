import { createHash } from 'node:crypto';
import type { Prisma } from '../generated/sqlite/client.ts';
import { EMBED_SCOPES } from '../../widgets/src/contract.ts';
import type { SeedContext } from './context.ts';
import type { SeededPartner } from './tenancy.ts';

export const DEMO_ORIGINS = ['http://localhost:3000', 'http://localhost:8100'];
export const WEBHOOK_SINK_URL = 'http://localhost:3999/webhook-sink';
export const OIDC_CLIENT_ID = 'stratum-portal';

export interface PartnerAccess {
  partnerSlug: string;
  apiKey: string;
  embedApp: { id: string; secret: string; allowedOrigins: string[]; allowedScopes: string[] };
  webhook: { id: string; url: string; secret: string };
}

export interface AccessRows {
  access: PartnerAccess[];
  sso: { partner: string; connectionId: string; issuer: string; clientId: string; clientSecret: string; domains: string[] };
  samlSso: { partner: string; connectionId: string; metadataUrl: string; domains: string[] } | undefined;
  embedAppRows: Prisma.EmbedAppCreateManyInput[];
  apiKeyRows: Prisma.ApiKeyCreateManyInput[];
  webhookRows: Prisma.WebhookEndpointCreateManyInput[];
  ssoRows: Prisma.SsoConnectionCreateManyInput[];
  ssoDomainRows: Prisma.SsoDomainCreateManyInput[];
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Per partner: an embed app (deterministic "es_" secret, stored encrypted), a REST API key (only its SHA-256 and
 * prefix stored) and an enabled webhook endpoint pointing at a local sink. The demo partner also gets its OIDC
 * connection to the local identity provider.
 */
export function buildAccess(ctx: SeedContext, partners: SeededPartner[], demoPartner: string): AccessRows {
  const random = ctx.random.fork('access');
  const createdAt = ctx.at(-600);
  const origins = [...new Set([...DEMO_ORIGINS, ...ctx.config.extraOrigins])];
  const scopes = [...EMBED_SCOPES, 'dashboards:*'];
  const rows: AccessRows = { access: [], sso: undefined as never, samlSso: undefined, embedAppRows: [], apiKeyRows: [], webhookRows: [], ssoRows: [], ssoDomainRows: [] };

  for (const partner of partners) {
    const embedApp = { id: random.id(), secret: `es_${random.token(43)}`, allowedOrigins: origins, allowedScopes: scopes };
    const apiKey = `sk_demo_${random.token(32)}`;
    const webhook = { id: random.id(), url: WEBHOOK_SINK_URL, secret: `whsec_${Buffer.from(random.token(32)).toString('base64')}` };
    rows.access.push({ partnerSlug: partner.slug, apiKey, embedApp, webhook });
    rows.embedAppRows.push({
      id: embedApp.id,
      partnerId: partner.id,
      name: `${partner.name} website`,
      allowedOrigins: origins,
      allowedScopes: scopes,
      secretEncrypted: ctx.seal(embedApp.secret),
      createdAt,
      updatedAt: createdAt,
    });
    rows.apiKeyRows.push({
      id: random.id(),
      partnerId: partner.id,
      name: 'Demo server key',
      prefix: apiKey.slice(0, 12),
      hashedKey: sha256Hex(apiKey),
      scopes: ['*'],
      createdById: partner.ownerUserId,
      createdAt,
    });
    rows.webhookRows.push({
      id: webhook.id,
      partnerId: partner.id,
      url: webhook.url,
      description: 'Local demo sink (nothing listens there unless a test starts one)',
      secretEncrypted: ctx.seal(webhook.secret),
      eventTypes: [],
      enabled: true,
      createdAt,
      updatedAt: createdAt,
    });
  }

  const demo = partners.find((p) => p.slug === demoPartner);
  if (!demo) throw new Error(`No demo partner ${demoPartner}`);
  const connectionId = random.id();
  rows.sso = { partner: demo.slug, connectionId, issuer: ctx.config.oidcIssuer, clientId: OIDC_CLIENT_ID, clientSecret: ctx.config.oidcClientSecret, domains: [demo.domain] };
  rows.ssoRows.push({
    id: connectionId,
    partnerId: demo.id,
    kind: 'oidc',
    name: `${demo.name} SSO`,
    issuer: ctx.config.oidcIssuer,
    clientId: OIDC_CLIENT_ID,
    clientSecretEncrypted: ctx.seal(ctx.config.oidcClientSecret),
    enforced: false,
    defaultRole: 'viewer',
    createdAt,
    updatedAt: createdAt,
  });
  rows.ssoDomainRows.push({ domain: demo.domain, connectionId });
  addSamlConnection(ctx, rows, partners.find((p) => p.slug !== demoPartner), random.id(), createdAt);
  return rows;
}

/**
 * The second partner signs in through SAML: a connection to the local SAML IdP by metadata URL (the portal fetches
 * the metadata on first use or on "Test connection", so the seed does not need the IdP's key), not enforced.
 */
function addSamlConnection(ctx: SeedContext, rows: AccessRows, partner: SeededPartner | undefined, connectionId: string, createdAt: Date) {
  if (!partner) return;
  const metadataUrl = `${ctx.config.samlIdpUrl}/metadata`;
  rows.samlSso = { partner: partner.slug, connectionId, metadataUrl, domains: [partner.domain] };
  rows.ssoRows.push({ id: connectionId, partnerId: partner.id, kind: 'saml', name: `${partner.name} SAML`, metadataUrl, enforced: false, defaultRole: 'viewer', createdAt, updatedAt: createdAt });
  rows.ssoDomainRows.push({ domain: partner.domain, connectionId });
}
