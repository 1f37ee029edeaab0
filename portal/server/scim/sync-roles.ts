import 'server-only';
import { db } from '@/lib/db';
import { recordAudit } from '@/server/audit/record';
import type { ScimContext } from './context';
import { roleForGroups, type GroupRoleMap, type ScimRole } from './role-map';

export function memberIdsOf(json: unknown): string[] {
  return Array.isArray(json) ? json.filter((v): v is string => typeof v === 'string') : [];
}

type SyncInput = Pick<ScimContext, 'actor' | 'ip' | 'userAgent'> & { directory: { id: string; partnerId: string; defaultRole: ScimRole; groupRoleMap: GroupRoleMap } };

/**
 * Gives each active user of the directory (or only `scimUserIds`) the partner role their groups map to: a
 * partner-level membership with source "scim" when they have none, a role change otherwise. An owner's
 * membership is never touched (SCIM neither makes nor unmakes owners). Every change is audited.
 */
export async function syncMemberships(ctx: SyncInput, scimUserIds?: string[]): Promise<void> {
  const { directory } = ctx;
  const [users, groups] = await Promise.all([
    db.scimUser.findMany({
      where: { directoryId: directory.id, active: true, ...(scimUserIds ? { id: { in: scimUserIds } } : {}) },
      select: { id: true, userId: true, userName: true },
    }),
    db.scimGroup.findMany({ where: { directoryId: directory.id }, select: { displayName: true, memberIds: true } }),
  ]);
  for (const user of users) {
    const groupNames = groups.filter((g) => memberIdsOf(g.memberIds).includes(user.id)).map((g) => g.displayName);
    const role = roleForGroups(groupNames, directory.groupRoleMap, directory.defaultRole);
    const existing = await db.membership.findFirst({ where: { userId: user.userId, partnerId: directory.partnerId, tenantId: null }, select: { id: true, role: true } });
    const audit = { partnerId: directory.partnerId, actor: ctx.actor, ip: ctx.ip, userAgent: ctx.userAgent };
    if (!existing) {
      const membership = await db.membership.create({ data: { userId: user.userId, partnerId: directory.partnerId, role, source: 'scim' } });
      await recordAudit({ ...audit, action: 'member.provisioned', target: { type: 'membership', id: membership.id }, metadata: { via: 'scim', email: user.userName, role, groups: groupNames } });
    } else if (existing.role !== role && existing.role !== 'owner') {
      await db.membership.update({ where: { id: existing.id }, data: { role } });
      await recordAudit({ ...audit, action: 'member.role_changed', target: { type: 'membership', id: existing.id }, metadata: { via: 'scim', email: user.userName, from: existing.role, to: role, groups: groupNames } });
    }
  }
}
