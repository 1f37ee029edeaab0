import { z } from 'zod';
import { invalidValue, ScimError } from './errors';
import { matchesFilter, normalizeAttrPath, parseFilter } from './filter';

/**
 * SCIM PATCH (RFC 7644 §3.5.2) applied to the little state we keep, in the dialects IdPs really send:
 * Okta — `{ op: "replace", value: { active: false } }`; Azure AD — `{ op: "Replace", path: "active", value: "False" }`,
 * `{ op: "Add", path: "members", value: [{ value: id }] }`, `{ op: "Remove", path: "members[value eq \"id\"]" }`.
 * Pure functions: the caller loads the state, applies, validates and saves.
 */
export const PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

const Operation = z.object({
  op: z.string().transform((s) => s.toLowerCase()).pipe(z.enum(['add', 'replace', 'remove'], { message: 'op must be add, replace or remove.' })),
  path: z.string().max(500).optional(),
  value: z.unknown().optional(),
});
export const PatchBody = z.object({
  schemas: z.array(z.string()).optional(),
  Operations: z.array(Operation).min(1).max(1000),
});
export type PatchOperation = z.infer<typeof Operation>;

export interface UserState {
  userName: string;
  externalId: string | null;
  active: boolean;
  givenName: string | null;
  familyName: string | null;
}

export interface GroupState {
  displayName: string;
  externalId: string | null;
  memberIds: string[];
}

/** Azure sends booleans as "True"/"False". */
export function scimBoolean(value: unknown, attr: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw invalidValue(`${attr} must be true or false.`);
}

function scimString(value: unknown, attr: string, { nullable }: { nullable: boolean }): string | null {
  if (value === null && nullable) return null;
  if (typeof value === 'string' && value.length <= 500) return nullable && value === '' ? null : value;
  throw invalidValue(`${attr} must be a string.`);
}

function requiredString(value: unknown, attr: string): string {
  const s = scimString(value, attr, { nullable: false });
  if (!s || !s.trim()) throw invalidValue(`${attr} must not be empty.`);
  return s.trim();
}

/** Applies one attribute (by normalized path) to a user state; unknown attributes (phones, titles, enterprise…) are ignored. */
function setUserAttr(state: UserState, path: string, value: unknown, remove: boolean): void {
  const key = normalizeAttrPath(path).toLowerCase();
  switch (key) {
    case 'active':
      if (remove) throw new ScimError(400, 'active cannot be removed.', 'mutability');
      state.active = scimBoolean(value, 'active');
      return;
    case 'username':
      if (remove) throw new ScimError(400, 'userName is required and cannot be removed.', 'mutability');
      state.userName = requiredString(value, 'userName');
      return;
    case 'externalid':
      state.externalId = remove ? null : scimString(value, 'externalId', { nullable: true });
      return;
    case 'name.givenname':
      state.givenName = remove ? null : scimString(value, 'name.givenName', { nullable: true });
      return;
    case 'name.familyname':
      state.familyName = remove ? null : scimString(value, 'name.familyName', { nullable: true });
      return;
    case 'name':
      if (remove || value === null) { state.givenName = null; state.familyName = null; return; }
      if (typeof value !== 'object' || Array.isArray(value)) throw invalidValue('name must be an object.');
      for (const [k, v] of Object.entries(value)) setUserAttr(state, `name.${k}`, v, false);
      return;
    default:
      return;
  }
}

export function applyUserPatch(initial: UserState, operations: PatchOperation[]): UserState {
  const state = { ...initial };
  for (const operation of operations) {
    const remove = operation.op === 'remove';
    if (operation.path) {
      if (!remove && operation.value === undefined) throw invalidValue(`${operation.op} on "${operation.path}" needs a value.`);
      checkPath(operation.path);
      setUserAttr(state, operation.path, operation.value, remove);
      continue;
    }
    if (remove) throw new ScimError(400, 'A remove operation needs a path.', 'noTarget');
    if (operation.value === null || typeof operation.value !== 'object' || Array.isArray(operation.value)) throw invalidValue('An operation without a path needs an object value.');
    for (const [attr, v] of Object.entries(operation.value)) setUserAttr(state, attr, v, false);
  }
  return state;
}

const VALUE_PATH = /^(?<attr>[^[\]]+)\[(?<filter>.+)\](?:\.(?<sub>[A-Za-z]\w*))?$/;

function checkPath(path: string): void {
  if (VALUE_PATH.test(path)) {
    parseFilterAsPath(VALUE_PATH.exec(path)!.groups!.filter!);
    return;
  }
  if (!/^(?:urn:[\w:.-]+:)?[A-Za-z][\w$-]*(?:\.[A-Za-z][\w$-]*)?$/.test(path)) throw new ScimError(400, `"${path}" is not an attribute path.`, 'invalidPath');
}

function parseFilterAsPath(filter: string) {
  try {
    return parseFilter(filter);
  } catch (error) {
    throw new ScimError(400, `Bad filter in path: ${error instanceof Error ? error.message : String(error)}`, 'invalidPath');
  }
}

function memberValues(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items.map((item) => {
    const id = typeof item === 'string' ? item : item && typeof item === 'object' ? (item as { value?: unknown }).value : undefined;
    if (typeof id !== 'string' || !id) throw invalidValue('Each member needs a "value" with the user id.');
    return id;
  });
}

function applyGroupAttr(state: GroupState, op: PatchOperation['op'], path: string, value: unknown): void {
  const valuePath = VALUE_PATH.exec(path);
  if (valuePath) {
    if (valuePath.groups!.attr!.toLowerCase() !== 'members') return;
    const filter = parseFilterAsPath(valuePath.groups!.filter!);
    if (op !== 'remove') throw new ScimError(400, 'Only remove may target members by filter.', 'invalidPath');
    state.memberIds = state.memberIds.filter((id) => !matchesFilter(filter, { value: id }));
    return;
  }
  checkPath(path);
  const key = normalizeAttrPath(path).toLowerCase();
  if (key === 'members') {
    const ids = memberValues(value);
    if (op === 'add') state.memberIds = [...new Set([...state.memberIds, ...ids])];
    else if (op === 'replace') state.memberIds = [...new Set(ids)];
    else state.memberIds = ids.length ? state.memberIds.filter((id) => !ids.includes(id)) : [];
  } else if (key === 'displayname') {
    if (op === 'remove') throw new ScimError(400, 'displayName is required and cannot be removed.', 'mutability');
    state.displayName = requiredString(value, 'displayName');
  } else if (key === 'externalid') {
    state.externalId = op === 'remove' ? null : scimString(value, 'externalId', { nullable: true });
  }
}

export function applyGroupPatch(initial: GroupState, operations: PatchOperation[]): GroupState {
  const state = { ...initial, memberIds: [...initial.memberIds] };
  for (const operation of operations) {
    if (operation.path) {
      if (operation.op !== 'remove' && operation.value === undefined) throw invalidValue(`${operation.op} on "${operation.path}" needs a value.`);
      applyGroupAttr(state, operation.op, operation.path, operation.value);
      continue;
    }
    if (operation.op === 'remove') throw new ScimError(400, 'A remove operation needs a path.', 'noTarget');
    if (operation.value === null || typeof operation.value !== 'object' || Array.isArray(operation.value)) throw invalidValue('An operation without a path needs an object value.');
    // Okta sends the group's own id along with displayName: ignore it.
    for (const [attr, v] of Object.entries(operation.value)) if (attr.toLowerCase() !== 'id') applyGroupAttr(state, operation.op, attr, v);
  }
  return state;
}
