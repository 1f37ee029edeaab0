import { z } from 'zod';
import { ROLE_LABELS, type Role } from '@/lib/permissions';

/**
 * Group → role mapping of a SCIM directory. SCIM hands out partner roles up to admin: owners are made by another
 * owner in the portal, never by an IdP, and client users belong to a tenant (invited, not synced).
 */
export const SCIM_ROLES = ['admin', 'analyst', 'viewer'] as const satisfies readonly Role[];
export type ScimRole = (typeof SCIM_ROLES)[number];
const RANK: Record<ScimRole, number> = { viewer: 1, analyst: 2, admin: 3 };

export const OWNER_REFUSAL = 'SCIM cannot grant the Owner role: owners are made by another owner under Members. Map this group to Admin instead.';

/** The role a mapping row may carry; owner and client are refused with a message the form shows. */
export const ScimRoleInput = z.string().superRefine((value, issue) => {
  if (value === 'owner') issue.addIssue({ code: 'custom', message: OWNER_REFUSAL });
  else if (!(SCIM_ROLES as readonly string[]).includes(value)) issue.addIssue({ code: 'custom', message: `Choose ${SCIM_ROLES.map((r) => ROLE_LABELS[r]).join(', ')}.` });
}).transform((v) => v as ScimRole);

export type GroupRoleMap = Record<string, ScimRole>;

/** Reads the stored JSON, dropping anything that is not a SCIM-assignable role (a hand-edited "owner" grants nothing). */
export function parseGroupRoleMap(json: unknown): GroupRoleMap {
  const out: GroupRoleMap = {};
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return out;
  for (const [group, role] of Object.entries(json)) {
    if ((SCIM_ROLES as readonly string[]).includes(role as string)) out[group] = role as ScimRole;
  }
  return out;
}

/** The highest role among the user's mapped groups (group names compare without case), else the default. */
export function roleForGroups(groupNames: string[], map: GroupRoleMap, defaultRole: ScimRole): ScimRole {
  const byName = new Map(Object.entries(map).map(([name, role]) => [name.trim().toLowerCase(), role]));
  let best: ScimRole | null = null;
  for (const name of groupNames) {
    const role = byName.get(name.trim().toLowerCase());
    if (role && (!best || RANK[role] > RANK[best])) best = role;
  }
  return best ?? defaultRole;
}

export function asScimRole(role: string): ScimRole {
  return (SCIM_ROLES as readonly string[]).includes(role) ? (role as ScimRole) : 'viewer';
}
