import { toAppError, type ErrorIssue } from '@/lib/errors';

/** What a marketplace form's server action answers: a message for the page and field issues by path. */
export type ActionState = { status: 'idle' } | { status: 'ok'; message: string } | { status: 'error'; message: string; issues: ErrorIssue[] };

export const IDLE: ActionState = { status: 'idle' };

/** Runs a use case for a form; a typed error becomes a message (never a 500 page), anything else a bland one. */
export async function runForm(fn: () => Promise<string>): Promise<ActionState> {
  try {
    return { status: 'ok', message: await fn() };
  } catch (error) {
    // next/navigation's redirect() and notFound() throw; let them through.
    if (error && typeof error === 'object' && 'digest' in error && typeof (error as { digest: unknown }).digest === 'string' && /^NEXT_/.test((error as { digest: string }).digest)) throw error;
    const appError = toAppError(error);
    return { status: 'error', message: appError.message, issues: appError.issues ?? [] };
  }
}
