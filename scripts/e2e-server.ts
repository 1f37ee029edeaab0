/**
 * The server the Playwright suite runs against (playwright.config.ts webServer): a production portal on its own
 * port, data directory and database (SQLite by default, E2E_DATABASE_URL for PostgreSQL), plus the local IdP.
 * Expects a current build (`npm test` builds first). Children stay in this process group: Playwright stops the
 * whole group when the run ends.
 */
import { existsSync } from 'node:fs';
import { E2E } from '../tests/e2e-env.ts';
import { resolveDatabaseUrl } from '../prisma/connect.ts';
import { prepareDatabase } from './lib/prepare.ts';
import { startService, stopServicesOnExit } from './lib/processes.ts';
import { portalEnv } from './lib/runtime-env.ts';

const env = portalEnv(
  { port: E2E.port, idpPort: E2E.idpPort, samlIdpPort: E2E.samlIdpPort, dataDir: E2E.dataDir, databaseUrl: resolveDatabaseUrl(E2E.databaseUrl), portalUrl: E2E.portalUrl },
  // The report specs drive their own worker against their own SMTP receiver; the portal's must not race it.
  { ...process.env, STRATUM_DEMO: '1', WORKER_IN_PORTAL: '0' },
);

stopServicesOnExit();
await prepareDatabase(env, { reseed: process.env.E2E_RESEED !== '0' });
if (existsSync('scripts/idp/oidc-provider.ts')) startService(process.execPath, ['--import', 'tsx', 'scripts/idp/oidc-provider.ts'], { env, detached: false });
if (existsSync('scripts/idp/saml-idp.ts')) startService(process.execPath, ['--import', 'tsx', 'scripts/idp/saml-idp.ts'], { env, detached: false });
const portal = startService(process.execPath, ['--import', 'tsx', 'scripts/lib/portal-server.ts'], { env, detached: false });
portal.on('exit', (code) => process.exit(code ?? 1));
