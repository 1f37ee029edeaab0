import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { can, type Permission, type Role } from '@/lib/permissions';
import type { SessionUser } from '@/server/auth/current-user';

export interface PartnerContext {
  user: SessionUser;
  partner: { id: string; slug: string; name: string; plan: string; defaultCurrency: string; defaultLocale: string };
  role: Role;
  /** For client users: the tenants they belong to. Empty for partner roles (who see every tenant). */
  clientTenantIds: string[];
  can(permission: Permission): boolean;
}

/**
 * The user's place in a partner, from one query with the user inside the `where`: a partner-level membership
 * (tenantId null) gives its role; otherwise client memberships give role "client" on those tenants. No rows means
 * not a member — NOT_FOUND, so that a partner's existence is not revealed to outsiders.
 */
export async function partnerContext(user: SessionUser, partnerSlug: string): Promise<PartnerContext> {
  const partner = await db.partner.findFirst({
    where: { slug: partnerSlug, memberships: { some: { userId: user.id } } },
    select: {
      id: true, slug: true, name: true, plan: true, defaultCurrency: true, defaultLocale: true,
      memberships: { where: { userId: user.id }, select: { role: true, tenantId: true } },
    },
  });
  if (!partner || partner.memberships.length === 0) throw new AppError('NOT_FOUND', 'No such partner.');
  const partnerLevel = partner.memberships.find((m) => m.tenantId === null);
  const role: Role = partnerLevel ? partnerLevel.role : 'client';
  const clientTenantIds = partnerLevel ? [] : partner.memberships.map((m) => m.tenantId).filter((t): t is string => t !== null);
  const { memberships: _m, ...partnerFields } = partner;
  return { user, partner: partnerFields, role, clientTenantIds, can: (p) => can(role, p) };
}

/** Throws FORBIDDEN unless the context's role carries the permission. */
export function assertCan(ctx: PartnerContext, permission: Permission): void {
  if (!ctx.can(permission)) throw new AppError('FORBIDDEN', 'Your role does not allow this.');
}

/** The partners a user belongs to, for the partner switcher and the post-sign-in landing. */
export async function partnersOf(userId: string) {
  const rows = await db.membership.findMany({
    where: { userId },
    select: { role: true, tenantId: true, partner: { select: { slug: true, name: true } }, tenant: { select: { slug: true, name: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return rows;
}
