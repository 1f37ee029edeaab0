import type { Metadata } from 'next';
import { AccessDenied } from '@/components/access-denied';
import { InviteDialog } from '@/components/members/invite-dialog';
import { MembersTable } from '@/components/members/members-table';
import { PendingInvitations } from '@/components/members/pending-invitations';
import { PageHeader } from '@/components/page-header';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { listInvitations } from '@/server/invitations/invitations';
import { listMembers } from '@/server/tenancy/members';
import { listTenants } from '@/server/tenancy/tenants';
import { withPartnerPage } from '@/server/tenancy/require-member';
import { changeRoleAction, inviteAction, removeMemberAction, revokeInvitationAction } from './actions';

export const metadata: Metadata = { title: 'Members' };
export const dynamic = 'force-dynamic';

export default async function MembersPage({ params }: { params: Promise<{ partner: string }> }) {
  const { partner: slug } = await params;
  return withPartnerPage(slug, 'members.read', async (ctx) => {
    const [members, invitations, tenants] = await Promise.all([listMembers(ctx), listInvitations(ctx), listTenants(ctx)]);
    const canManage = ctx.can('members.manage');
    const now = Date.now();
    return (
      <>
        <PageHeader
          title="Members"
          description="Your agency's team and your clients' users. Owners and admins manage access; nobody can hand out a role above their own."
          actions={canManage ? <InviteDialog partnerSlug={slug} actorRole={ctx.role} tenants={tenants.map((t) => ({ id: t.id, name: t.name }))} action={inviteAction} /> : null}
        />
        <div className="grid gap-6">
          <Card>
            <CardHeader><CardTitle>People with access</CardTitle></CardHeader>
            <CardContent className="px-0 py-0">
              <MembersTable
                partnerSlug={slug}
                actorRole={ctx.role}
                canManage={canManage}
                changeRole={changeRoleAction}
                removeMember={removeMemberAction}
                rows={members.map((m) => ({ id: m.id, email: m.user.email, name: m.user.name, role: m.role, client: m.tenant?.name ?? null, source: m.source, deactivated: m.user.deactivatedAt !== null, isSelf: m.user.id === ctx.user.id }))}
              />
            </CardContent>
          </Card>
          <Card>
            <CardHeader><CardTitle>Pending invitations</CardTitle></CardHeader>
            <CardContent className="px-0 py-0">
              <PendingInvitations
                partnerSlug={slug}
                canManage={canManage}
                revoke={revokeInvitationAction}
                rows={invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, client: i.tenant?.name ?? null, expiresAt: i.expiresAt.toISOString(), invitedBy: i.invitedBy?.email ?? null, expired: i.expiresAt.getTime() < now }))}
              />
            </CardContent>
          </Card>
        </div>
      </>
    );
  }, () => <AccessDenied what="members" />);
}
