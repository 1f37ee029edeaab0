import 'server-only';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '@/lib/errors';

/** Abuse controls on reviews and reports: a few writes per user per window, per process (memory store). */
function makeLimiters() {
  return {
    review: new RateLimiterMemory({ keyPrefix: 'mkt-review', points: 5, duration: 60 }),
    report: new RateLimiterMemory({ keyPrefix: 'mkt-report', points: 10, duration: 3600 }),
  };
}
let limiters = makeLimiters();

export async function consumeReviewQuota(kind: keyof typeof limiters, userId: string): Promise<void> {
  try {
    await limiters[kind].consume(userId);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError('RATE_LIMITED', `Too many ${kind}s; try again in ${seconds} s.`, { headers: { 'Retry-After': String(seconds) } });
    }
    throw error;
  }
}

/** Test helper: forget everyone's usage. */
export function resetReviewQuotas(): void {
  limiters = makeLimiters();
}
