import type { Metadata } from 'next';
import Link from 'next/link';
import { MailX } from 'lucide-react';
import { AcceptInvitation } from '@/components/members/accept-invitation';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '@/lib/permissions';
import { currentUser } from '@/server/auth/current-user';
import { invitationByToken } from '@/server/invitations/invitations';
import { signOutAction } from '../../actions';
import { acceptInvitationAction } from './actions';

export const metadata: Metadata = { title: 'Invitation' };
export const dynamic = 'force-dynamic';

const PROBLEMS = { expired: 'This invitation has expired', used: 'This invitation was already accepted', revoked: 'This invitation was revoked', unknown: 'This invitation link is not valid' } as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await invitationByToken(token);
  const user = await currentUser();
  return (
    <main id="main" className="mx-auto grid max-w-lg gap-4 px-6 py-20">
      {view.state !== 'valid' ? (
        <>
          <h1 className="text-2xl font-semibold">{PROBLEMS[view.state]}</h1>
          <EmptyState icon={MailX} title="Ask for a new invitation">An owner or admin of the agency can send you a new link from their Members page.</EmptyState>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">Join {view.partner.name}</h1>
          <Card>
            <CardContent className="grid gap-3 py-5 text-sm">
              <p>
                <strong>{view.email}</strong> is invited as <strong>{ROLE_LABELS[view.role]}</strong>
                {view.tenant ? <> of <strong>{view.tenant.name}</strong></> : null}.
              </p>
              <p className="text-muted-foreground">{ROLE_DESCRIPTIONS[view.role]} The invitation expires on {view.expiresAt.toISOString().slice(0, 10)}.</p>
              {!user ? (
                <Link className={buttonVariants()} href={`/signin?email=${encodeURIComponent(view.email)}&callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}>
                  Sign in as {view.email} to accept
                </Link>
              ) : user.email.toLowerCase() !== view.email ? (
                <form action={signOutAction} className="grid gap-2">
                  <p className="text-destructive">You are signed in as {user.email}. Sign out, then open the link again as {view.email}.</p>
                  <button type="submit" className={buttonVariants({ variant: 'outline' })}>Sign out</button>
                </form>
              ) : (
                <AcceptInvitation token={token} action={acceptInvitationAction} />
              )}
            </CardContent>
          </Card>
        </>
      )}
    </main>
  );
}
