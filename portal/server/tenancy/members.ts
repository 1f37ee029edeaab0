import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { canAssignRole, canManageMember, ROLES } from '@/lib/permissions';
import { recordAudit } from '@/server/audit/record';
import type { ActionContext } from './action';
import type { PartnerContext } from './membership';

export async function listMembers(ctx: PartnerContext) {
  return db.membership.findMany({
    where: { partnerId: ctx.partner.id },
    orderBy: [{ tenantId: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, role: true, source: true, createdAt: true, user: { select: { id: true, email: true, name: true, deactivatedAt: true } }, tenant: { select: { name: true } } },
  });
}

export const ChangeRoleSchema = z.object({ membershipId: z.string().min(1).max(40), role: z.enum(ROLES) });

async function managedMembership(ctx: ActionContext, membershipId: string) {
  const m = await db.membership.findFirst({ where: { id: membershipId, partnerId: ctx.partner.id }, select: { id: true, role: true, tenantId: true, userId: true, user: { select: { email: true } } } });
  if (!m) throw new AppError('NOT_FOUND', 'No such member.');
  if (!canManageMember(ctx.role, m.role)) throw new AppError('FORBIDDEN', `Your role cannot change a${m.role === 'owner' || m.role === 'admin' || m.role === 'analyst' ? 'n' : ''} ${m.role}.`);
  return m;
}

async function assertNotLastOwner(partnerId: string, membership: { role: string }) {
  if (membership.role !== 'owner') return;
  const owners = await db.membership.count({ where: { partnerId, role: 'owner', tenantId: null } });
  if (owners <= 1) throw new AppError('UNPROCESSABLE', 'A partner needs at least one owner.');
}

/** Changes a member's role: never to a role above the actor's, never an owner by an admin, never the last owner. */
export async function changeMemberRole(ctx: ActionContext, input: z.infer<typeof ChangeRoleSchema>) {
  const m = await managedMembership(ctx, input.membershipId);
  if (!canAssignRole(ctx.role, input.role)) throw new AppError('FORBIDDEN', `Your role cannot make someone ${input.role}.`);
  if ((input.role === 'client') !== (m.tenantId !== null)) throw new AppError('UNPROCESSABLE', 'Client users stay client users; partner members stay partner members. Invite them instead.');
  if (m.role !== input.role) await assertNotLastOwner(ctx.partner.id, m);
  await db.membership.update({ where: { id: m.id }, data: { role: input.role } });
  await recordAudit({ partnerId: ctx.partner.id, tenantId: m.tenantId, actor: ctx.actor, action: 'member.role_changed', target: { type: 'membership', id: m.id }, metadata: { email: m.user.email, from: m.role, to: input.role }, ip: ctx.ip, userAgent: ctx.userAgent });
}

export async function removeMember(ctx: ActionContext, membershipId: string) {
  const m = await managedMembership(ctx, membershipId);
  await assertNotLastOwner(ctx.partner.id, m);
  await db.membership.delete({ where: { id: m.id } });
  await recordAudit({ partnerId: ctx.partner.id, tenantId: m.tenantId, actor: ctx.actor, action: 'member.removed', target: { type: 'membership', id: m.id }, metadata: { email: m.user.email, role: m.role }, ip: ctx.ip, userAgent: ctx.userAgent });
}
