import 'server-only';
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { encryptSecret } from '@/lib/secret-box';
import { repoRoot } from '@/lib/paths';

let cached: string | undefined;

/**
 * The key that signs and encrypts session JWTs: AUTH_SECRET when set, else derived (HMAC) from the portal's
 * secret-box key, so every instance that shares STRATUM_SECRET_KEY (or the data dir) accepts the same sessions.
 */
export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (cached) return cached;
  encryptSecret('warm-up'); // makes sure the secret-box key exists
  const keyFile = path.resolve(process.env.STRATUM_DATA_DIR ?? path.join(repoRoot(), '.stratum'), 'secret.key');
  const key = process.env.STRATUM_SECRET_KEY ?? (existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : '');
  if (!key) throw new Error('Set AUTH_SECRET (or STRATUM_SECRET_KEY) for the portal sessions');
  cached = createHmac('sha256', Buffer.from(key, 'base64')).update('stratum auth.js session key').digest('base64url');
  return cached;
}
