import 'server-only';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { AppError } from '@/lib/errors';
import type { Permission } from '@/lib/permissions';
import { currentUser, requireUser } from '@/server/auth/current-user';
import { assertCan, partnerContext, type PartnerContext } from './membership';

/**
 * The one membership check for pages, server actions and route handlers. Pages get a redirect to sign-in
 * without a session and a 404 for non-members; actions and routes get typed errors.
 */
export async function requirePartnerMember(partnerSlug: string, permission: Permission, returnTo = `/p/${partnerSlug}`): Promise<PartnerContext> {
  const user = await requireUser(returnTo);
  let ctx: PartnerContext;
  try {
    ctx = await partnerContext(user, partnerSlug);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
  assertCan(ctx, permission);
  return ctx;
}

/** Same check without redirects, for actions and JSON routes. */
export async function partnerMemberOrThrow(partnerSlug: string, permission: Permission): Promise<PartnerContext> {
  const user = await currentUser();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  const ctx = await partnerContext(user, partnerSlug);
  assertCan(ctx, permission);
  return ctx;
}

/**
 * For pages: renders `page(ctx)` when the user may, the access-denied view when the role lacks the permission.
 * Usage: `return withPartnerPage(slug, 'audit.read', (ctx) => <AuditLog … />)`.
 */
export async function withPartnerPage(
  partnerSlug: string,
  permission: Permission,
  page: (ctx: PartnerContext) => Promise<ReactNode> | ReactNode,
  denied: (ctx: PartnerContext | null) => ReactNode,
  returnTo?: string,
): Promise<ReactNode> {
  let ctx: PartnerContext;
  try {
    ctx = await requirePartnerMember(partnerSlug, permission, returnTo);
  } catch (error) {
    if (error instanceof AppError && error.code === 'FORBIDDEN') return denied(null);
    throw error;
  }
  return page(ctx);
}
