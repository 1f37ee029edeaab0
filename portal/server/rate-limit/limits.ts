import 'server-only';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

/**
 * Rate limits (rate-limiter-flexible): in memory by default (per instance); with RATE_LIMIT_STORE=postgres the
 * counters live in PostgreSQL (RATE_LIMIT_DATABASE_URL, else DATABASE_URL) so that every instance behind a load
 * balancer shares them — with an in-memory limiter as insurance while the database is unreachable.
 */
let pool: pg.Pool | undefined;
const limiters = new Map<string, RateLimiterAbstract | null>();

function createLimiter(keyPrefix: string, points: number, duration: number): RateLimiterAbstract | null {
  if (points <= 0) return null;
  const memory = new RateLimiterMemory({ keyPrefix, points, duration });
  const settings = env();
  if (settings.RATE_LIMIT_STORE !== 'postgres') return memory;
  const url = settings.RATE_LIMIT_DATABASE_URL ?? settings.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) throw new Error('RATE_LIMIT_STORE=postgres needs RATE_LIMIT_DATABASE_URL or a postgres DATABASE_URL');
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 4 });
    // A dropped idle connection must not crash the process; the next query opens a new one.
    pool.on('error', (error) => console.warn('rate-limit store: idle connection lost', error.message));
  }
  return new RateLimiterPostgres({ storeClient: pool, tableName: 'stratum_rate_limits', keyPrefix, points, duration, insuranceLimiter: memory });
}

function limiter(name: 'embed' | 'api'): RateLimiterAbstract | null {
  if (!limiters.has(name)) {
    const settings = env();
    limiters.set(
      name,
      name === 'embed' ? createLimiter('embed', settings.EMBED_RATE_LIMIT_PER_SECOND, 1) : createLimiter('api', settings.API_RATE_LIMIT_PER_MINUTE, 60),
    );
  }
  return limiters.get(name) ?? null;
}

/** Throws 429 RATE_LIMITED (with Retry-After) when the key has used up its budget. */
export async function consume(rateLimiter: RateLimiterAbstract | null, key: string, requests = 1): Promise<void> {
  if (!rateLimiter) return;
  try {
    await rateLimiter.consume(key, requests);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError('RATE_LIMITED', 'Too many requests; retry later.', { headers: { 'Retry-After': String(retryAfter) } });
    }
    throw error;
  }
}

/** Rate limit per embed app + tenant (EMBED_RATE_LIMIT_PER_SECOND); `requests` > 1 for reads answered together. */
export function consumeEmbedRequest(key: string, requests = 1): Promise<void> {
  return consume(limiter('embed'), key, requests);
}

/** Rate limit per REST API key (API_RATE_LIMIT_PER_MINUTE). */
export function consumeApiRequest(keyId: string): Promise<void> {
  return consume(limiter('api'), keyId);
}

/** Closes the PostgreSQL store's connections (tests, graceful shutdown). */
export async function closeRateLimitStore(): Promise<void> {
  limiters.clear();
  const open = pool;
  pool = undefined;
  await open?.end();
}
