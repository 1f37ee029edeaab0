import { describe, expect, it } from 'vitest';
import { assignableRoles, can, canAssignRole, canManageMember, PERMISSIONS, ROLES } from './permissions';

describe('permission table', () => {
  it('gives the owner everything and the client only their reports', () => {
    for (const p of PERMISSIONS) expect(can('owner', p)).toBe(true);
    expect(PERMISSIONS.filter((p) => can('client', p))).toEqual(['reports.read', 'reports.manage']);
  });

  it('is monotonic down the partner roles: each role can do a subset of the one above', () => {
    const order = ['owner', 'admin', 'analyst', 'viewer'] as const;
    for (let i = 1; i < order.length; i++) {
      for (const p of PERMISSIONS) if (can(order[i]!, p)) expect(can(order[i - 1]!, p), `${order[i - 1]} lacks ${p}`).toBe(true);
    }
  });

  it('keeps secrets, access and the audit log away from analysts and viewers', () => {
    for (const role of ['analyst', 'viewer'] as const) {
      for (const p of ['members.manage', 'sso.manage', 'api_keys.read', 'embed_apps.manage', 'audit.read', 'theme.write', 'webhooks.read', 'webhooks.manage'] as const) expect(can(role, p), `${role} ${p}`).toBe(false);
    }
  });
});

describe('no privilege escalation', () => {
  it('only an owner makes owners', () => {
    expect(ROLES.filter((r) => canAssignRole(r, 'owner'))).toEqual(['owner']);
    expect(assignableRoles('admin')).not.toContain('owner');
  });

  it('an admin cannot change or remove an owner, but can manage other admins and below', () => {
    expect(canManageMember('admin', 'owner')).toBe(false);
    expect(canManageMember('admin', 'admin')).toBe(true);
    expect(canManageMember('admin', 'client')).toBe(true);
  });

  it('analysts, viewers and clients hand out nothing', () => {
    for (const role of ['analyst', 'viewer', 'client'] as const) expect(assignableRoles(role)).toEqual([]);
  });
});
