'use server';
import { redirect } from 'next/navigation';
import { startSignIn } from '@/server/auth/start-sign-in';

/** The sign-in form's action: returns an error message, or redirects (IdP, or the check-your-email page). */
export async function signInAction(input: { email: string; callbackUrl?: string }): Promise<{ error: string } | undefined> {
  const result = await startSignIn(input);
  if (result.kind === 'check-email') redirect(input.callbackUrl ? `/signin/check-email?callbackUrl=${encodeURIComponent(input.callbackUrl.slice(0, 500))}` : '/signin/check-email');
  return { error: result.message };
}
