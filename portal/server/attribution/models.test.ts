import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_MODEL_IDS, creditByChannel, touchWeights, type Journey } from './models.ts';

const day = (d: number) => new Date(Date.UTC(2026, 0, d));

/** meta (day 1) → google (day 8) → email (day 15), converting on day 15 for 100. */
const threeTouch: Journey = {
  touchpoints: [
    { channel: 'meta', at: day(1) },
    { channel: 'google', at: day(8) },
    { channel: 'email', at: day(15) },
  ],
  convertedAt: day(15),
  revenue: 100,
};
/** tiktok (day 10) → meta (day 12) → meta (day 13) → google (day 14), converting day 14 for 60. */
const fourTouch: Journey = {
  touchpoints: [
    { channel: 'tiktok', at: day(10) },
    { channel: 'meta', at: day(12) },
    { channel: 'meta', at: day(13) },
    { channel: 'google', at: day(14) },
  ],
  convertedAt: day(14),
  revenue: 60,
};
const single: Journey = { touchpoints: [{ channel: 'email', at: day(3) }], convertedAt: day(5), revenue: 20 };

describe('attribution models, checked against hand-computed paths', () => {
  it('last touch and first touch give the whole conversion to one end', () => {
    expect(touchWeights('last_touch', threeTouch)).toEqual([0, 0, 1]);
    expect(touchWeights('first_touch', threeTouch)).toEqual([1, 0, 0]);
  });

  it('linear splits evenly', () => {
    expect(touchWeights('linear', fourTouch)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('time decay halves the weight every half-life (7 days by default)', () => {
    // Ages 14, 7, 0 days → raw 1/4, 1/2, 1 → normalised by 1.75: 1/7, 2/7, 4/7.
    const weights = touchWeights('time_decay', threeTouch);
    [1 / 7, 2 / 7, 4 / 7].forEach((w, i) => expect(weights[i]).toBeCloseTo(w, 12));
    // With a 14-day half-life: raw 1/2, 1/√2, 1 → sum 2.2071…
    const slow = touchWeights('time_decay', threeTouch, { halfLifeDays: 14, positionEnds: 0.4 });
    const sum = 0.5 + Math.SQRT1_2 + 1;
    [0.5 / sum, Math.SQRT1_2 / sum, 1 / sum].forEach((w, i) => expect(slow[i]).toBeCloseTo(w, 12));
  });

  it('position based gives 40 % to each end and splits 20 % across the middle', () => {
    expect(touchWeights('position_based', threeTouch)).toEqual([0.4, expect.closeTo(0.2, 12), 0.4]);
    expect(touchWeights('position_based', fourTouch).map((w) => Number(w.toFixed(12)))).toEqual([0.4, 0.1, 0.1, 0.4]);
    expect(touchWeights('position_based', { ...threeTouch, touchpoints: threeTouch.touchpoints.slice(0, 2) })).toEqual([0.5, 0.5]);
    expect(touchWeights('position_based', single)).toEqual([1]);
  });

  it('every model conserves conversions and revenue', () => {
    const journeys = [threeTouch, fourTouch, single];
    for (const model of ATTRIBUTION_MODEL_IDS) {
      const credits = creditByChannel(model, journeys);
      expect(credits.reduce((s, c) => s + c.conversions, 0)).toBeCloseTo(3, 12);
      expect(credits.reduce((s, c) => s + c.revenue, 0)).toBeCloseTo(180, 9);
    }
  });

  it('credits channels over several journeys as computed by hand', () => {
    const journeys = [threeTouch, fourTouch, single];
    const byChannel = (model: (typeof ATTRIBUTION_MODEL_IDS)[number]) =>
      Object.fromEntries(creditByChannel(model, journeys).map((c) => [c.channel, [Number(c.conversions.toFixed(6)), Number(c.revenue.toFixed(6))]]));
    expect(byChannel('last_touch')).toEqual({ email: [2, 120], google: [1, 60], meta: [0, 0], tiktok: [0, 0] });
    expect(byChannel('first_touch')).toEqual({ meta: [1, 100], tiktok: [1, 60], email: [1, 20], google: [0, 0] });
    // linear: meta 1/3 + 2/4, google 1/3 + 1/4, email 1/3 + 1, tiktok 1/4.
    expect(byChannel('linear')).toEqual({
      email: [1.333333, 53.333333],
      meta: [0.833333, 63.333333],
      google: [0.583333, 48.333333],
      tiktok: [0.25, 15],
    });
    // position based: meta 0.4 + 0.2, google 0.2 + 0.4, email 0.4 + 1, tiktok 0.4.
    expect(byChannel('position_based')).toEqual({
      email: [1.4, 60],
      google: [0.6, 44],
      meta: [0.6, 52],
      tiktok: [0.4, 24],
    });
    // time decay, fourTouch ages 4, 2, 1, 0 days: raw 2^(-4/7), 2^(-2/7), 2^(-1/7), 1.
    const raw = [2 ** (-4 / 7), 2 ** (-2 / 7), 2 ** (-1 / 7), 1];
    const sum = raw.reduce((a, b) => a + b, 0);
    const decay = byChannel('time_decay');
    expect(decay.meta![0]).toBeCloseTo(1 / 7 + (raw[1]! + raw[2]!) / sum, 5);
    expect(decay.google![0]).toBeCloseTo(2 / 7 + raw[3]! / sum, 5);
    expect(decay.tiktok![0]).toBeCloseTo(raw[0]! / sum, 5);
    expect(decay.email![0]).toBeCloseTo(4 / 7 + 1, 5);
  });
});
