import { describe, expect, it } from 'vitest';
import { scimFailure } from './testing';
import { applyGroupPatch, applyUserPatch, PatchBody, type GroupState, type UserState } from './patch';

const user: UserState = { userName: 'alice@northwind.test', externalId: '00u1', active: true, givenName: 'Alice', familyName: 'Ng' };
const group: GroupState = { displayName: 'Admins', externalId: null, memberIds: ['u1', 'u2'] };
const ops = (body: unknown) => PatchBody.parse(body).Operations;


describe('applyUserPatch', () => {
  it('Okta: replace without a path, value object with active false', () => {
    const next = applyUserPatch(user, ops({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', value: { active: false } }] }));
    expect(next).toEqual({ ...user, active: false });
    expect(user.active).toBe(true);
  });

  it('Azure AD: capitalised ops, paths and "False" as a string', () => {
    const next = applyUserPatch(user, ops({ Operations: [
      { op: 'Replace', path: 'active', value: 'False' },
      { op: 'Add', path: 'name.givenName', value: 'Alicia' },
      { op: 'Replace', path: 'userName', value: 'alicia@northwind.test' },
      { op: 'Remove', path: 'externalId' },
    ] }));
    expect(next).toEqual({ userName: 'alicia@northwind.test', externalId: null, active: false, givenName: 'Alicia', familyName: 'Ng' });
  });

  it('reactivates with active true and a name object', () => {
    const next = applyUserPatch({ ...user, active: false }, ops({ Operations: [{ op: 'replace', value: { active: true, name: { givenName: 'A', familyName: 'B' } } }] }));
    expect(next).toMatchObject({ active: true, givenName: 'A', familyName: 'B' });
  });

  it('ignores attributes we do not keep (emails by filter, enterprise extension, phone numbers)', () => {
    const next = applyUserPatch(user, ops({ Operations: [
      { op: 'Add', path: 'emails[type eq "work"].value', value: 'x@northwind.test' },
      { op: 'Replace', path: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department', value: 'Sales' },
      { op: 'replace', value: { 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'Sales' }, phoneNumbers: [] } },
    ] }));
    expect(next).toEqual(user);
  });

  it.each([
    [{ op: 'replace', path: 'active', value: 'nope' }, '400 invalidValue'],
    [{ op: 'replace', path: 'userName', value: '' }, '400 invalidValue'],
    [{ op: 'remove', path: 'userName' }, '400 mutability'],
    [{ op: 'remove' }, '400 noTarget'],
    [{ op: 'replace', value: 'active' }, '400 invalidValue'],
    [{ op: 'replace', path: 'emails[type eq work].value', value: 'x' }, '400 invalidPath'],
    [{ op: 'replace', path: 'bad path!', value: 'x' }, '400 invalidPath'],
    [{ op: 'add', path: 'name.givenName' }, '400 invalidValue'],
  ])('refuses %j', (operation, expected) => {
    expect(scimFailure(() => applyUserPatch(user, ops({ Operations: [operation] })))).toBe(expected);
  });

  it('refuses an unknown op in the body schema', () => {
    expect(PatchBody.safeParse({ Operations: [{ op: 'move', path: 'active' }] }).success).toBe(false);
  });
});

describe('applyGroupPatch', () => {
  it('adds members without duplicates (both dialects)', () => {
    expect(applyGroupPatch(group, ops({ Operations: [{ op: 'add', path: 'members', value: [{ value: 'u2' }, { value: 'u3' }] }] })).memberIds).toEqual(['u1', 'u2', 'u3']);
    expect(applyGroupPatch(group, ops({ Operations: [{ op: 'Add', path: 'members', value: [{ value: 'u4', display: 'd' }] }] })).memberIds).toEqual(['u1', 'u2', 'u4']);
  });

  it('removes members by value filter (Okta) and by value list (Azure AD)', () => {
    expect(applyGroupPatch(group, ops({ Operations: [{ op: 'remove', path: 'members[value eq "u1"]' }] })).memberIds).toEqual(['u2']);
    expect(applyGroupPatch(group, ops({ Operations: [{ op: 'Remove', path: 'members', value: [{ value: 'u2' }] }] })).memberIds).toEqual(['u1']);
    expect(applyGroupPatch(group, ops({ Operations: [{ op: 'remove', path: 'members' }] })).memberIds).toEqual([]);
  });

  it('renames: Okta replace without path (with the id), Azure AD replace with path', () => {
    expect(applyGroupPatch(group, ops({ Operations: [{ op: 'replace', value: { id: 'g1', displayName: 'Admins EMEA' } }] })).displayName).toBe('Admins EMEA');
    expect(applyGroupPatch(group, ops({ Operations: [{ op: 'Replace', path: 'displayName', value: 'Ops' }] })).displayName).toBe('Ops');
  });

  it('replaces the member list', () => {
    expect(applyGroupPatch(group, ops({ Operations: [{ op: 'replace', path: 'members', value: [{ value: 'u9' }] }] })).memberIds).toEqual(['u9']);
  });

  it.each([
    [{ op: 'add', path: 'members', value: [{ display: 'no value' }] }, '400 invalidValue'],
    [{ op: 'remove', path: 'displayName' }, '400 mutability'],
    [{ op: 'replace', path: 'displayName', value: '  ' }, '400 invalidValue'],
    [{ op: 'add', path: 'members[value eq "u1"]', value: [{ value: 'u1' }] }, '400 invalidPath'],
    [{ op: 'remove', path: 'members[value eq u1]' }, '400 invalidPath'],
  ])('refuses %j', (operation, expected) => {
    expect(scimFailure(() => applyGroupPatch(group, ops({ Operations: [operation] })))).toBe(expected);
  });
});
