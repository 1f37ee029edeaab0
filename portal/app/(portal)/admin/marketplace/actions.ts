'use server';
import { revalidatePath } from 'next/cache';
import { runForm, type ActionState } from '@/server/marketplace/action-state';
import { platformAdmin } from '@/server/marketplace/page-context';
import { reviewListingVersion } from '@/server/marketplace/review-listing-version';

export async function decideAction(versionId: string, _state: ActionState, data: FormData): Promise<ActionState> {
  return runForm(async () => {
    const ctx = await platformAdmin();
    const decision = data.get('decision') === 'reject' ? { decision: 'reject' as const, reason: String(data.get('reason') ?? '') } : { decision: 'approve' as const };
    const notice = await reviewListingVersion(ctx, { versionId, ...decision });
    revalidatePath('/admin/marketplace');
    return notice.type === 'listing.published' ? `Approved: ${notice.listing.title} is live.` : `Sent back to ${notice.listing.title}’s publisher with your note.`;
  });
}
