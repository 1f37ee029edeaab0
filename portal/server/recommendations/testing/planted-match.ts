import type { PlantedEffect } from '../../../../prisma/demo-manifest.ts';
import type { RecommendationDraft } from '../engine/types.ts';

/** Whether a recommendation is the engine's finding of a planted effect. */
export function matchesEffect(rec: Pick<RecommendationDraft, 'kind' | 'campaignId' | 'channel' | 'action'>, effect: PlantedEffect): boolean {
  switch (effect.kind) {
    case 'budget_capped_rising_roas':
      return rec.kind === 'budget_increase' && rec.campaignId === effect.campaignId;
    case 'losing_variant':
      return rec.kind === 'ab_test_winner' && rec.campaignId === effect.campaignId && rec.action.type === 'shift_traffic' && rec.action.winnerVariantId === effect.winnerVariantId;
    case 'conversion_drop':
      return (
        rec.kind === 'anomaly' &&
        rec.action.type === 'investigate_anomaly' &&
        rec.action.metric === 'conversions' &&
        rec.action.direction === 'drop' &&
        rec.action.date === effect.date &&
        rec.channel === effect.channel &&
        (effect.campaignId === undefined || rec.campaignId === effect.campaignId || rec.campaignId === null)
      );
    case 'signal_degradation':
      return rec.kind === 'signal_health_alert' && rec.channel === effect.channel;
    case 'bleeding_campaign':
      return rec.kind === 'pause_campaign' && rec.campaignId === effect.campaignId;
  }
}

export interface Score {
  planted: number;
  found: number;
  recommendations: number;
  truePositives: number;
  recall: number;
  precision: number;
  missed: PlantedEffect[];
  falsePositives: Pick<RecommendationDraft, 'kind' | 'campaignId' | 'channel' | 'reasoning'>[];
}

/** Recall over the planted effects; precision over the recommendations (one matching an effect is a true positive). */
export function score(recs: readonly RecommendationDraft[], effects: readonly PlantedEffect[]): Score {
  const missed = effects.filter((e) => !recs.some((r) => matchesEffect(r, e)));
  const fps = recs.filter((r) => !effects.some((e) => matchesEffect(r, e)));
  const tp = recs.length - fps.length;
  return {
    planted: effects.length,
    found: effects.length - missed.length,
    recommendations: recs.length,
    truePositives: tp,
    recall: effects.length ? (effects.length - missed.length) / effects.length : 1,
    precision: recs.length ? tp / recs.length : 1,
    missed,
    falsePositives: fps.map(({ kind, campaignId, channel, reasoning }) => ({ kind, campaignId, channel, reasoning })),
  };
}
