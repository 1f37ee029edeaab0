import { AppError } from '@/lib/errors';
import { can as roleCan, type Permission } from '@/lib/permissions';
import type { MarketplaceContext, PartnerRole } from './context';

/** The marketplace's rows of the one permission table (portal/lib/permissions.ts). */
export type MarketplacePermission = Extract<Permission, `marketplace.${string}`>;

/** Whether a partner role (none: a platform admin without membership, or a client) may do this in the marketplace. */
export function can(role: PartnerRole | null, permission: MarketplacePermission): boolean {
  return role !== null && roleCan(role, permission);
}

/** The acting partner, when the role allows the permission; otherwise 403. */
export function requirePartner(ctx: MarketplaceContext, permission: MarketplacePermission): string {
  if (!ctx.partnerId) throw new AppError('FORBIDDEN', 'This needs a partner membership.');
  if (!can(ctx.role, permission)) throw new AppError('FORBIDDEN', `Your role may not do this (${permission}).`);
  return ctx.partnerId;
}
