import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/server/audit/record';
import type { PlatformActionContext } from './action';

export const PLANS = ['starter', 'growth', 'enterprise'] as const;

export const CreatePartnerSchema = z.object({
  name: z.string().trim().min(2, 'At least 2 characters.').max(80),
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, 'Lowercase letters, digits and dashes (1–40), not starting or ending with a dash.'),
  plan: z.enum(PLANS),
  ownerEmail: z.email('Enter the owner’s email address.').trim().toLowerCase().max(320),
});

/** Every partner with its plan and how many clients (tenants) and partner members it has. */
export async function listPartners() {
  const partners = await db.partner.findMany({
    orderBy: { name: 'asc' },
    select: { id: true, slug: true, name: true, plan: true, createdAt: true, _count: { select: { tenants: true, memberships: { where: { tenantId: null } } } } },
  });
  return partners.map((p) => ({ id: p.id, slug: p.slug, name: p.name, plan: p.plan, createdAt: p.createdAt, tenants: p._count.tenants, members: p._count.memberships }));
}

const slugTaken = (slug: string) => new AppError('CONFLICT', `The slug “${slug}” is already taken by another partner. Choose another.`, { issues: [{ path: 'slug', message: `“${slug}” is already taken. Choose another slug.` }] });

/** A new partner and its first owner (a new or existing user, who can then sign in and invite the rest). */
export async function createPartner(ctx: PlatformActionContext, input: z.infer<typeof CreatePartnerSchema>) {
  if (await db.partner.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw slugTaken(input.slug);
  let partner: { id: string; slug: string };
  try {
    partner = await db.partner.create({ data: { slug: input.slug, name: input.name, plan: input.plan }, select: { id: true, slug: true } });
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') throw slugTaken(input.slug);
    throw error;
  }
  const owner = await db.user.upsert({ where: { email: input.ownerEmail }, create: { email: input.ownerEmail }, update: {}, select: { id: true } });
  const membership = await db.membership.create({ data: { userId: owner.id, partnerId: partner.id, role: 'owner', source: 'platform_admin' } });
  await recordAudit({ partnerId: partner.id, actor: ctx.actor, action: 'partner.created', target: { type: 'partner', id: partner.id }, metadata: { slug: input.slug, name: input.name, plan: input.plan, owner: input.ownerEmail, membershipId: membership.id }, ip: ctx.ip, userAgent: ctx.userAgent });
  return partner;
}

/** One partner as the platform sees it: its clients with their users, and its partner-level members. */
export async function partnerForAdmin(slug: string) {
  return db.partner.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, name: true, plan: true, createdAt: true, customDomain: true,
      tenants: { orderBy: { name: 'asc' }, select: { id: true, slug: true, name: true, currency: true, memberships: { select: { role: true, user: { select: { email: true, deactivatedAt: true } } }, orderBy: { createdAt: 'asc' } } } },
      memberships: { where: { tenantId: null }, orderBy: { createdAt: 'asc' }, select: { role: true, source: true, user: { select: { email: true, name: true, deactivatedAt: true } } } },
    },
  });
}
