/**
 * The signal-health score (0–100) of a tenant's channel on a day, from three tracking-quality inputs.
 * Shared by the seed and the portal, so stored and recomputed scores agree.
 *
 *   score = 100 × (0.45 × emq/10 + 0.35 × coverage + 0.20 × freshness)
 *
 * - emq: event match quality 0–10 (clamped);
 * - coverage: share of expected events received, 0–1 (clamped);
 * - freshness: 1 when the last event is at most 60 minutes old, 0 at 24 hours or more, log-linear in between.
 * The result is rounded to an integer and always within 0–100.
 */
export interface SignalInputs {
  emqScore: number;
  eventCoverage: number;
  freshnessMinutes: number;
}

export const HEALTH_WEIGHTS = { emq: 0.45, coverage: 0.35, freshness: 0.2 } as const;
const FRESH_MINUTES = 60;
const STALE_MINUTES = 24 * 60;

const clamp = (value: number, min: number, max: number) => (Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min);

/** 1 for fresh data (≤ 1 h), 0 for stale (≥ 24 h). */
export function freshnessFactor(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes >= STALE_MINUTES) return 0;
  if (minutes <= FRESH_MINUTES) return 1;
  return 1 - Math.log(minutes / FRESH_MINUTES) / Math.log(STALE_MINUTES / FRESH_MINUTES);
}

export function computeHealthScore({ emqScore, eventCoverage, freshnessMinutes }: SignalInputs): number {
  const score =
    100 *
    (HEALTH_WEIGHTS.emq * (clamp(emqScore, 0, 10) / 10) +
      HEALTH_WEIGHTS.coverage * clamp(eventCoverage, 0, 1) +
      HEALTH_WEIGHTS.freshness * freshnessFactor(freshnessMinutes));
  return Math.round(clamp(score, 0, 100));
}
