import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { recordAudit } from '@/server/audit/record';
import { isUniqueViolation, scimParse, type ScimContext } from './context';
import { invalidValue, notFound, ScimError } from './errors';
import { listResponse, type ListQuery } from './pagination';
import { applyUserPatch, PatchBody, scimBoolean, type UserState } from './patch';
import { memberIdsOf, syncMemberships } from './sync-roles';

import { USER_SCHEMA_ID as USER_SCHEMA } from './schema-ids';

const Email = z.object({ value: z.string().trim().max(320), type: z.string().max(40).optional(), primary: z.union([z.boolean(), z.string()]).optional() }).loose();
const UserBody = z.object({
  userName: z.string().trim().min(1, 'userName is required.').max(320),
  externalId: z.string().max(500).nullish(),
  active: z.unknown().optional(),
  displayName: z.string().max(200).nullish(),
  name: z.object({ givenName: z.string().max(200).nullish(), familyName: z.string().max(200).nullish(), formatted: z.string().max(400).nullish() }).loose().nullish(),
  emails: z.array(Email).max(20).nullish(),
}).loose();
type UserBody = z.infer<typeof UserBody>;

const EMAIL = z.email();

/** The address the person signs in with: the primary email, else a work one, else the first, else an email-shaped userName. */
function emailOf(body: UserBody): string {
  const emails = body.emails ?? [];
  const pick = emails.find((e) => e.primary === true || e.primary === 'true' || e.primary === 'True') ?? emails.find((e) => e.type === 'work') ?? emails[0];
  const candidate = (pick?.value ?? body.userName).trim().toLowerCase();
  if (!EMAIL.safeParse(candidate).success) throw invalidValue('The user needs an email address (in emails, or as the userName).');
  return candidate;
}

function stateOf(body: UserBody): UserState {
  return {
    userName: body.userName,
    externalId: body.externalId ?? null,
    active: body.active === undefined ? true : scimBoolean(body.active, 'active'),
    givenName: body.name?.givenName ?? null,
    familyName: body.name?.familyName ?? null,
  };
}

const userSelect = { id: true, userId: true, externalId: true, userName: true, active: true, givenName: true, familyName: true, createdAt: true, updatedAt: true, user: { select: { email: true, name: true } } } as const;
type ScimUserRow = { id: string; userId: string; externalId: string | null; userName: string; active: boolean; givenName: string | null; familyName: string | null; createdAt: Date; updatedAt: Date; user: { email: string; name: string | null } };
type GroupRow = { id: string; displayName: string; memberIds: unknown };

export function toUserResource(row: ScimUserRow, groups: GroupRow[], baseUrl: string) {
  const formatted = [row.givenName, row.familyName].filter(Boolean).join(' ');
  return {
    schemas: [USER_SCHEMA],
    id: row.id,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    userName: row.userName,
    name: { ...(row.givenName ? { givenName: row.givenName } : {}), ...(row.familyName ? { familyName: row.familyName } : {}), ...(formatted ? { formatted } : {}) },
    displayName: formatted || row.user.name || row.userName,
    emails: [{ value: row.user.email, type: 'work', primary: true }],
    active: row.active,
    groups: groups.filter((g) => memberIdsOf(g.memberIds).includes(row.id)).map((g) => ({ value: g.id, display: g.displayName, $ref: `${baseUrl}/Groups/${g.id}` })),
    meta: { resourceType: 'User', created: row.createdAt.toISOString(), lastModified: row.updatedAt.toISOString(), location: `${baseUrl}/Users/${row.id}` },
  };
}

async function directoryGroups(ctx: ScimContext) {
  return db.scimGroup.findMany({ where: { directoryId: ctx.directory.id }, select: { id: true, displayName: true, memberIds: true } });
}

async function findUser(ctx: ScimContext, id: string): Promise<ScimUserRow> {
  const row = await db.scimUser.findFirst({ where: { id, directoryId: ctx.directory.id }, select: userSelect });
  if (!row) throw notFound(`User ${id}`);
  return row;
}

export async function listUsers(ctx: ScimContext, query: ListQuery) {
  const [rows, groups] = await Promise.all([
    db.scimUser.findMany({ where: { directoryId: ctx.directory.id }, select: userSelect, orderBy: { createdAt: 'asc' } }),
    directoryGroups(ctx),
  ]);
  return listResponse(rows.map((r) => toUserResource(r, groups, ctx.baseUrl)), query);
}

export async function getUser(ctx: ScimContext, id: string) {
  return toUserResource(await findUser(ctx, id), await directoryGroups(ctx), ctx.baseUrl);
}

const conflict = (userName: string) => new ScimError(409, `A user with userName "${userName}" already exists in this directory.`, 'uniqueness');

/** Whether the person belongs to any other partner: then this directory must not lock them out of everything. */
async function belongsElsewhere(ctx: ScimContext, userId: string): Promise<boolean> {
  return (await db.membership.count({ where: { userId, partnerId: { not: ctx.directory.partnerId } } })) > 0;
}

async function isOwnerHere(ctx: ScimContext, userId: string): Promise<boolean> {
  return (await db.membership.count({ where: { userId, partnerId: ctx.directory.partnerId, role: 'owner' } })) > 0;
}

/**
 * Deactivation: sign-in is refused (User.deactivatedAt) and sessions end, when the person is only this partner's.
 * Someone who also belongs to another agency keeps that access and loses this partner's membership instead; an
 * owner is never locked out by an IdP (owners are managed in the portal).
 */
