import path from 'node:path';

/**
 * Where the end-to-end suite runs: its own data directory and database, so it never touches the demo's.
 * E2E_DATABASE_URL points the suite at PostgreSQL instead (CI does this for the skeleton spec).
 */
const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? '.stratum/e2e');
const port = Number(process.env.E2E_PORT ?? 3999);

export const E2E = {
  port,
  portalUrl: `http://localhost:${port}`,
  idpPort: Number(process.env.E2E_IDP_PORT ?? 3001),
  /** The local SAML IdP: E2E_SAML_IDP_PORT, else the port after the OIDC IdP's. */
  samlIdpPort: Number(process.env.E2E_SAML_IDP_PORT ?? Number(process.env.E2E_IDP_PORT ?? 3001) + 1),
  dataDir,
  databaseUrl: process.env.E2E_DATABASE_URL ?? `file:${path.join(dataDir, 'stratum.db')}`,
  demoManifestPath: path.join(dataDir, 'demo.json'),
};
