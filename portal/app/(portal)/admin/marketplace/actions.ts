'use server';
import { redirect } from 'next/navigation';
import { runForm, type ActionState } from '@/server/marketplace/action-state';
import { platformAdmin } from '@/server/marketplace/page-context';
import { moderateReview } from '@/server/marketplace/report-review';
import { reviewListingVersion } from '@/server/marketplace/review-listing-version';

export async function decideAction(versionId: string, _state: ActionState, data: FormData): Promise<ActionState> {
  let done: { slug: string; decision: string } | undefined;
  const state = await runForm(async () => {
    const ctx = await platformAdmin();
    const decision = data.get('decision') === 'reject' ? { decision: 'reject' as const, reason: String(data.get('reason') ?? '') } : { decision: 'approve' as const };
    const notice = await reviewListingVersion(ctx, { versionId, ...decision });
    done = { slug: notice.listing.slug, decision: decision.decision };
    return 'Done.';
  });
  // The decided item leaves the queue (and its form with it): the page says what happened.
  if (done) redirect(`/admin/marketplace?${new URLSearchParams({ decided: done.decision, listing: done.slug })}`);
  return state;
}

/** Hide a reported review, or restore it (which clears its reports and takes it out of the queue). */
export async function moderateAction(reviewId: string, action: 'hide' | 'restore', _state: ActionState): Promise<ActionState> {
  let done = false;
  const state = await runForm(async () => {
    await moderateReview(await platformAdmin(), { reviewId, action });
    done = true;
    return action === 'hide' ? 'Hidden.' : 'Restored.';
  });
  if (done) redirect(`/admin/marketplace?${new URLSearchParams({ moderated: action })}#reported-reviews`);
  return state;
}
