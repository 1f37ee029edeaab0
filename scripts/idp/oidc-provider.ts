/**
 * A local OpenID Connect identity provider for the demo and the tests (oidc-provider 9).
 *
 *   tsx scripts/idp/oidc-provider.ts          # listens on IDP_PORT (default 3001)
 *   import { startIdp } from './scripts/idp/oidc-provider.ts'; const idp = await startIdp({ port: 3001 });
 *
 * Issuer http://localhost:<port>; one confidential client ("stratum-portal") with PKCE required; its redirect
 * URIs are <portal>/api/auth/callback/<provider id> for every portal URL in PORTAL_URLS. The login page lists
 * the seed's users for one-click sign-in and accepts any address on IDP_DOMAINS (for JIT provisioning).
 * Always `localhost`, never 127.0.0.1: the portal's redirect_uri must match exactly (NOTES-STACK trap 3).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Provider, { interactionPolicy, type KoaContextWithOIDC } from 'oidc-provider';
import { demoUsers, findIdpUser, readDemoManifest } from './demo-users.ts';
import { renderLoginPage } from './login-page.ts';

export const IDP_CLIENT_ID = 'stratum-portal';
const DEFAULT_PORTAL_URLS = ['http://localhost:3000', 'http://localhost:3999', ...Array.from({ length: 10 }, (_, i) => `http://localhost:${3130 + i}`)];

export interface IdpOptions {
  port?: number;
  clientSecret?: string;
  portalUrls?: string[];
  /** Print nothing on start (tests). */
  quiet?: boolean;
}

export interface RunningIdp {
  issuer: string;
  port: number;
  close(): Promise<void>;
}

/** The client secret: IDP_CLIENT_SECRET / OIDC_CLIENT_SECRET, else the one the seed wrote to .stratum/demo.json. */
export function resolveClientSecret(): string {
  const fromEnv = process.env.IDP_CLIENT_SECRET ?? process.env.OIDC_CLIENT_SECRET;
  if (fromEnv) return fromEnv;
  const demo = readDemoManifest() as { sso?: { clientSecret?: string }; partners?: { sso?: { clientSecret?: string } }[] };
  const fromDemo = demo.sso?.clientSecret ?? demo.partners?.find((p) => p.sso?.clientSecret)?.sso?.clientSecret;
  if (fromDemo) return fromDemo;
  throw new Error('No client secret for the local IdP: set IDP_CLIENT_SECRET or run the seed (it writes .stratum/demo.json)');
}

function portalUrls(): string[] {
  const fromEnv = process.env.PORTAL_URLS?.split(',').map((u) => u.trim().replace(/\/$/, '')).filter(Boolean);
  return fromEnv?.length ? fromEnv : DEFAULT_PORTAL_URLS;
}

/** Every connection the portal knows is registered as provider `sso-<connection id>`, so accept any id under the path. */
export function isAllowedRedirect(uri: string, portals: string[]): boolean {
  try {
    const url = new URL(uri);
    return portals.includes(url.origin) && /^\/api\/auth\/callback\/[\w-]+$/.test(url.pathname) && !url.search && !url.hash;
  } catch {
    return false;
  }
}

/** Re-prompt for login when the portal hints at another user than the one signed in here. */
function loginPolicy() {
  const { Check, base } = interactionPolicy;
  const policy = base();
  policy.get('login').checks.add(
    new Check('login_hint_mismatch', 'the login_hint names another user', (ctx: KoaContextWithOIDC) => {
      const hint = typeof ctx.oidc.params.login_hint === 'string' ? ctx.oidc.params.login_hint.toLowerCase() : undefined;
      if (ctx.oidc.result?.login || !hint || !ctx.oidc.session.accountId) return Check.NO_NEED_TO_PROMPT;
      return hint === ctx.oidc.session.accountId ? Check.NO_NEED_TO_PROMPT : Check.REQUEST_PROMPT;
    }),
  );
  return policy;
}

