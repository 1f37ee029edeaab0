'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toAppError } from '@/lib/errors';
import { currentUser } from '@/server/auth/current-user';
import { requestMeta } from '@/server/auth/request-meta';
import { acceptInvitation } from '@/server/invitations/invitations';

export async function acceptInvitationAction(raw: { token: string }): Promise<{ error: string }> {
  const parsed = z.object({ token: z.string().min(10).max(200) }).safeParse(raw);
  if (!parsed.success) return { error: 'This invitation link is not valid.' };
  const user = await currentUser();
  if (!user) return { error: 'Sign in first.' };
  let target: string;
  try {
    const view = await acceptInvitation(parsed.data.token, user, await requestMeta());
    target = view.state === 'valid' && view.tenant && view.role === 'client' ? `/c/${view.partner.slug}/${view.tenant.slug}` : view.state === 'valid' ? `/p/${view.partner.slug}` : '/p';
  } catch (error) {
    return { error: toAppError(error).message };
  }
  redirect(target);
}
