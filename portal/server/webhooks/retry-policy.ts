/** When a failed delivery is tried again: exponential backoff with jitter, for a fixed window, then dead. */
export interface RetryPolicy {
  /** Delay before the 2nd attempt; each later delay doubles. */
  baseDelayMs: number;
  /** No delay grows beyond this. */
  maxDelayMs: number;
  /** Retries stop once the nominal schedule has covered this window (24 h). */
  retryWindowMs: number;
  /** ± share of each delay drawn at random, so that a recovering receiver is not hit by a thundering herd. */
  jitter: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 30_000,
  maxDelayMs: 4 * 60 * 60_000,
  retryWindowMs: 24 * 60 * 60_000,
  jitter: 0.2,
};

/** The nominal delay after the n-th failed attempt (n ≥ 1), before jitter. */
export function nominalDelayMs(failedAttempts: number, policy: RetryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failedAttempts - 1));
}

/** How many attempts fit in the retry window: the first try plus retries until the nominal delays sum past it. */
export function maxAttempts(policy: RetryPolicy): number {
  let elapsed = 0;
  let attempts = 1;
  while (elapsed < policy.retryWindowMs) {
    elapsed += nominalDelayMs(attempts, policy);
    attempts += 1;
  }
  return attempts;
}

/** The delay after the n-th failed attempt with jitter, or null when the delivery is out of attempts (dead). */
export function retryDelayMs(failedAttempts: number, policy: RetryPolicy, random: () => number = Math.random): number | null {
  if (failedAttempts >= maxAttempts(policy)) return null;
  const nominal = nominalDelayMs(failedAttempts, policy);
  const spread = nominal * policy.jitter;
  return Math.max(0, Math.round(nominal - spread + random() * 2 * spread));
}
