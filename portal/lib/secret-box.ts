import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Encrypts secrets that must be recoverable (embed-app signing secrets, OIDC client secrets, webhook secrets)
 * with AES-256-GCM under the portal's key. The key comes from STRATUM_SECRET_KEY (base64, 32 bytes); when it is
 * unset, a random key is generated once into .stratum/secret.key — never a built-in default.
 */
const KEY_FILE = path.resolve(process.env.STRATUM_DATA_DIR ?? '.stratum', 'secret.key');
let cachedKey: Buffer | undefined;

function loadKey(): Buffer {
  if (cachedKey) return cachedKey;
  const fromEnv = process.env.STRATUM_SECRET_KEY;
  let encoded: string;
  if (fromEnv) encoded = fromEnv;
  else if (existsSync(KEY_FILE)) encoded = readFileSync(KEY_FILE, 'utf8').trim();
  else {
    encoded = randomBytes(32).toString('base64');
    mkdirSync(path.dirname(KEY_FILE), { recursive: true });
    writeFileSync(KEY_FILE, encoded + '\n', { mode: 0o600 });
  }
  const key = Buffer.from(encoded, 'base64');
  if (key.length !== 32) throw new Error('STRATUM_SECRET_KEY must be 32 bytes, base64-encoded');
  cachedKey = key;
  return key;
}

/** Returns "v1.<iv>.<tag>.<ciphertext>" in base64url. */
export function encryptSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', loadKey(), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

export function decryptSecret(sealed: string): string {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || !data) throw new Error('Malformed encrypted secret');
  const decipher = createDecipheriv('aes-256-gcm', loadKey(), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}

/** A new random secret, e.g. for an embed app: 32 bytes, base64url, with a readable prefix. */
export function generateSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}