export function createIdp(issuer: string, options: IdpOptions = {}): Provider {
  const portals = options.portalUrls ?? portalUrls();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: IDP_CLIENT_ID,
        client_secret: options.clientSecret ?? resolveClientSecret(),
        // Listed for readers of the client metadata; any provider id under a listed portal is accepted (below).
        redirect_uris: portals.map((p) => `${p}/api/auth/callback/oidc`),
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    findAccount: async (_ctx: unknown, sub: string) => {
      const user = findIdpUser(sub);
      if (!user) return undefined;
      return { accountId: user.email, claims: async () => ({ sub: user.email, email: user.email, email_verified: true, name: user.name }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`, policy: loginPolicy() },
    // First-party client: no consent screen; the grant is made on the fly.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const clientId = ctx.oidc.client?.clientId;
      const accountId = ctx.oidc.session.accountId;
      if (!clientId || !accountId) return undefined;
      const existing = ctx.oidc.session.grantIdFor(clientId);
      if (existing) {
        const grant = await ctx.oidc.provider.Grant.find(existing);
        if (grant) return grant;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope([...ctx.oidc.requestParamScopes].join(' ') || 'openid email profile');
      await grant.save();
      return grant;
    },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    ttl: { Session: 8 * 3600, Interaction: 3600, Grant: 8 * 3600, AccessToken: 3600, IdToken: 3600, AuthorizationCode: 600 },
    renderError: async (ctx: { type: string; body: string }, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in error</title></head><body><main><h1>Sign-in error</h1><p>${escapeHtml(out.error ?? 'error')}: ${escapeHtml(out.error_description ?? '')}</p></main></body></html>`;
    },
  });
  // Accept callbacks under /api/auth/callback/<any provider id> of a listed portal.
  const Client = (provider as unknown as { Client: { prototype: { redirectUriAllowed(uri: string): boolean } } }).Client;
  Client.prototype.redirectUriAllowed = function redirectUriAllowed(uri: string) {
    return isAllowedRedirect(uri, portals);
  };
  return provider;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

async function handleInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse, uid: string, action?: string) {
  try {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    if (req.method === 'GET') {
      const hint = typeof details.params.login_hint === 'string' ? details.params.login_hint : undefined;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(renderLoginPage({ uid, users: demoUsers(), hint }));
      return;
    }
    const form = await readForm(req);
    if (action === 'abort') {
      await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The user cancelled the sign-in' }, { mergeWithLastSubmission: false });
      return;
    }
    const user = findIdpUser(form.get('email') ?? '');
    if (!user) {
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
      res.end(renderLoginPage({ uid, users: demoUsers(), hint: form.get('email') ?? undefined, error: 'This identity provider only knows addresses on its own domains.' }));
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: user.email } }, { mergeWithLastSubmission: false });
  } catch (error) {
    res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>Sign-in expired</title></head><body><main><h1>This sign-in has expired</h1><p>${escapeHtml(String((error as Error).message))}</p><p>Start again from the portal.</p></main></body></html>`);
  }
}

export async function startIdp(options: IdpOptions = {}): Promise<RunningIdp> {
  const port = options.port ?? Number(process.env.IDP_PORT ?? 3001);
  const issuer = `http://localhost:${port}`;
  const provider = createIdp(issuer, options);
  const oidc = provider.callback();
  const server: Server = createServer((req, res) => {
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?\/?(?:\?.*)?$/.exec(req.url ?? '');
    if (match?.[1]) void handleInteraction(provider, req, res, match[1], match[2]);
    else oidc(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve());
  });
  if (!options.quiet) console.log(`Local OIDC IdP at ${issuer} (client ${IDP_CLIENT_ID}; users: ${demoUsers().map((u) => u.email).join(', ')})`);
  return {
    issuer,
    port,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const idp = await startIdp();
  const stop = () => void idp.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