async function deactivate(ctx: ScimContext, row: { id: string; userId: string; userName: string }, action: 'scim.user.deactivated' | 'scim.user.deleted') {
  let effect: 'sign_in_blocked' | 'membership_removed' | 'owner_kept';
  if (await isOwnerHere(ctx, row.userId)) effect = 'owner_kept';
  else if (await belongsElsewhere(ctx, row.userId)) {
    await db.membership.deleteMany({ where: { userId: row.userId, partnerId: ctx.directory.partnerId } });
    effect = 'membership_removed';
  } else {
    await db.user.update({ where: { id: row.userId }, data: { deactivatedAt: new Date() } });
    await db.session.deleteMany({ where: { userId: row.userId } });
    if (action === 'scim.user.deleted') await db.membership.deleteMany({ where: { userId: row.userId, partnerId: ctx.directory.partnerId } });
    effect = 'sign_in_blocked';
  }
  await recordAudit({ partnerId: ctx.directory.partnerId, actor: ctx.actor, action, target: { type: 'user', id: row.userId }, metadata: { userName: row.userName, scimId: row.id, effect }, ip: ctx.ip, userAgent: ctx.userAgent });
}

/** Lifts a sign-in block, unless the person belongs to another agency (whose directory may have set it). */
async function liftSignInBlock(ctx: ScimContext, userId: string) {
  if (await belongsElsewhere(ctx, userId)) return;
  await db.user.updateMany({ where: { id: userId, deactivatedAt: { not: null } }, data: { deactivatedAt: null } });
}

async function reactivate(ctx: ScimContext, row: { id: string; userId: string; userName: string }) {
  await liftSignInBlock(ctx, row.userId);
  await recordAudit({ partnerId: ctx.directory.partnerId, actor: ctx.actor, action: 'scim.user.reactivated', target: { type: 'user', id: row.userId }, metadata: { userName: row.userName, scimId: row.id }, ip: ctx.ip, userAgent: ctx.userAgent });
}

export async function createUser(ctx: ScimContext, raw: unknown) {
  const body = scimParse(UserBody.safeParse(raw));
  const state = stateOf(body);
  const email = emailOf(body);
  const displayName = body.displayName ?? ([state.givenName, state.familyName].filter(Boolean).join(' ') || null);
  const user = await db.user.upsert({ where: { email }, create: { email, name: displayName }, update: {}, select: { id: true } });
  const taken = await db.scimUser.findFirst({ where: { directoryId: ctx.directory.id, OR: [{ userName: state.userName }, { userId: user.id }] }, select: { id: true } });
  if (taken) throw conflict(state.userName);
  let row: ScimUserRow;
  try {
    row = await db.scimUser.create({ data: { directoryId: ctx.directory.id, userId: user.id, ...state }, select: userSelect });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(state.userName);
    throw error;
  }
  await recordAudit({ partnerId: ctx.directory.partnerId, actor: ctx.actor, action: 'scim.user.created', target: { type: 'user', id: user.id }, metadata: { userName: state.userName, scimId: row.id, active: state.active }, ip: ctx.ip, userAgent: ctx.userAgent });
  if (state.active) {
    await liftSignInBlock(ctx, row.userId);
    await syncMemberships(ctx, [row.id]);
  } else await deactivate(ctx, row, 'scim.user.deactivated');
  return toUserResource(row, await directoryGroups(ctx), ctx.baseUrl);
}

async function saveState(ctx: ScimContext, row: ScimUserRow, next: UserState, action: 'scim.user.replaced' | 'scim.user.patched') {
  if (next.userName !== row.userName) {
    const taken = await db.scimUser.findFirst({ where: { directoryId: ctx.directory.id, userName: next.userName, id: { not: row.id } }, select: { id: true } });
    if (taken) throw conflict(next.userName);
  }
  let saved: ScimUserRow;
  try {
    saved = await db.scimUser.update({ where: { id: row.id }, data: next, select: userSelect });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(next.userName);
    throw error;
  }
  const changed = (Object.keys(next) as (keyof UserState)[]).filter((k) => next[k] !== row[k]);
  if (changed.length) await recordAudit({ partnerId: ctx.directory.partnerId, actor: ctx.actor, action, target: { type: 'user', id: row.userId }, metadata: { userName: next.userName, scimId: row.id, changed }, ip: ctx.ip, userAgent: ctx.userAgent });
  if (row.active && !next.active) await deactivate(ctx, saved, 'scim.user.deactivated');
  if (!row.active && next.active) {
    await reactivate(ctx, saved);
    await syncMemberships(ctx, [row.id]);
  }
  return toUserResource(saved, await directoryGroups(ctx), ctx.baseUrl);
}

export async function replaceUser(ctx: ScimContext, id: string, raw: unknown) {
  const row = await findUser(ctx, id);
  const body = scimParse(UserBody.safeParse(raw));
  return saveState(ctx, row, stateOf(body), 'scim.user.replaced');
}

export async function patchUser(ctx: ScimContext, id: string, raw: unknown) {
  const row = await findUser(ctx, id);
  const { Operations } = scimParse(PatchBody.safeParse(raw));
  const next = applyUserPatch({ userName: row.userName, externalId: row.externalId, active: row.active, givenName: row.givenName, familyName: row.familyName }, Operations);
  return saveState(ctx, row, next, 'scim.user.patched');
}

export async function deleteUser(ctx: ScimContext, id: string) {
  const row = await findUser(ctx, id);
  for (const group of await directoryGroups(ctx)) {
    const ids = memberIdsOf(group.memberIds);
    if (ids.includes(row.id)) await db.scimGroup.update({ where: { id: group.id }, data: { memberIds: ids.filter((m) => m !== row.id) } });
  }
  await db.scimUser.delete({ where: { id: row.id } });
  await deactivate(ctx, row, 'scim.user.deleted');
}
