/**
 * Multi-touch attribution models over converting journeys: pure functions, no I/O.
 * Each model splits one conversion (weight 1) across the journey's touchpoints; the weights sum to 1.
 */
export const ATTRIBUTION_MODEL_IDS = ['last_touch', 'first_touch', 'linear', 'time_decay', 'position_based'] as const;
export type AttributionModelId = (typeof ATTRIBUTION_MODEL_IDS)[number];

export interface Touchpoint {
  channel: string;
  campaignId?: string | undefined;
  /** When the touch happened. */
  at: Date;
}

export interface Journey {
  touchpoints: Touchpoint[];
  convertedAt: Date;
  revenue: number;
}

export interface ModelOptions {
  /** Time-decay half-life: a touch this long before the conversion counts half as much as one at the conversion. */
  halfLifeDays: number;
  /** Position-based: share of the first and of the last touch (the middle ones split the rest). */
  positionEnds: number;
}

export const DEFAULT_MODEL_OPTIONS: ModelOptions = { halfLifeDays: 7, positionEnds: 0.4 };

const DAY_MS = 86_400_000;

/** The weight of each touchpoint of a journey under a model, in touchpoint order; empty journeys get no weights. */
export function touchWeights(model: AttributionModelId, journey: Journey, options: ModelOptions = DEFAULT_MODEL_OPTIONS): number[] {
  const n = journey.touchpoints.length;
  if (n === 0) return [];
  const only = (index: number) => journey.touchpoints.map((_, i) => (i === index ? 1 : 0));
  switch (model) {
    case 'last_touch':
      return only(n - 1);
    case 'first_touch':
      return only(0);
    case 'linear':
      return journey.touchpoints.map(() => 1 / n);
    case 'time_decay': {
      const raw = journey.touchpoints.map((t) => {
        const ageDays = Math.max(0, journey.convertedAt.getTime() - t.at.getTime()) / DAY_MS;
        return 2 ** (-ageDays / options.halfLifeDays);
      });
      const total = raw.reduce((a, b) => a + b, 0);
      return raw.map((w) => w / total);
    }
    case 'position_based': {
      if (n === 1) return [1];
      if (n === 2) return [0.5, 0.5];
      const middle = (1 - 2 * options.positionEnds) / (n - 2);
      return journey.touchpoints.map((_, i) => (i === 0 || i === n - 1 ? options.positionEnds : middle));
    }
  }
}

export interface ChannelCredit {
  channel: string;
  /** Fractional conversions credited to the channel. */
  conversions: number;
  /** Revenue credited to the channel. */
  revenue: number;
}

/** Credit per channel under one model, summed over journeys; channels sorted by credited conversions. */
export function creditByChannel(model: AttributionModelId, journeys: readonly Journey[], options: ModelOptions = DEFAULT_MODEL_OPTIONS): ChannelCredit[] {
  const totals = new Map<string, ChannelCredit>();
  for (const journey of journeys) {
    const weights = touchWeights(model, journey, options);
    journey.touchpoints.forEach((touch, i) => {
      const weight = weights[i] ?? 0;
      const entry = totals.get(touch.channel) ?? { channel: touch.channel, conversions: 0, revenue: 0 };
      entry.conversions += weight;
      entry.revenue += weight * journey.revenue;
      totals.set(touch.channel, entry);
    });
  }
  return [...totals.values()].sort((a, b) => b.conversions - a.conversions || a.channel.localeCompare(b.channel));
}
