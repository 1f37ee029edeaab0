import { meanAt, ols, slopeInterval } from '../stats/regression.ts';
import { mean, weekdayAdjust } from '../stats/robust.ts';
import { clamp, confidenceFrom, formatMoney, formatP, money, round } from './confidence.ts';
import { isoWeek, weekday } from './dates.ts';
import { campaignSeries, evidenceQuery, latestHealth } from './series.ts';
import type { DailyFacts, EngineCampaign, EngineInput, RecommendationDraft } from './types.ts';

/** Window of the ROAS trend, in days. */
export const TREND_DAYS = 56;
const ALPHA = 0.001;
const HORIZON_DAYS = 30;
/** Share of the daily budget spent above which a campaign is capped by its budget. */
const CAPPED_UTILISATION = 0.9;
/**
 * Elasticity of revenue to spend when spend barely varied (a capped campaign gives no variation to estimate it):
 * a conservative diminishing-returns prior and its plausible range.
 */
const ELASTICITY_PRIOR = { mean: 0.7, low: 0.5, high: 0.9 };

interface RoasTrend {
  days: DailyFacts[];
  fit: ReturnType<typeof ols>;
  start: number;
  now: { mean: number; low: number; high: number };
  utilisation: number;
  relativeChange: number;
}

function roasTrend(campaign: EngineCampaign, days: DailyFacts[]): RoasTrend | null {
  const spending = days.map((d, i) => ({ d, i })).filter(({ d }) => d.spend > 0);
  if (spending.length < 21 || campaign.dailyBudget <= 0) return null;
  // Weekday-adjusted daily ROAS: conversions follow the week, capped spend does not, so raw ROAS carries weekly noise.
  const roas = weekdayAdjust(
    spending.map(({ d }) => d.revenue / d.spend),
    spending.map(({ d }) => weekday(d.date)),
  );
  const fit = ols(
    spending.map(({ i }) => i),
    roas,
  );
  const start = fit.intercept;
  const now = meanAt(fit, days.length - 1);
  const utilisation = mean(days.slice(-7).map((d) => d.spend / campaign.dailyBudget));
  const relativeChange = start > 0 ? now.mean / start - 1 : 0;
  return { days, fit, start, now, utilisation, relativeChange };
}

/** Elasticity of revenue to spend from a log-log fit when spend varied enough; otherwise the prior. */
function elasticity(days: DailyFacts[]): { mean: number; low: number; high: number; estimated: boolean } {
  const pts = days.filter((d) => d.spend > 0 && d.revenue > 0);
  if (pts.length >= 21) {
    const logSpend = pts.map((d) => Math.log(d.spend));
    const m = mean(logSpend);
    const cv = Math.sqrt(mean(logSpend.map((v) => (v - m) ** 2)));
    if (cv > 0.1) {
      const fit = ols(logSpend, pts.map((d) => Math.log(d.revenue)));
      if (fit.pValue < 0.05) {
        const [lo, hi] = slopeInterval(fit);
        return { mean: clamp(fit.slope, 0.3, 1), low: clamp(lo, 0.2, 1), high: clamp(hi, 0.3, 1), estimated: true };
      }
    }
  }
  return { ...ELASTICITY_PRIOR, estimated: false };
}

function trendSeries(t: RoasTrend) {
  return {
    label: 'ROAS',
    format: 'ratio' as const,
    points: t.days.map((d, i) => ({ date: d.date, value: d.spend > 0 ? d.revenue / d.spend : 0, baseline: t.fit.intercept + t.fit.slope * i })),
  };
}

function changePctFor(confidence: number): number {
  if (confidence >= 0.9) return 20;
  if (confidence >= 0.75) return 15;
  return 10;
}

