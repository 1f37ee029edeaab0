import { detectAbWinners } from './detect-ab.ts';
import { detectAnomalies } from './detect-anomaly.ts';
import { detectBleeding } from './detect-bleeding.ts';
import { detectBudgetChanges } from './detect-budget.ts';
import { detectSignalDegradation } from './detect-signal.ts';
import type { EngineInput, RecommendationDraft } from './types.ts';

/**
 * Runs every detector over a tenant's recent data. A campaign recommended for a pause is not also offered a budget
 * change. Sorted by expected impact, largest first.
 */
export function runEngine(input: EngineInput): RecommendationDraft[] {
  const pauses = detectBleeding(input);
  const paused = new Set(pauses.map((p) => p.campaignId!));
  const all = [...pauses, ...detectBudgetChanges(input, paused), ...detectAbWinners(input), ...detectAnomalies(input), ...detectSignalDegradation(input)];
  return all.sort((a, b) => b.impact.expected - a.impact.expected);
}

export type { EngineInput, RecommendationDraft } from './types.ts';
