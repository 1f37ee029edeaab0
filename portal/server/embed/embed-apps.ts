import 'server-only';
import { z } from 'zod';
import type { EmbedScope } from '@stratum/contract';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { pageArgs, toPage, type PageQuery } from '@/lib/pagination';
import { encryptSecret, generateSecret } from '@/lib/secret-box';
import { invalidateKnownEmbedOrigins } from './cors';
import { normalizeOrigin } from './origin-policy';
import { invalidateEmbedAppCache } from './verify-token';

/**
 * Embed apps: the allowed origins and the signing secret of a partner's embedding. Secrets are generated here
 * (never defaulted), shown once, stored AES-GCM encrypted, and rotated with an overlap window during which
 * tokens signed with the previous secret still verify. Used by REST API v1 and the portal's settings pages.
 */

type EmbedAppRow = Awaited<ReturnType<Db['embedApp']['findFirstOrThrow']>>;
const StringList = z.array(z.string()).catch([]);

export const DEFAULT_ROTATION_OVERLAP_SECONDS = 86_400;

export function embedAppDto(app: EmbedAppRow) {
  return {
    id: app.id,
    name: app.name,
    allowedOrigins: StringList.parse(app.allowedOrigins),
    allowedScopes: StringList.parse(app.allowedScopes),
    rotatedAt: app.rotatedAt?.toISOString() ?? null,
    previousSecretExpiresAt: app.previousSecretExpiresAt?.toISOString() ?? null,
    revokedAt: app.revokedAt?.toISOString() ?? null,
    createdAt: app.createdAt.toISOString(),
  };
}

function origins(list: string[]): string[] {
  return [...new Set(list.map((o) => normalizeOrigin(o)).filter((o): o is string => o !== null))];
}

export async function getEmbedApp(db: Db, partnerId: string, id: string): Promise<EmbedAppRow> {
  const app = await db.embedApp.findFirst({ where: { id, partnerId } });
  if (!app) throw new AppError('NOT_FOUND', 'No such embed app.');
  return app;
}

export async function listEmbedApps(db: Db, partnerId: string, query: PageQuery) {
  const { idAfter, ...args } = pageArgs(query);
  const rows = await db.embedApp.findMany({ where: { partnerId, ...idAfter }, ...args });
  return toPage(rows, query, embedAppDto);
}

export async function createEmbedApp(db: Db, partnerId: string, input: { name: string; allowedOrigins: string[]; allowedScopes: EmbedScope[] }) {
  const secret = generateSecret('esk');
  const app = await db.embedApp.create({
    data: { partnerId, name: input.name, allowedOrigins: origins(input.allowedOrigins), allowedScopes: [...new Set(input.allowedScopes)], secretEncrypted: encryptSecret(secret) },
  });
  invalidateKnownEmbedOrigins();
  return { ...embedAppDto(app), secret };
}

export async function updateEmbedApp(db: Db, partnerId: string, id: string, input: { name?: string; allowedOrigins?: string[]; allowedScopes?: EmbedScope[] }) {
  const app = await getEmbedApp(db, partnerId, id);
  const updated = await db.embedApp.update({
    where: { id: app.id },
    data: {
      ...(input.name ? { name: input.name } : {}),
      ...(input.allowedOrigins ? { allowedOrigins: origins(input.allowedOrigins) } : {}),
      ...(input.allowedScopes ? { allowedScopes: [...new Set(input.allowedScopes)] } : {}),
    },
  });
  invalidateKnownEmbedOrigins();
  invalidateEmbedAppCache(app.id);
  return embedAppDto(updated);
}

/** A new secret; the current one keeps verifying for `overlapSeconds` so running embeds are not cut off. */
export async function rotateEmbedAppSecret(db: Db, partnerId: string, id: string, overlapSeconds = DEFAULT_ROTATION_OVERLAP_SECONDS, now = new Date()) {
  const app = await getEmbedApp(db, partnerId, id);
  if (app.revokedAt) throw new AppError('CONFLICT', 'A revoked embed app cannot be rotated.');
  const secret = generateSecret('esk');
  const updated = await db.embedApp.update({
    where: { id: app.id },
    data: {
      secretEncrypted: encryptSecret(secret),
      previousSecretEncrypted: overlapSeconds > 0 ? app.secretEncrypted : null,
      previousSecretExpiresAt: overlapSeconds > 0 ? new Date(now.getTime() + overlapSeconds * 1000) : null,
      rotatedAt: now,
    },
  });
  invalidateEmbedAppCache(app.id);
  return { ...embedAppDto(updated), secret };
}

/** Revokes the app: every token it signed stops working at once. */
export async function revokeEmbedApp(db: Db, partnerId: string, id: string, now = new Date()) {
  const app = await getEmbedApp(db, partnerId, id);
  const updated = app.revokedAt ? app : await db.embedApp.update({ where: { id: app.id }, data: { revokedAt: now } });
  invalidateKnownEmbedOrigins();
  invalidateEmbedAppCache(app.id);
  return embedAppDto(updated);
}
