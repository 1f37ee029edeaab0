import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { canAssignRole, ROLES, type Role } from '@/lib/permissions';
import { recordAudit } from '@/server/audit/record';
import { sendMail, simpleHtmlMail } from '@/server/auth/mail';
import type { SessionUser } from '@/server/auth/current-user';
import type { ActionContext } from '@/server/tenancy/action';
import type { PartnerContext } from '@/server/tenancy/membership';

export const INVITATION_DAYS = 7;

export const InviteSchema = z
  .object({
    email: z.string().trim().toLowerCase().email('Enter a valid email address.').max(254),
    role: z.enum(ROLES),
    tenantId: z.string().max(40).optional().nullable(),
  })
  .refine((v) => (v.role === 'client') === Boolean(v.tenantId), { message: 'Client users belong to one client; partner roles to none.', path: ['tenantId'] });

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function portalOrigin(fallback: string): string {
  return (process.env.PORTAL_URL ?? process.env.AUTH_URL ?? fallback).replace(/\/$/, '');
}

export async function listInvitations(ctx: PartnerContext) {
  return db.invitation.findMany({
    where: { partnerId: ctx.partner.id, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: 'desc' },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true, tenant: { select: { name: true } }, invitedBy: { select: { email: true } } },
  });
}

/** Invites someone by email with a 7-day link; an actor can only hand out roles at or below their own. */
export async function createInvitation(ctx: ActionContext, input: z.infer<typeof InviteSchema>, origin: string) {
  if (!canAssignRole(ctx.role, input.role)) throw new AppError('FORBIDDEN', `Your role cannot invite ${input.role}s.`);
  if (input.tenantId) {
    const tenant = await db.tenant.findFirst({ where: { id: input.tenantId, partnerId: ctx.partner.id }, select: { id: true } });
    if (!tenant) throw new AppError('VALIDATION_FAILED', 'Choose one of your clients.', { issues: [{ path: 'tenantId', message: 'Unknown client.' }] });
  }
  const member = await db.membership.findFirst({ where: { partnerId: ctx.partner.id, tenantId: input.tenantId ?? null, user: { email: input.email } }, select: { id: true } });
  if (member) throw new AppError('CONFLICT', `${input.email} is already a member.`, { issues: [{ path: 'email', message: 'Already a member.' }] });
  const token = randomBytes(32).toString('base64url');
  const invitation = await db.invitation.create({
    data: { partnerId: ctx.partner.id, tenantId: input.tenantId ?? null, email: input.email, role: input.role, tokenHash: hashToken(token), invitedById: ctx.user.id, expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000) },
    select: { id: true },
  });
  const link = `${portalOrigin(origin)}/invite/${token}`;
  await sendMail({
    kind: 'invitation',
    to: input.email,
    subject: `${ctx.partner.name} invited you to their portal`,
    link,
    text: `${ctx.user.name ?? ctx.user.email} invited you to ${ctx.partner.name} as ${input.role}.\n\nAccept: ${link}\n\nThe invitation expires in ${INVITATION_DAYS} days.`,
    html: simpleHtmlMail({ heading: `Join ${ctx.partner.name}`, body: `${ctx.user.name ?? ctx.user.email} invited you as ${input.role}. The invitation expires in ${INVITATION_DAYS} days.`, action: 'Accept invitation', link }),
  });
  await recordAudit({ partnerId: ctx.partner.id, tenantId: input.tenantId ?? null, actor: ctx.actor, action: 'member.invited', target: { type: 'invitation', id: invitation.id }, metadata: { email: input.email, role: input.role }, ip: ctx.ip, userAgent: ctx.userAgent });
  return { id: invitation.id, link };
}

export async function revokeInvitation(ctx: ActionContext, invitationId: string) {
  const invitation = await db.invitation.findFirst({ where: { id: invitationId, partnerId: ctx.partner.id, acceptedAt: null, revokedAt: null }, select: { id: true, email: true, role: true } });
  if (!invitation) throw new AppError('NOT_FOUND', 'No such pending invitation.');
  if (!canAssignRole(ctx.role, invitation.role)) throw new AppError('FORBIDDEN', 'Your role cannot revoke this invitation.');
  await db.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'invitation.revoked', target: { type: 'invitation', id: invitation.id }, metadata: { email: invitation.email }, ip: ctx.ip, userAgent: ctx.userAgent });
}

export type InvitationView =
  | { state: 'valid'; email: string; role: Role; partner: { slug: string; name: string }; tenant: { slug: string; name: string } | null; expiresAt: Date }
  | { state: 'expired' | 'used' | 'revoked' | 'unknown' };

export async function invitationByToken(token: string): Promise<InvitationView> {
  if (!/^[\w-]{20,100}$/.test(token)) return { state: 'unknown' };
  const inv = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, partner: { select: { slug: true, name: true } }, tenant: { select: { slug: true, name: true } } },
  });
  if (!inv) return { state: 'unknown' };
  if (inv.acceptedAt) return { state: 'used' };
  if (inv.revokedAt) return { state: 'revoked' };
  if (inv.expiresAt.getTime() < Date.now()) return { state: 'expired' };
  return { state: 'valid', email: inv.email, role: inv.role, partner: inv.partner, tenant: inv.tenant, expiresAt: inv.expiresAt };
}

/** Accepts an invitation for the signed-in user, whose email must be the invited one. */
export async function acceptInvitation(token: string, user: SessionUser, meta: { ip: string | null; userAgent: string | null }) {
  const view = await invitationByToken(token);
  if (view.state !== 'valid') throw new AppError('UNPROCESSABLE', `This invitation is ${view.state === 'unknown' ? 'not valid' : view.state}.`);
  if (view.email !== user.email.toLowerCase()) throw new AppError('FORBIDDEN', `This invitation is for ${view.email}; you are signed in as ${user.email}.`);
  const inv = await db.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { id: true, partnerId: true, tenantId: true, role: true } });
  const membership = await db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({ where: { id: inv.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
    if (claimed.count === 0) throw new AppError('CONFLICT', 'This invitation was just used.');
    const existing = await tx.membership.findFirst({ where: { userId: user.id, partnerId: inv.partnerId, tenantId: inv.tenantId }, select: { id: true } });
    if (existing) return tx.membership.update({ where: { id: existing.id }, data: { role: inv.role, source: 'invitation' }, select: { id: true } });
    return tx.membership.create({ data: { userId: user.id, partnerId: inv.partnerId, tenantId: inv.tenantId, role: inv.role, source: 'invitation' }, select: { id: true } });
  });
  await recordAudit({ partnerId: inv.partnerId, tenantId: inv.tenantId, actor: { type: 'user', id: user.id, label: user.email }, action: 'invitation.accepted', target: { type: 'membership', id: membership.id }, metadata: { role: inv.role }, ...meta });
  return view;
}
