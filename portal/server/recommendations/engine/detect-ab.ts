import { twoProportionZTest } from '../stats/proportions.ts';
import { confidenceFrom, formatP, formatMoney, money, round } from './confidence.ts';
import { addDays, isoWeek } from './dates.ts';
import { denseSeries, evidenceQuery, latestHealth, totals } from './series.ts';
import type { EngineInput, RecommendationDraft, VariantDay } from './types.ts';

const WINDOW_DAYS = 28;
const ALPHA = 0.001;
const HORIZON_DAYS = 30;
/** Minimum sample per arm before a winner may be called. */
export const MIN_CLICKS = 1000;
export const MIN_CONVERSIONS = 50;
/** Traffic share the winner receives; the rest stays on the other arms as a holdout. */
const WINNER_SHARE = 0.9;

/**
 * A/B test winner: the variant whose conversion rate (conversions / clicks) beats every other arm of the campaign
 * in a two-proportion z-test at α = 0.001, each arm past the minimum sample. Action: shift traffic to it.
 */
export function detectAbWinners(input: EngineInput): RecommendationDraft[] {
  const from = addDays(input.asOf, -(WINDOW_DAYS - 1));
  const perVariant = denseSeries<VariantDay>(input.variantDays, (r) => r.variantId, from, input.asOf);
  const health = latestHealth(input);
  const out: RecommendationDraft[] = [];
  for (const c of input.campaigns) {
    if (c.status !== 'active') continue;
    const arms = input.variants
      .filter((v) => v.campaignId === c.id)
      .map((v) => ({ v, t: totals(perVariant.get(v.id) ?? []) }))
      .filter((a) => a.t.clicks > 0);
    if (arms.length < 2) continue;
    if (arms.some((a) => a.t.clicks < MIN_CLICKS || a.t.conversions < MIN_CONVERSIONS)) continue;
    const rate = (a: (typeof arms)[number]) => a.t.conversions / a.t.clicks;
    const sorted = [...arms].sort((a, b) => rate(b) - rate(a));
    const winner = sorted[0]!;
    const tests = sorted.slice(1).map((loser) => ({ loser, test: twoProportionZTest(loser.t.conversions, loser.t.clicks, winner.t.conversions, winner.t.clicks) }));
    // Bonferroni across the comparisons with the winner.
    const worst = tests.reduce((w, x) => (x.test.pValue > w.test.pValue ? x : w));
    const pAdjusted = Math.min(1, worst.test.pValue * tests.length);
    if (pAdjusted >= ALPHA) continue;
    const loser = worst.loser;
    const allocations = arms.map((a) => ({
      variantId: a.v.id,
      from: a.v.trafficShare,
      to: round(a.v.id === winner.v.id ? WINNER_SHARE : (1 - WINNER_SHARE) / (arms.length - 1), 4),
    }));
    // Impact: clicks moved to the winner over the horizon × the conversion-rate lift × revenue per conversion.
    const all = totals(arms.flatMap((a) => perVariant.get(a.v.id) ?? []));
    const clicksPerDay = all.clicks / WINDOW_DAYS;
    const moved = allocations.reduce((s, a) => (a.variantId === winner.v.id ? s : s + Math.max(0, a.from - a.to)), 0);
    const revenuePerConversion = all.conversions > 0 ? all.revenue / all.conversions : 0;
    const scale = clicksPerDay * moved * HORIZON_DAYS * revenuePerConversion;
    const { test } = worst;
    const cur = input.currency;
    out.push({
      kind: 'ab_test_winner',
      campaignId: c.id,
      channel: c.channel,
      action: { type: 'shift_traffic', campaignId: c.id, winnerVariantId: winner.v.id, allocations },
      confidence: confidenceFrom(pAdjusted, Math.min(winner.t.conversions, loser.t.conversions), 100, health.get(c.channel) ?? 100),
      impact: { expected: money(scale * test.diff), low: money(scale * Math.max(0, test.diffLow)), high: money(scale * test.diffHigh), metric: 'revenue', currency: cur },
      reasoning:
        `In "${c.name}", variant "${winner.v.name}" converts ${pct(test.pB)} of clicks against ${pct(test.pA)} for "${loser.v.name}" ` +
        `(${winner.t.clicks.toLocaleString('en')} and ${loser.t.clicks.toLocaleString('en')} clicks over ${WINDOW_DAYS} days, two-proportion z-test ${formatP(pAdjusted)}). ` +
        `Shift ${Math.round(WINNER_SHARE * 100)}% of the traffic to "${winner.v.name}": about ${formatMoney(scale * test.diff, cur)} more revenue over ${HORIZON_DAYS} days.`,
      evidence: {
        window: { from, to: input.asOf },
        figures: [
          ...arms.map((a) => ({ label: `Conversion rate, ${a.v.name}`, value: round(rate(a), 4), format: 'percent' as const })),
          ...arms.map((a) => ({ label: `Clicks, ${a.v.name}`, value: a.t.clicks, format: 'number' as const })),
          { label: 'Lift (percentage points)', value: round(test.diff * 100, 2), format: 'number' },
        ],
        test: { name: 'Two-proportion z-test of conversion rate (Bonferroni)', statistic: round(test.z, 3), pValue: pAdjusted, n: winner.t.clicks + loser.t.clicks },
        series: {
          label: `Daily conversion rate, ${winner.v.name} (baseline: ${loser.v.name})`,
          format: 'percent',
          points: (perVariant.get(winner.v.id) ?? []).map((d, i) => {
            const l = perVariant.get(loser.v.id)?.[i];
            return { date: d.date, value: d.clicks ? round(d.conversions / d.clicks, 4) : 0, baseline: l && l.clicks ? round(l.conversions / l.clicks, 4) : 0 };
          }),
        },
        query: evidenceQuery(['clicks', 'conversions', 'conversion_rate'], from, input.asOf, { campaignIds: [c.id] }, ['variant']),
      },
      fingerprint: `ab_test_winner:${c.id}:${isoWeek(input.asOf)}`,
    });
  }
  return out;
}

function pct(v: number): string {
  return `${(v * 100).toFixed(2)}%`;
}
