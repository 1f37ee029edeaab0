/**
 * The local SAML IdP's signing key: a self-signed RSA certificate made at first start and kept under the data
 * directory (<data dir>/saml-idp/), so the metadata the portal stored stays valid across restarts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from 'selfsigned';
import type { IdpSigningKey } from './saml-response.ts';

/** A fresh self-signed signing key; tests pass dates to make expired or soon-expiring certificates. */
export async function generateIdpKey(options: { commonName?: string; notBefore?: Date; notAfter?: Date } = {}): Promise<IdpSigningKey> {
  const notBeforeDate = options.notBefore ?? new Date(Date.now() - 60_000);
  const notAfterDate = options.notAfter ?? new Date(notBeforeDate.getTime() + 2 * 365 * 86_400_000);
  const pems = await generate([{ name: 'commonName', value: options.commonName ?? 'Stratum local SAML IdP' }], { keySize: 2048, algorithm: 'sha256', notBeforeDate, notAfterDate });
  return { privateKey: pems.private, certificate: pems.cert };
}

/** The key under `dir`, generated and written (private key 0600) the first time. */
export async function ensureIdpKey(dir: string): Promise<IdpSigningKey> {
  const keyFile = path.join(dir, 'signing-key.pem');
  const certFile = path.join(dir, 'signing-cert.pem');
  if (existsSync(keyFile) && existsSync(certFile)) return { privateKey: readFileSync(keyFile, 'utf8'), certificate: readFileSync(certFile, 'utf8') };
  const key = await generateIdpKey();
  mkdirSync(dir, { recursive: true });
  writeFileSync(keyFile, key.privateKey, { mode: 0o600 });
  writeFileSync(certFile, key.certificate);
  return key;
}
