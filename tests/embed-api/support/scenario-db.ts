import { afterAll, beforeAll } from 'vitest';
import { buildScenario, type Scenario } from './scenario';
import { createTestDb, type TestDb } from './test-db';

/**
 * A vitest file's database: a fresh migrated test database with the two-partner scenario built before the file's
 * tests (DATABASE_URL pointed at it, for route handlers that open their own client) and dropped after them.
 */
export function useScenarioDb(origins: string[], ready: (t: TestDb, s: Scenario) => void): void {
  let t: TestDb | undefined;
  beforeAll(async () => {
    t = await createTestDb();
    process.env.DATABASE_URL = t.url;
    ready(t, await buildScenario(t.db, origins));
  });
  afterAll(async () => {
    await t?.drop();
  });
}
