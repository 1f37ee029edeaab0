import 'server-only';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { hashApiKey } from '@/server/api-keys/keys';
import { recordAudit } from '@/server/audit/record';
import type { ActionContext } from '@/server/tenancy/action';
import type { PartnerContext } from '@/server/tenancy/membership';
import { asScimRole, parseGroupRoleMap, ScimRoleInput } from './role-map';
import { memberIdsOf, syncMemberships } from './sync-roles';

/** Admin use cases of /p/<partner>/directory-sync: directories, their one-time tokens and group → role mapping. */
export const CreateDirectorySchema = z.object({
  name: z.string().trim().min(2, 'At least 2 characters.').max(80),
  defaultRole: ScimRoleInput,
});
export const DirectoryIdSchema = z.object({ directoryId: z.string().min(1).max(40) });
export const MapGroupSchema = DirectoryIdSchema.extend({
  group: z.string().trim().min(1, 'Name the directory group.').max(200),
  role: ScimRoleInput,
});
export const UnmapGroupSchema = DirectoryIdSchema.extend({ group: z.string().min(1).max(200) });

const newToken = () => `scim_${randomBytes(32).toString('base64url')}`;

async function ownDirectory(ctx: PartnerContext, directoryId: string) {
  const directory = await db.scimDirectory.findFirst({ where: { id: directoryId, partnerId: ctx.partner.id }, select: { id: true, name: true, partnerId: true, defaultRole: true, groupRoleMap: true } });
  if (!directory) throw new AppError('NOT_FOUND', 'No such directory.');
  return directory;
}

export async function listDirectories(ctx: PartnerContext) {
  const rows = await db.scimDirectory.findMany({
    where: { partnerId: ctx.partner.id },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true, name: true, defaultRole: true, groupRoleMap: true, lastSyncAt: true, createdAt: true,
      groups: { select: { id: true, displayName: true, memberIds: true }, orderBy: { displayName: 'asc' } },
      users: { select: { id: true, userName: true, active: true, user: { select: { email: true, memberships: { where: { partnerId: ctx.partner.id, tenantId: null }, select: { role: true } } } } }, orderBy: { userName: 'asc' } },
    },
  });
  return rows.map((d) => ({
    id: d.id,
    name: d.name,
    defaultRole: asScimRole(d.defaultRole),
    groupRoleMap: parseGroupRoleMap(d.groupRoleMap),
    lastSyncAt: d.lastSyncAt,
    createdAt: d.createdAt,
    groups: d.groups.map((g) => ({ id: g.id, displayName: g.displayName, memberCount: memberIdsOf(g.memberIds).length })),
    users: d.users.map((u) => ({ id: u.id, userName: u.userName, email: u.user.email, active: u.active, role: u.user.memberships[0]?.role ?? null })),
  }));
}

export async function createDirectory(ctx: ActionContext, input: z.infer<typeof CreateDirectorySchema>) {
  const token = newToken();
  const directory = await db.scimDirectory.create({ data: { partnerId: ctx.partner.id, name: input.name, defaultRole: input.defaultRole, groupRoleMap: {}, tokenHash: hashApiKey(token) } });
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'scim.directory.created', target: { type: 'scim_directory', id: directory.id }, metadata: { name: input.name, defaultRole: input.defaultRole }, ip: ctx.ip, userAgent: ctx.userAgent });
  return { id: directory.id, token };
}

/** A new token; the old one stops working at once. */
export async function rotateDirectoryToken(ctx: ActionContext, directoryId: string) {
  const directory = await ownDirectory(ctx, directoryId);
  const token = newToken();
  await db.scimDirectory.update({ where: { id: directory.id }, data: { tokenHash: hashApiKey(token) } });
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'scim.directory.token_rotated', target: { type: 'scim_directory', id: directory.id }, metadata: { name: directory.name }, ip: ctx.ip, userAgent: ctx.userAgent });
  return { id: directory.id, token };
}

async function saveMap(ctx: ActionContext, directory: Awaited<ReturnType<typeof ownDirectory>>, map: Record<string, string>, metadata: Record<string, unknown>) {
  await db.scimDirectory.update({ where: { id: directory.id }, data: { groupRoleMap: map } });
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'scim.directory.mapping_changed', target: { type: 'scim_directory', id: directory.id }, metadata: { name: directory.name, ...metadata }, ip: ctx.ip, userAgent: ctx.userAgent });
  // Everyone the directory manages gets the role the new mapping gives them; the changes are audited as the directory's.
  await syncMemberships({
    directory: { id: directory.id, partnerId: directory.partnerId, defaultRole: asScimRole(directory.defaultRole), groupRoleMap: parseGroupRoleMap(map) },
    actor: { type: 'scim', label: `SCIM: ${directory.name}` }, ip: ctx.ip, userAgent: ctx.userAgent,
  });
}

export async function mapGroup(ctx: ActionContext, input: z.infer<typeof MapGroupSchema>) {
  const directory = await ownDirectory(ctx, input.directoryId);
  const map = { ...parseGroupRoleMap(directory.groupRoleMap) };
  for (const key of Object.keys(map)) if (key.toLowerCase() === input.group.toLowerCase()) delete map[key];
  map[input.group] = input.role;
  await saveMap(ctx, directory, map, { group: input.group, role: input.role });
}

export async function unmapGroup(ctx: ActionContext, input: z.infer<typeof UnmapGroupSchema>) {
  const directory = await ownDirectory(ctx, input.directoryId);
  const map = { ...parseGroupRoleMap(directory.groupRoleMap) };
  if (!(input.group in map)) throw new AppError('NOT_FOUND', 'That group has no mapping.');
  delete map[input.group];
  await saveMap(ctx, directory, map, { group: input.group, role: null });
}

/** Deleting a directory stops syncing; the members it provisioned stay (remove them under Members). */
export async function deleteDirectory(ctx: ActionContext, directoryId: string) {
  const directory = await ownDirectory(ctx, directoryId);
  await db.scimDirectory.delete({ where: { id: directory.id } });
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'scim.directory.deleted', target: { type: 'scim_directory', id: directory.id }, metadata: { name: directory.name }, ip: ctx.ip, userAgent: ctx.userAgent });
}
