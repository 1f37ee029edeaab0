/**
 * A local SAML 2.0 identity provider for the demo and the tests.
 *
 *   tsx scripts/idp/saml-idp.ts          # listens on SAML_IDP_PORT (default IDP_PORT + 1, i.e. 3002)
 *   import { startSamlIdp } from './scripts/idp/saml-idp.ts'; const idp = await startSamlIdp({ port: 3002 });
 *
 * Metadata at http://localhost:<port>/metadata (also its entity id). SP-initiated only: the portal's AuthnRequest
 * arrives on /sso (HTTP-Redirect binding), the person picks a demo user (or types any address on
 * SAML_IDP_DOMAINS, default bluepeak.test) on the same login page as the OIDC IdP, and the browser posts a
 * Response with a signed Assertion to the portal's ACS URL (HTTP-POST binding). The ACS URL must belong to a portal
 * in PORTAL_URLS. The signing key is a self-signed certificate made at first start under
 * <data dir>/saml-idp/ and kept there.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { demoUsers, findIdpUser } from './demo-users.ts';
import { renderLoginPage } from './login-page.ts';
import { ensureIdpKey } from './saml-keys.ts';
import { buildSamlFailure, buildSamlResponse, idpMetadataXml, parseAuthnRequest, xmlEscape, type IdpSigningKey, type ParsedAuthnRequest } from './saml-response.ts';

const DEFAULT_PORTAL_URLS = ['http://localhost:3000', 'http://localhost:3999'];
const PENDING_TTL_MS = 10 * 60_000;

export interface SamlIdpOptions {
  port?: number;
  /** Where the signing key lives (default <STRATUM_DATA_DIR or .stratum>/saml-idp). */
  keyDir?: string;
  portalUrls?: string[];
  domains?: string[];
  quiet?: boolean;
}

export interface RunningSamlIdp {
  url: string;
  metadataUrl: string;
  port: number;
  close(): Promise<void>;
}

export function samlIdpPort(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.SAML_IDP_PORT ?? Number(env.IDP_PORT ?? 3001) + 1);
}

export function samlIdpDomains(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.SAML_IDP_DOMAINS ?? 'bluepeak.test').split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);
}

function portalUrls(): string[] {
  const fromEnv = process.env.PORTAL_URLS?.split(',').map((u) => u.trim().replace(/\/$/, '')).filter(Boolean);
  return fromEnv?.length ? fromEnv : DEFAULT_PORTAL_URLS;
}

/** The portal's ACS endpoints only: /api/auth/saml/<connection>/acs on a listed portal, entity id alongside. */
export function isAllowedAcs(request: ParsedAuthnRequest, portals: string[]): boolean {
  try {
    const acs = new URL(request.acsUrl);
    const match = /^\/api\/auth\/saml\/([\w-]+)\/acs$/.exec(acs.pathname);
    return Boolean(match) && portals.includes(acs.origin) && !acs.search && !acs.hash && request.issuer === `${acs.origin}/api/auth/saml/${match![1]}`;
  } catch {
    return false;
  }
}

const esc = xmlEscape;

