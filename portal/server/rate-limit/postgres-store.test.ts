import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';

const server = process.env.TEST_POSTGRES_URL ?? 'postgresql://stratum:stratum@localhost:5432/postgres';
const name = `embed_rl_${randomBytes(3).toString('hex')}`;
let available = false;

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: server });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    available = true;
  } catch {
    available = false;
  } finally {
    await admin.end().catch(() => undefined);
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  process.env.RATE_LIMIT_STORE = 'postgres';
  process.env.RATE_LIMIT_DATABASE_URL = url.toString();
  process.env.API_RATE_LIMIT_PER_MINUTE = '2';
});

afterAll(async () => {
  if (!available) return;
  await (await import('./limits')).closeRateLimitStore();
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

describe('rate limits in PostgreSQL (RATE_LIMIT_STORE=postgres)', () => {
  it('share one counter per API key in the database', async (context) => {
    if (!available) context.skip();
    const { consumeApiRequest } = await import('./limits');
    const client = new pg.Client({ connectionString: process.env.RATE_LIMIT_DATABASE_URL });
    await client.connect();
    try {
      await consumeApiRequest('warm-up'); // creates the limiter and, in the background, its table
      for (let i = 0; i < 50; i++) {
        const { rows } = await client.query("SELECT to_regclass('stratum_rate_limits') AS t");
        if (rows[0]?.t) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await consumeApiRequest('key-1');
      await consumeApiRequest('key-1');
      await expect(consumeApiRequest('key-1')).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'RATE_LIMITED' && Number(e.headers?.['Retry-After']) > 0);
      const { rows } = await client.query("SELECT points FROM stratum_rate_limits WHERE key = 'api:key-1'");
      expect(rows[0]?.points).toBeGreaterThanOrEqual(3);
    } finally {
      await client.end();
    }
  });
});
