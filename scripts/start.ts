/**
 * `npm start`: the whole demo on embedded SQLite. Builds when sources changed, migrates, seeds an empty
 * database, starts the local identity provider and the portal (production mode), and prints where to go.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DemoManifest } from '../prisma/demo-manifest.ts';
import { resolveDatabaseUrl } from '../prisma/connect.ts';
import { buildAll, buildIsStale, prepareDatabase, readManifest } from './lib/prepare.ts';
import { startService, stopServicesOnExit, waitForUrl } from './lib/processes.ts';
import { portalEnv } from './lib/runtime-env.ts';

const started = Date.now();
const port = Number(process.env.PORT ?? 3000);
const dataDir = path.resolve(process.env.STRATUM_DATA_DIR ?? '.stratum');
const runtime = {
  port,
  idpPort: Number(process.env.IDP_PORT ?? 3001),
  samlIdpPort: Number(process.env.SAML_IDP_PORT ?? Number(process.env.IDP_PORT ?? 3001) + 1),
  dataDir,
  databaseUrl: resolveDatabaseUrl(process.env.DATABASE_URL ?? `file:${path.join(dataDir, 'stratum.db')}`),
  portalUrl: process.env.PORTAL_URL ?? `http://localhost:${port}`,
};
const env = portalEnv(runtime);

stopServicesOnExit();
if (buildIsStale()) buildAll(env);
await prepareDatabase(env);

const node = process.execPath;
if (existsSync('scripts/idp/oidc-provider.ts')) {
  startService(node, ['--import', 'tsx', 'scripts/idp/oidc-provider.ts'], { env });
}
if (existsSync('scripts/idp/saml-idp.ts')) {
  startService(node, ['--import', 'tsx', 'scripts/idp/saml-idp.ts'], { env });
}
// Next's request handler with the embed API's fast lane in front (scripts/lib/portal-server.ts).
const portal = startService(node, ['--import', 'tsx', 'scripts/lib/portal-server.ts'], { env });
portal.on('exit', (code) => process.exit(code ?? 1));
await waitForUrl(`${runtime.portalUrl}/api/embed/v1/health`);

const manifest = readManifest(dataDir) as DemoManifest | undefined;
const lines = [
  '',
  `Stratum Embed is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s) — Ctrl+C stops it.`,
  '',
  `  Portal            ${runtime.portalUrl}`,
  `  Sign in           ${runtime.portalUrl}/signin`,
  `  Example embeds    ${runtime.portalUrl}/examples/plain-html/`,
  `                    ${runtime.portalUrl}/examples/react/   ${runtime.portalUrl}/examples/vue/   ${runtime.portalUrl}/examples/strict-csp/`,
  `  Identity provider http://localhost:${runtime.idpPort} (local OIDC, demo users)`,
  `  SAML IdP          http://localhost:${runtime.samlIdpPort} (local SAML 2.0; metadata at /metadata)`,
  `  Database          ${runtime.databaseUrl}`,
];
if (manifest) {
  lines.push('', '  Demo logins (SSO through the local identity provider, or a magic link printed here):');
  const samlPartner = manifest.samlSso?.partner;
  for (const user of manifest.users.slice(0, 12)) lines.push(`    ${user.email.padEnd(34)} ${user.role}${user.tenant ? ` of ${user.tenant}` : ''} (${user.partner}${user.partner === samlPartner ? ', SAML' : ''})`);
  if (manifest.samlSso) lines.push(`    any address @${manifest.samlSso.domains.join(', @')}`.padEnd(38) + ` SAML sign-in, new people join ${manifest.samlSso.partner} as viewer`);
  lines.push(`    ${manifest.platformAdmin.email.padEnd(34)} platform admin`);
}
console.log(lines.join('\n'));
