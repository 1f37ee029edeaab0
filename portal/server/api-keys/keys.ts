import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db';
import type { ApiScope } from './scopes';

export const API_KEY_PREFIX_LENGTH = 12;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * Creates an API key for a partner. The full key is returned once and never stored: the database keeps its
 * SHA-256 and its first 12 characters (shown in lists to tell keys apart).
 */
export async function createApiKey(
  db: Db,
  input: { partnerId: string; name: string; scopes: (ApiScope | '*')[]; expiresAt?: Date | null; createdById?: string | null },
): Promise<{ id: string; key: string; prefix: string }> {
  const key = `sk_live_${randomBytes(24).toString('base64url')}`;
  const prefix = key.slice(0, API_KEY_PREFIX_LENGTH);
  const row = await db.apiKey.create({
    data: {
      partnerId: input.partnerId,
      name: input.name,
      prefix,
      hashedKey: hashApiKey(key),
      scopes: input.scopes,
      expiresAt: input.expiresAt ?? null,
      createdById: input.createdById ?? null,
    },
  });
  return { id: row.id, key, prefix };
}
