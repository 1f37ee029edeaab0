import { describe, expect, it } from 'vitest';
import { parseGroupRoleMap, roleForGroups, ScimRoleInput } from './role-map';

describe('roleForGroups', () => {
  const map = { Admins: 'admin', Analysts: 'analyst', Everyone: 'viewer' } as const;
  it('gives the highest mapped role among the groups', () => {
    expect(roleForGroups(['Everyone', 'admins', 'Analysts'], map, 'viewer')).toBe('admin');
    expect(roleForGroups(['Everyone', 'Analysts'], map, 'viewer')).toBe('analyst');
  });
  it('falls back to the default role when no group is mapped', () => {
    expect(roleForGroups(['Unmapped'], map, 'analyst')).toBe('analyst');
    expect(roleForGroups([], map, 'viewer')).toBe('viewer');
  });
});

describe('mapping input', () => {
  it('refuses owner with the explanation and client as not assignable', () => {
    const owner = ScimRoleInput.safeParse('owner');
    expect(owner.success).toBe(false);
    expect(owner.error?.issues[0]?.message).toMatch(/cannot grant the Owner role/);
    expect(ScimRoleInput.safeParse('client').success).toBe(false);
    expect(ScimRoleInput.parse('admin')).toBe('admin');
  });
  it('a stored owner mapping grants nothing', () => {
    expect(parseGroupRoleMap({ Founders: 'owner', Admins: 'admin', Bad: 3 })).toEqual({ Admins: 'admin' });
    expect(parseGroupRoleMap(null)).toEqual({});
  });
});
