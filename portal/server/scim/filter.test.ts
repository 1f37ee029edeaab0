import { describe, expect, it } from 'vitest';
import { scimFailure } from './testing';
import { matchesFilter, parseFilter } from './filter';

const alice = {
  id: 'u1',
  externalId: '00uAbC',
  userName: 'Alice@Northwind.test',
  active: true,
  name: { givenName: 'Alice', familyName: 'Ng' },
  emails: [{ value: 'alice@northwind.test', type: 'work', primary: true }, { value: 'a@home.test', type: 'home' }],
};
const matches = (filter: string, resource: unknown = alice) => matchesFilter(parseFilter(filter), resource);


describe('parseFilter', () => {
  it('parses the filters Okta and Azure AD send', () => {
    expect(parseFilter('userName eq "alice@northwind.test"')).toEqual({ op: 'eq', attr: 'userName', value: 'alice@northwind.test' });
    expect(parseFilter('externalId eq "00uAbC"')).toEqual({ op: 'eq', attr: 'externalId', value: '00uAbC' });
    expect(parseFilter('displayName eq "Admins"')).toEqual({ op: 'eq', attr: 'displayName', value: 'Admins' });
  });

  it('keeps precedence: and binds tighter than or; parentheses and not', () => {
    expect(parseFilter('a eq "1" or b eq "2" and c eq "3"')).toEqual({
      op: 'or', left: { op: 'eq', attr: 'a', value: '1' },
      right: { op: 'and', left: { op: 'eq', attr: 'b', value: '2' }, right: { op: 'eq', attr: 'c', value: '3' } },
    });
    expect(parseFilter('not (active eq false)')).toEqual({ op: 'not', filter: { op: 'eq', attr: 'active', value: false } });
  });

  it('strips schema URN prefixes and reads operators in any case', () => {
    expect(parseFilter('urn:ietf:params:scim:schemas:core:2.0:User:userName EQ "x"')).toEqual({ op: 'eq', attr: 'userName', value: 'x' });
  });

  it('reads escaped quotes inside strings', () => {
    expect(parseFilter('displayName eq "Sales \\"EMEA\\""')).toEqual({ op: 'eq', attr: 'displayName', value: 'Sales "EMEA"' });
  });

  it.each([
    ['', 'empty'],
    ['userName', 'no operator'],
    ['userName eq', 'no value'],
    ['userName eq alice', 'unquoted string'],
    ['userName like "a"', 'unknown operator'],
    ['userName eq "a', 'unterminated string'],
    ['(userName eq "a"', 'missing parenthesis'],
    ['emails[type eq "work"', 'missing bracket'],
    ['userName eq "a" extra', 'trailing token'],
    ['"userName" eq "a"', 'quoted attribute'],
  ])('refuses %j (%s) with 400 invalidFilter', (filter) => {
    expect(scimFailure(() => parseFilter(filter))).toBe('400 invalidFilter');
  });
});

describe('matchesFilter', () => {
  it('userName compares without case, externalId with case', () => {
    expect(matches('userName eq "alice@northwind.test"')).toBe(true);
    expect(matches('externalId eq "00uAbC"')).toBe(true);
    expect(matches('externalId eq "00uabc"')).toBe(false);
    expect(matches('userName eq "bob@northwind.test"')).toBe(false);
  });

  it('handles sub-attributes, multi-valued attributes and value paths', () => {
    expect(matches('name.familyName sw "n"')).toBe(true);
    expect(matches('emails eq "a@home.test"')).toBe(true);
    expect(matches('emails.value co "northwind"')).toBe(true);
    expect(matches('emails[type eq "work" and value ew "northwind.test"]')).toBe(true);
    expect(matches('emails[type eq "other"]')).toBe(false);
  });

  it('handles pr, booleans, ne, not, and/or', () => {
    expect(matches('externalId pr')).toBe(true);
    expect(matches('title pr')).toBe(false);
    expect(matches('active eq true')).toBe(true);
    expect(matches('active ne true')).toBe(false);
    expect(matches('not (active eq true)')).toBe(false);
    expect(matches('userName eq "nobody" or externalId eq "00uAbC"')).toBe(true);
    expect(matches('userName eq "nobody" and externalId eq "00uAbC"')).toBe(false);
  });

  it('a missing attribute never equals a value', () => {
    expect(matches('nickName eq "al"')).toBe(false);
    expect(matches('nickName eq null')).toBe(true);
  });
});
