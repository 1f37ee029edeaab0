import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { recordAudit } from '@/server/audit/record';
import { isUniqueViolation, scimParse, type ScimContext } from './context';
import { invalidValue, notFound, ScimError } from './errors';
import { listResponse, type ListQuery } from './pagination';
import { applyGroupPatch, PatchBody, type GroupState } from './patch';
import { memberIdsOf, syncMemberships } from './sync-roles';

import { GROUP_SCHEMA_ID as GROUP_SCHEMA } from './schema-ids';

const Member = z.object({ value: z.string().min(1).max(100) }).loose();
const GroupBody = z.object({
  displayName: z.string().trim().min(1, 'displayName is required.').max(200),
  externalId: z.string().max(500).nullish(),
  members: z.array(Member).max(10_000).nullish(),
}).loose();

const groupSelect = { id: true, externalId: true, displayName: true, memberIds: true, createdAt: true, updatedAt: true } as const;
type GroupRow = { id: string; externalId: string | null; displayName: string; memberIds: unknown; createdAt: Date; updatedAt: Date };

async function userNames(ctx: ScimContext): Promise<Map<string, string>> {
  const users = await db.scimUser.findMany({ where: { directoryId: ctx.directory.id }, select: { id: true, userName: true } });
  return new Map(users.map((u) => [u.id, u.userName]));
}

export function toGroupResource(row: GroupRow, names: Map<string, string>, baseUrl: string, withMembers = true) {
  return {
    schemas: [GROUP_SCHEMA],
    id: row.id,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    displayName: row.displayName,
    ...(withMembers ? { members: memberIdsOf(row.memberIds).map((id) => ({ value: id, display: names.get(id), $ref: `${baseUrl}/Users/${id}` })) } : {}),
    meta: { resourceType: 'Group', created: row.createdAt.toISOString(), lastModified: row.updatedAt.toISOString(), location: `${baseUrl}/Groups/${row.id}` },
  };
}

async function findGroup(ctx: ScimContext, id: string): Promise<GroupRow> {
  const row = await db.scimGroup.findFirst({ where: { id, directoryId: ctx.directory.id }, select: groupSelect });
  if (!row) throw notFound(`Group ${id}`);
  return row;
}

export async function listGroups(ctx: ScimContext, query: ListQuery) {
  const [rows, names] = await Promise.all([db.scimGroup.findMany({ where: { directoryId: ctx.directory.id }, select: groupSelect, orderBy: { createdAt: 'asc' } }), userNames(ctx)]);
  const withMembers = !query.excludedAttributes.includes('members');
  return listResponse(rows.map((r) => toGroupResource(r, names, ctx.baseUrl, withMembers)), query);
}

export async function getGroup(ctx: ScimContext, id: string, excludedAttributes: string[] = []) {
  return toGroupResource(await findGroup(ctx, id), await userNames(ctx), ctx.baseUrl, !excludedAttributes.includes('members'));
}

/** Members must be users of this directory: an id from elsewhere is refused, never looked up outside it. */
function checkMembers(ids: string[], names: Map<string, string>) {
  const unknown = ids.filter((id) => !names.has(id));
  if (unknown.length) throw invalidValue(`Unknown member id(s) in this directory: ${unknown.slice(0, 5).join(', ')}.`);
}

const conflict = (displayName: string) => new ScimError(409, `A group named "${displayName}" already exists in this directory.`, 'uniqueness');

async function assertNameFree(ctx: ScimContext, displayName: string, exceptId?: string) {
  const taken = await db.scimGroup.findFirst({ where: { directoryId: ctx.directory.id, displayName, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw conflict(displayName);
}

export async function createGroup(ctx: ScimContext, raw: unknown) {
  const body = scimParse(GroupBody.safeParse(raw));
  const names = await userNames(ctx);
  const memberIds = [...new Set((body.members ?? []).map((m) => m.value))];
  checkMembers(memberIds, names);
  await assertNameFree(ctx, body.displayName);
  let row: GroupRow;
  try {
    row = await db.scimGroup.create({ data: { directoryId: ctx.directory.id, displayName: body.displayName, externalId: body.externalId ?? null, memberIds }, select: groupSelect });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(body.displayName);
    throw error;
  }
  await recordAudit({ partnerId: ctx.directory.partnerId, actor: ctx.actor, action: 'scim.group.created', target: { type: 'scim_group', id: row.id }, metadata: { displayName: row.displayName, members: memberIds.length }, ip: ctx.ip, userAgent: ctx.userAgent });
  if (memberIds.length) await syncMemberships(ctx, memberIds);
  return toGroupResource(row, names, ctx.baseUrl);
}

async function saveGroup(ctx: ScimContext, row: GroupRow, next: GroupState, action: 'scim.group.replaced' | 'scim.group.patched') {
  const names = await userNames(ctx);
  const before = memberIdsOf(row.memberIds);
  const added = next.memberIds.filter((id) => !before.includes(id));
  const removed = before.filter((id) => !next.memberIds.includes(id));
  checkMembers(added, names);
  if (next.displayName !== row.displayName) await assertNameFree(ctx, next.displayName, row.id);
  let saved: GroupRow;
  try {
    saved = await db.scimGroup.update({ where: { id: row.id }, data: { displayName: next.displayName, externalId: next.externalId, memberIds: next.memberIds }, select: groupSelect });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(next.displayName);
    throw error;
  }
  const renamed = next.displayName !== row.displayName;
  if (renamed || added.length || removed.length || next.externalId !== row.externalId) {
    await recordAudit({
      partnerId: ctx.directory.partnerId, actor: ctx.actor, action, target: { type: 'scim_group', id: row.id },
      metadata: { displayName: next.displayName, ...(renamed ? { renamedFrom: row.displayName } : {}), added: added.map((id) => names.get(id) ?? id), removed: removed.map((id) => names.get(id) ?? id) },
      ip: ctx.ip, userAgent: ctx.userAgent,
    });
  }
  // A rename can change what the group maps to: everyone in it, before or after, gets their role recomputed.
  const affected = renamed ? [...new Set([...before, ...next.memberIds])] : [...added, ...removed];
  if (affected.length) await syncMemberships(ctx, affected);
  return toGroupResource(saved, names, ctx.baseUrl);
}

export async function replaceGroup(ctx: ScimContext, id: string, raw: unknown) {
  const row = await findGroup(ctx, id);
  const body = scimParse(GroupBody.safeParse(raw));
  return saveGroup(ctx, row, { displayName: body.displayName, externalId: body.externalId ?? null, memberIds: [...new Set((body.members ?? []).map((m) => m.value))] }, 'scim.group.replaced');
}

export async function patchGroup(ctx: ScimContext, id: string, raw: unknown) {
  const row = await findGroup(ctx, id);
  const { Operations } = scimParse(PatchBody.safeParse(raw));
  const next = applyGroupPatch({ displayName: row.displayName, externalId: row.externalId, memberIds: memberIdsOf(row.memberIds) }, Operations);
  return saveGroup(ctx, row, next, 'scim.group.patched');
}

export async function deleteGroup(ctx: ScimContext, id: string) {
  const row = await findGroup(ctx, id);
  await db.scimGroup.delete({ where: { id: row.id } });
  await recordAudit({ partnerId: ctx.directory.partnerId, actor: ctx.actor, action: 'scim.group.deleted', target: { type: 'scim_group', id: row.id }, metadata: { displayName: row.displayName }, ip: ctx.ip, userAgent: ctx.userAgent });
  const members = memberIdsOf(row.memberIds);
  if (members.length) await syncMemberships(ctx, members);
}
