/**
 * Who may do what: the one table. Partner roles (owner, admin, analyst, viewer) act on the whole partner;
 * a client user (role client) belongs to one tenant and only reads that tenant's white-label pages.
 * Pages hide what a role may not do, and every page, action and route checks again through
 * portal/server/tenancy (requirePartnerMember / partnerAction / withPartnerRoute).
 */
export const ROLES = ['owner', 'admin', 'analyst', 'viewer', 'client'] as const;
export type Role = (typeof ROLES)[number];
export const PARTNER_ROLES = ['owner', 'admin', 'analyst', 'viewer'] as const satisfies readonly Role[];

export const PERMISSIONS = [
  'partner.read',
  'tenants.read',
  'tenants.write',
  'members.read',
  'members.manage',
  'sso.read',
  'sso.manage',
  'scim.read',
  'scim.manage',
  'theme.read',
  'theme.write',
  'embed_apps.read',
  'embed_apps.manage',
  'api_keys.read',
  'api_keys.manage',
  'audit.read',
  'dashboards.read',
  'dashboards.write',
  'templates.manage',
  'templates.apply',
  'reports.read',
  'reports.manage',
  'webhooks.read',
  'webhooks.manage',
  'marketplace.browse',
  'marketplace.review',
  'marketplace.install',
  'marketplace.publish',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_ONLY: Permission[] = ['partner.read', 'tenants.read', 'theme.read', 'dashboards.read', 'reports.read', 'marketplace.browse', 'marketplace.review'];
const ANALYST: Permission[] = [...READ_ONLY, 'dashboards.write', 'embed_apps.read', 'reports.manage'];
const ADMIN: Permission[] = [
  ...ANALYST,
  'tenants.write',
  'members.read',
  'members.manage',
  'sso.read',
  'sso.manage',
  'scim.read',
  'scim.manage',
  'theme.write',
  'embed_apps.manage',
  'api_keys.read',
  'api_keys.manage',
  'audit.read',
  'templates.manage',
  'templates.apply',
  'webhooks.read',
  'webhooks.manage',
  'marketplace.install',
  'marketplace.publish',
];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  owner: new Set(PERMISSIONS),
  admin: new Set(ADMIN),
  analyst: new Set(ANALYST),
  viewer: new Set(READ_ONLY),
  // A client manages scheduled reports of their own tenant only (server/reports/schedule-actor.ts scopes it).
  client: new Set<Permission>(['reports.read', 'reports.manage']),
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

/** Which roles an actor may hand out (invite, change to): never above their own; only an owner makes owners. */
export function assignableRoles(actor: Role): Role[] {
  if (actor === 'owner') return [...ROLES];
  if (actor === 'admin') return ['admin', 'analyst', 'viewer', 'client'];
  return [];
}

export function canAssignRole(actor: Role, target: Role): boolean {
  return assignableRoles(actor).includes(target);
}

/** Whether an actor may change or remove a member who currently holds `current` (an admin cannot touch an owner). */
export function canManageMember(actor: Role, current: Role): boolean {
  return can(actor, 'members.manage') && canAssignRole(actor, current);
}

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  analyst: 'Analyst',
  viewer: 'Viewer',
  client: 'Client',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: 'Everything, including billing-level settings and making other owners.',
  admin: 'Manages clients, members, SSO, themes, embed apps, API keys, webhooks, marketplace installs and listings, and the audit log.',
  analyst: 'Builds dashboards, schedules reports and reads embed apps; cannot change access or secrets.',
  viewer: 'Reads clients, dashboards and themes; browses and reviews the marketplace.',
  client: "Sees only their own company's white-label reports and schedules them by email.",
};
