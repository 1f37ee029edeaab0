import { AppError } from '@/lib/errors';
import type { MarketplaceContext, PartnerRole } from './context';

/**
 * Who may do what in the marketplace, by partner role. (To be folded into portal/lib/permissions.ts, the one
 * table of the portal, once it exists; the names follow its "<area>.<verb>" style.)
 */
export const MARKETPLACE_PERMISSIONS = {
  'marketplace.browse': ['owner', 'admin', 'analyst', 'viewer'],
  'marketplace.publish': ['owner', 'admin'],
  'marketplace.install': ['owner', 'admin'],
  'marketplace.review': ['owner', 'admin', 'analyst', 'viewer'],
} as const satisfies Record<string, readonly PartnerRole[]>;
export type MarketplacePermission = keyof typeof MARKETPLACE_PERMISSIONS;

export function can(role: PartnerRole | null, permission: MarketplacePermission): boolean {
  return role !== null && (MARKETPLACE_PERMISSIONS[permission] as readonly PartnerRole[]).includes(role);
}

/** The acting partner, when the role allows the permission; otherwise 403. */
export function requirePartner(ctx: MarketplaceContext, permission: MarketplacePermission): string {
  if (!ctx.partnerId) throw new AppError('FORBIDDEN', 'This needs a partner membership.');
  if (!can(ctx.role, permission)) throw new AppError('FORBIDDEN', `Your role may not do this (${permission}).`);
  return ctx.partnerId;
}