function html(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

function errorPage(title: string, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main><h1>${esc(title)}</h1><p>${esc(message)}</p><p>Start again from the portal.</p></main></body></html>`;
}

/** The HTTP-POST binding: a page that posts the Response to the ACS URL at once (and offers a button without JS). */
function postBindingPage(acsUrl: string, samlResponseXml: string, relayState: string | null): string {
  const encoded = Buffer.from(samlResponseXml).toString('base64');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signing you in…</title></head>
<body onload="document.forms[0].submit()"><main><h1>Signing you in…</h1>
<form method="post" action="${esc(acsUrl)}"><input type="hidden" name="SAMLResponse" value="${encoded}">${relayState ? `<input type="hidden" name="RelayState" value="${esc(relayState)}">` : ''}
<noscript><button type="submit">Continue to the portal</button></noscript></form></main></body></html>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64_000) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

interface Pending {
  request: ParsedAuthnRequest;
  relayState: string | null;
  hint: string | undefined;
  at: number;
}

export function createSamlIdpHandler(input: { url: string; key: IdpSigningKey; portals: string[]; domains: string[] }) {
  const entityId = `${input.url}/metadata`;
  const pending = new Map<string, Pending>();
  const metadata = idpMetadataXml({ entityId, ssoUrl: `${input.url}/sso`, certificate: input.key.certificate });
  const brand = (input.domains[0] ?? 'bluepeak.test').split('.')[0]!.replace(/^\w/, (c) => c.toUpperCase());
  const login = (uid: string, p: Pending, error?: string) =>
    renderLoginPage({ uid, users: demoUsers(input.domains), hint: p.hint, brand, protocol: 'SAML', domain: input.domains[0], ...(error ? { error } : {}) });

  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', input.url);
    try {
      if (req.method === 'GET' && url.pathname === '/metadata') {
        res.writeHead(200, { 'content-type': 'application/samlmetadata+xml; charset=utf-8' });
        res.end(metadata);
        return;
      }
      if (req.method === 'GET' && url.pathname === '/sso') {
        let request: ParsedAuthnRequest;
        try {
          request = parseAuthnRequest(url.searchParams.get('SAMLRequest') ?? '');
        } catch (error) {
          html(res, 400, errorPage('Bad sign-in request', (error as Error).message));
          return;
        }
        if (!isAllowedAcs(request, input.portals)) {
          html(res, 400, errorPage('Unknown service provider', `This identity provider does not send assertions to ${request.acsUrl}.`));
          return;
        }
        for (const [uid, p] of pending) if (Date.now() - p.at > PENDING_TTL_MS) pending.delete(uid);
        const uid = randomBytes(16).toString('base64url');
        pending.set(uid, { request, relayState: url.searchParams.get('RelayState'), hint: url.searchParams.get('login_hint')?.toLowerCase() ?? undefined, at: Date.now() });
        res.writeHead(303, { location: `/interaction/${uid}` });
        res.end();
        return;
      }
      const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(url.pathname);
      const p = match ? pending.get(match[1]!) : undefined;
      if (!match || !p) {
        html(res, match ? 400 : 404, match ? errorPage('This sign-in has expired', 'No sign-in is waiting here.') : errorPage('Not found', url.pathname));
        return;
      }
      const uid = match[1]!;
      if (req.method === 'GET' && !match[2]) {
        html(res, 200, login(uid, p));
        return;
      }
      if (req.method !== 'POST') {
        html(res, 405, errorPage('Not allowed', req.method ?? ''));
        return;
      }
      const form = await readForm(req);
      if (match[2] === 'abort') {
        pending.delete(uid);
        html(res, 200, postBindingPage(p.request.acsUrl, buildSamlFailure({ idpEntityId: entityId, acsUrl: p.request.acsUrl, inResponseTo: p.request.id, message: 'The user cancelled the sign-in' }), p.relayState));
        return;
      }
      const user = findIdpUser(form.get('email') ?? '', input.domains);
      if (!user) {
        html(res, 400, login(uid, { ...p, hint: form.get('email') ?? undefined }, 'This identity provider only knows addresses on its own domains.'));
        return;
      }
      pending.delete(uid);
      const xml = buildSamlResponse({ idpEntityId: entityId, audience: p.request.issuer, acsUrl: p.request.acsUrl, inResponseTo: p.request.id, email: user.email, name: user.name }, input.key);
      html(res, 200, postBindingPage(p.request.acsUrl, xml, p.relayState));
    } catch (error) {
      html(res, 400, errorPage('Sign-in error', (error as Error).message));
    }
  };
}

export async function startSamlIdp(options: SamlIdpOptions = {}): Promise<RunningSamlIdp> {
  const port = options.port ?? samlIdpPort();
  const url = `http://localhost:${port}`;
  const keyDir = options.keyDir ?? path.resolve(process.env.STRATUM_DATA_DIR ?? '.stratum', 'saml-idp');
  const key = await ensureIdpKey(keyDir);
  const domains = options.domains ?? samlIdpDomains();
  const handler = createSamlIdpHandler({ url, key, portals: options.portalUrls ?? portalUrls(), domains });
  const server: Server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve());
  });
  if (!options.quiet) console.log(`Local SAML IdP at ${url} (metadata ${url}/metadata; users: ${demoUsers(domains).map((u) => u.email).join(', ')})`);
  return {
    url,
    metadataUrl: `${url}/metadata`,
    port,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const idp = await startSamlIdp();
  const stop = () => void idp.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
