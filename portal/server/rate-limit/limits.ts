import 'server-only';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

let embedLimiter: RateLimiterMemory | null | undefined;

function embedRateLimiter(): RateLimiterMemory | null {
  if (embedLimiter === undefined) {
    const points = env().EMBED_RATE_LIMIT_PER_SECOND;
    embedLimiter = points > 0 ? new RateLimiterMemory({ keyPrefix: 'embed', points, duration: 1 }) : null;
  }
  return embedLimiter;
}

/** Throws 429 RATE_LIMITED (with Retry-After) when the key has used up its budget. */
export async function consume(limiter: RateLimiterMemory | null, key: string): Promise<void> {
  if (!limiter) return;
  try {
    await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError('RATE_LIMITED', 'Too many requests; retry later.', { headers: { 'Retry-After': String(retryAfter) } });
    }
    throw error;
  }
}

/** Rate limit per embed app + tenant. */
export function consumeEmbedRequest(key: string): Promise<void> {
  return consume(embedRateLimiter(), key);
}

let apiLimiter: RateLimiterMemory | null | undefined;

/** Rate limit per REST API key (API_RATE_LIMIT_PER_MINUTE). */
export function consumeApiRequest(keyId: string): Promise<void> {
  if (apiLimiter === undefined) {
    const points = env().API_RATE_LIMIT_PER_MINUTE;
    apiLimiter = points > 0 ? new RateLimiterMemory({ keyPrefix: 'api', points, duration: 60 }) : null;
  }
  return consume(apiLimiter, keyId);
}
