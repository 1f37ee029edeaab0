import 'server-only';
import type { Db, DbKind } from '../../../prisma/connect.ts';
import { AppError } from '@/lib/errors';
import type { Mailer } from './notify/mailer';

export type PartnerRole = 'owner' | 'admin' | 'analyst' | 'viewer' | 'client';

/** Who acts: a signed-in user, or a partner's REST API key. */
export type MarketplaceActor =
  | { type: 'user'; userId: string; label: string }
  | { type: 'api_key'; apiKeyId: string; label: string };

/**
 * Everything a marketplace use case needs, passed explicitly so each one is testable against a real database.
 * The portal builds it from the session (or API key); partnerId/role are the acting membership's.
 */
export interface MarketplaceContext {
  db: Db;
  dbKind: DbKind;
  actor: MarketplaceActor;
  partnerId: string | null;
  role: PartnerRole | null;
  isPlatformAdmin: boolean;
  ip?: string | null;
  userAgent?: string | null;
  mailer?: Mailer;
  now?: () => Date;
}

export function nowOf(ctx: MarketplaceContext): Date {
  return ctx.now ? ctx.now() : new Date();
}

export function userIdOf(ctx: MarketplaceContext): string | null {
  return ctx.actor.type === 'user' ? ctx.actor.userId : null;
}

/** The acting user; API keys cannot do what only a person may (review, report). */
export function requireUser(ctx: MarketplaceContext): string {
  if (ctx.actor.type !== 'user') throw new AppError('FORBIDDEN', 'Only a signed-in user can do this.');
  return ctx.actor.userId;
}

export function requirePlatformAdmin(ctx: MarketplaceContext): void {
  if (!ctx.isPlatformAdmin) throw new AppError('FORBIDDEN', 'Only platform administrators review listings.');
}
