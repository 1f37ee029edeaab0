import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_URL, databaseKind, resolveDatabaseUrl } from './connect.ts';

describe('database URL', () => {
  it('picks the schema from the scheme', () => {
    expect(databaseKind('file:/tmp/a.db')).toBe('sqlite');
    expect(databaseKind('postgres://u:p@localhost/db')).toBe('postgres');
    expect(databaseKind('postgresql://u:p@localhost/db')).toBe('postgres');
  });

  it('refuses other schemes with a message naming the scheme', () => {
    expect(() => databaseKind('mysql://localhost/db')).toThrow(/got "mysql:"/);
  });

  it('resolves relative SQLite paths from the project root, not the working directory of a child', () => {
    expect(resolveDatabaseUrl('file:./.stratum/x.db', '/srv/app')).toBe('file:/srv/app/.stratum/x.db');
    expect(resolveDatabaseUrl('file:/abs/x.db?mode=rw', '/srv/app')).toBe('file:/abs/x.db');
    expect(resolveDatabaseUrl('postgresql://h/db', '/srv/app')).toBe('postgresql://h/db');
    expect(resolveDatabaseUrl(DEFAULT_DATABASE_URL, '/srv/app')).toBe(`file:${path.resolve('/srv/app', '.stratum/stratum.db')}`);
  });
});
