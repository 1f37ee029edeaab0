import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { currentUser, requireUser, type SessionUser } from '@/server/auth/current-user';

/**
 * The one check for platform administration (/admin/…): a platform admin passes; anyone else gets the 404 page
 * (pages) or NOT_FOUND (actions) — the same answer as for a page that does not exist, so nothing is revealed.
 */
export async function requirePlatformAdmin(returnTo = '/admin'): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!user.isPlatformAdmin) notFound();
  return user;
}

export async function platformAdminOrThrow(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  if (!user.isPlatformAdmin) throw new AppError('NOT_FOUND', 'Not found.');
  return user;
}
