import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A secret generated once per data directory (never a built-in default), unless the environment sets it. */
function persistentSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

export interface PortalRuntime {
  port: number;
  idpPort: number;
  /** The local SAML IdP (default: the port after the OIDC IdP's). */
  samlIdpPort?: number;
  dataDir: string;
  databaseUrl: string;
  portalUrl: string;
}

/** The environment the portal, the identity provider and the seed run with. */
export function portalEnv(runtime: PortalRuntime, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const idpUrl = `http://localhost:${runtime.idpPort}`;
  return {
    ...base,
    NODE_ENV: 'production',
    PORT: String(runtime.port),
    PORTAL_URL: runtime.portalUrl,
    AUTH_URL: runtime.portalUrl,
    AUTH_TRUST_HOST: 'true',
    AUTH_SECRET: base.AUTH_SECRET ?? persistentSecret(runtime.dataDir, 'auth.secret'),
    STRATUM_DATA_DIR: runtime.dataDir,
    DATABASE_URL: runtime.databaseUrl,
    STRATUM_DEMO: base.STRATUM_DEMO ?? '1',
    IDP_PORT: String(runtime.idpPort),
    OIDC_ISSUER_URL: base.OIDC_ISSUER_URL ?? idpUrl,
    SAML_IDP_PORT: String(runtime.samlIdpPort ?? runtime.idpPort + 1),
    SAML_IDP_URL: base.SAML_IDP_URL ?? `http://localhost:${runtime.samlIdpPort ?? runtime.idpPort + 1}`,
    PORTAL_URLS: base.PORTAL_URLS ?? runtime.portalUrl,
    // The portal's own pages (examples, previews) embed widgets, so its origin is always an allowed demo origin.
    DEMO_ALLOWED_ORIGINS: [runtime.portalUrl, base.DEMO_ALLOWED_ORIGINS].filter(Boolean).join(','),
    NEXT_TELEMETRY_DISABLED: '1',
  };
}