/** Budget increase: ROAS rising significantly while the budget caps the campaign, and the marginal return above 1. */
function increase(input: EngineInput, c: EngineCampaign, t: RoasTrend, health: number): RecommendationDraft | null {
  if (t.fit.slope <= 0 || t.fit.pValue >= ALPHA || t.relativeChange < 0.1 || t.utilisation < CAPPED_UTILISATION) return null;
  const e = elasticity(t.days);
  const marginal = { mean: t.now.mean * e.mean, low: Math.max(0, t.now.low) * e.low, high: t.now.high * e.high };
  if (marginal.low <= 1) return null;
  const confidence = confidenceFrom(t.fit.pValue, t.fit.n, 7, health);
  const changePct = changePctFor(confidence);
  const to = money(c.dailyBudget * (1 + changePct / 100));
  const extraSpend = (to - c.dailyBudget) * HORIZON_DAYS;
  const from = t.days[0]!.date;
  const cur = input.currency;
  return {
    kind: 'budget_increase',
    campaignId: c.id,
    channel: c.channel,
    action: { type: 'set_daily_budget', campaignId: c.id, from: c.dailyBudget, to, changePct },
    confidence,
    impact: { expected: money(extraSpend * marginal.mean), low: money(extraSpend * marginal.low), high: money(extraSpend * marginal.high), metric: 'revenue', currency: cur },
    reasoning:
      `Increase the daily budget of "${c.name}" by ${changePct}% (${formatMoney(c.dailyBudget, cur)} → ${formatMoney(to, cur)}). ` +
      `Its ROAS rose from ${t.start.toFixed(2)} to ${t.now.mean.toFixed(2)} over the last ${TREND_DAYS} days (trend ${formatP(t.fit.pValue)}), ` +
      `and it spent ${Math.round(t.utilisation * 100)}% of its budget over the last 7 days: the budget caps it. ` +
      `Each extra ${formatMoney(1, cur, 2)} spent is expected to return about ${formatMoney(marginal.mean, cur, 2)} in revenue` +
      `${e.estimated ? '' : ' (assuming diminishing returns)'}.`,
    evidence: {
      window: { from, to: input.asOf },
      figures: [
        { label: 'ROAS at start of window', value: round(t.start), format: 'ratio' },
        { label: 'ROAS now (trend)', value: round(t.now.mean), format: 'ratio' },
        { label: 'ROAS trend per day', value: round(t.fit.slope, 4), format: 'ratio' },
        { label: 'Budget utilisation (7 days)', value: round(t.utilisation, 3), format: 'percent' },
        { label: 'Marginal return per unit spent', value: round(marginal.mean), format: 'ratio' },
        { label: 'Daily budget', value: c.dailyBudget, format: 'currency' },
      ],
      test: { name: 'OLS slope t-test of daily ROAS', statistic: round(t.fit.t, 3), pValue: t.fit.pValue, n: t.fit.n, df: t.fit.df },
      series: trendSeries(t),
      query: evidenceQuery(['spend', 'revenue', 'roas'], from, input.asOf, { campaignIds: [c.id] }),
    },
    fingerprint: `budget_increase:${c.id}:${isoWeek(input.asOf)}`,
  };
}

/** Budget decrease: ROAS falling significantly to where the next unit spent returns less than it costs. */
function decrease(input: EngineInput, c: EngineCampaign, t: RoasTrend, health: number): RecommendationDraft | null {
  if (t.fit.slope >= 0 || t.fit.pValue >= ALPHA || t.relativeChange > -0.15 || t.utilisation < 0.7) return null;
  const e = elasticity(t.days);
  const marginal = { mean: t.now.mean * e.mean, low: Math.max(0, t.now.low) * e.low, high: t.now.high * e.high };
  // A campaign below break-even on average is a pause candidate, not a trim; above 1 at the margin, keep spending.
  if (t.now.mean < 1 || marginal.high >= 1) return null;
  const confidence = confidenceFrom(t.fit.pValue, t.fit.n, 7, health);
  const changePct = -changePctFor(confidence);
  const to = money(c.dailyBudget * (1 + changePct / 100));
  const cut = (c.dailyBudget - to) * HORIZON_DAYS;
  const from = t.days[0]!.date;
  const cur = input.currency;
  return {
    kind: 'budget_decrease',
    campaignId: c.id,
    channel: c.channel,
    action: { type: 'set_daily_budget', campaignId: c.id, from: c.dailyBudget, to, changePct },
    confidence,
    impact: { expected: money(cut * (1 - marginal.mean)), low: money(cut * (1 - marginal.high)), high: money(cut * (1 - marginal.low)), metric: 'profit', currency: cur },
    reasoning:
      `Reduce the daily budget of "${c.name}" by ${-changePct}% (${formatMoney(c.dailyBudget, cur)} → ${formatMoney(to, cur)}). ` +
      `Its ROAS fell from ${t.start.toFixed(2)} to ${t.now.mean.toFixed(2)} over the last ${TREND_DAYS} days (trend ${formatP(t.fit.pValue)}); ` +
      `at the margin each unit spent now returns about ${marginal.mean.toFixed(2)}, less than it costs.`,
    evidence: {
      window: { from, to: input.asOf },
      figures: [
        { label: 'ROAS at start of window', value: round(t.start), format: 'ratio' },
        { label: 'ROAS now (trend)', value: round(t.now.mean), format: 'ratio' },
        { label: 'Budget utilisation (7 days)', value: round(t.utilisation, 3), format: 'percent' },
        { label: 'Marginal return per unit spent', value: round(marginal.mean), format: 'ratio' },
      ],
      test: { name: 'OLS slope t-test of daily ROAS', statistic: round(t.fit.t, 3), pValue: t.fit.pValue, n: t.fit.n, df: t.fit.df },
      series: trendSeries(t),
      query: evidenceQuery(['spend', 'revenue', 'roas'], from, input.asOf, { campaignIds: [c.id] }),
    },
    fingerprint: `budget_decrease:${c.id}:${isoWeek(input.asOf)}`,
  };
}

export function detectBudgetChanges(input: EngineInput, skip: ReadonlySet<string>): RecommendationDraft[] {
  const series = campaignSeries(input, TREND_DAYS);
  const health = latestHealth(input);
  const out: RecommendationDraft[] = [];
  for (const c of input.campaigns) {
    if (c.status !== 'active' || skip.has(c.id)) continue;
    const days = series.get(c.id);
    if (!days) continue;
    const t = roasTrend(c, days);
    if (!t) continue;
    const h = health.get(c.channel) ?? 100;
    const rec = increase(input, c, t, h) ?? decrease(input, c, t, h);
    if (rec) out.push(rec);
  }
  return out;
}

