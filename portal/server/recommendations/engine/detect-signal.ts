import type { Channel } from '@stratum/contract';
import { meanAt, ols, slopeInterval } from '../stats/regression.ts';

import { confidenceFrom, formatMoney, formatP, money, round } from './confidence.ts';
import { addDays, isoWeek } from './dates.ts';
import { campaignSeries, evidenceQuery } from './series.ts';
import type { EngineInput, RecommendationDraft, SignalDay } from './types.ts';

const WINDOW_DAYS = 28;
const ALPHA = 0.001;
/** Forecast horizon: alert when the health is expected to cross the threshold within it. */
export const HORIZON_DAYS = 30;
/** A decline smaller than this (points over the window) is not worth an alert. */
const MIN_DECLINE_POINTS = 5;

/**
 * Predictive signal-health alert: the channel's health score trends down (OLS slope, α = 0.001) toward the tenant's
 * trust-gate threshold; forecasts the day it crosses (from the slope and its interval). Once crossed, the channel's
 * recommendations become advisory only — the revenue of that channel is what is at risk.
 */
export function detectSignalDegradation(input: EngineInput): RecommendationDraft[] {
  const from = addDays(input.asOf, -(WINDOW_DAYS - 1));
  const byChannel = new Map<Channel, SignalDay[]>();
  for (const s of input.signal) {
    if (s.date < from || s.date > input.asOf) continue;
    const list = byChannel.get(s.channel) ?? [];
    list.push(s);
    byChannel.set(s.channel, list);
  }
  const revenue = campaignSeries(input, 14);
  const out: RecommendationDraft[] = [];
  for (const [channel, rows] of byChannel) {
    if (rows.length < 14) continue;
    rows.sort((a, b) => a.date.localeCompare(b.date));
    const x = rows.map((r) => WINDOW_DAYS - 1 - Math.round((Date.parse(input.asOf) - Date.parse(r.date)) / 86_400_000));
    const fit = ols(x, rows.map((r) => r.healthScore));
    if (fit.slope >= 0 || fit.pValue >= ALPHA) continue;
    const now = meanAt(fit, WINDOW_DAYS - 1);
    const decline = fit.intercept - now.mean;
    if (decline < MIN_DECLINE_POINTS) continue;
    const threshold = input.trustGateThreshold;
    const [steepest, shallowest] = slopeInterval(fit);
    const daysTo = (slope: number) => (now.mean <= threshold ? 0 : slope < 0 ? (now.mean - threshold) / -slope : Infinity);
    const expectedDays = daysTo(fit.slope);
    if (expectedDays > HORIZON_DAYS) continue;
    const soonest = daysTo(steepest);
    const latest = daysTo(Math.min(shallowest, -1e-9));
    const dailyRevenue =
      input.campaigns.filter((c) => c.channel === channel).reduce((s, c) => s + (revenue.get(c.id)?.reduce((a, d) => a + d.revenue, 0) ?? 0), 0) / 14;
    const gatedDays = (d: number) => Math.max(0, HORIZON_DAYS - Math.min(HORIZON_DAYS, d));
    const crossDate = now.mean <= threshold ? null : addDays(input.asOf, Math.ceil(expectedDays));
    const emq = ols(x, rows.map((r) => r.emqScore));
    const coverage = ols(x, rows.map((r) => r.eventCoverage));
    const latestRow = rows[rows.length - 1]!;
    const cur = input.currency;
    out.push({
      kind: 'signal_health_alert',
      campaignId: null,
      channel,
      action: { type: 'check_tracking', channel, forecastCrossDate: crossDate },
      confidence: confidenceFrom(fit.pValue, fit.n, 7),
      impact: {
        expected: money(dailyRevenue * gatedDays(expectedDays)),
        low: money(dailyRevenue * gatedDays(latest)),
        high: money(dailyRevenue * gatedDays(soonest)),
        metric: 'revenue_at_risk',
        currency: cur,
      },
      reasoning:
        (crossDate
          ? `Signal health on ${channel} is falling about ${(-fit.slope).toFixed(1)} points a day (${formatP(fit.pValue)}) and is forecast to cross the trust-gate threshold of ${threshold} in about ${Math.ceil(expectedDays)} days (${crossDate}).`
          : `Signal health on ${channel} fell to ${latestRow.healthScore}, below the trust-gate threshold of ${threshold}, declining about ${(-fit.slope).toFixed(1)} points a day (${formatP(fit.pValue)}).`) +
        ` EMQ ${emq.slope < 0 ? 'fell' : 'moved'} to ${latestRow.emqScore.toFixed(1)}/10 and event coverage to ${Math.round(latestRow.eventCoverage * 100)}%. ` +
        `Below the threshold, recommendations on ${channel} are advisory only; about ${formatMoney(dailyRevenue, cur)} of daily revenue runs on it. Check the pixel and server-side events.`,
      evidence: {
        window: { from, to: input.asOf },
        figures: [
          { label: 'Health score now (trend)', value: round(now.mean, 1), format: 'number' },
          { label: 'Trust-gate threshold', value: threshold, format: 'number' },
          { label: 'Health change per day', value: round(fit.slope, 2), format: 'number' },
          { label: 'Days to threshold', value: Number.isFinite(expectedDays) ? Math.ceil(expectedDays) : -1, format: 'days' },
          { label: 'EMQ now', value: round(latestRow.emqScore, 1), format: 'number' },
          { label: 'EMQ change per day', value: round(emq.slope, 3), format: 'number' },
          { label: 'Event coverage now', value: round(latestRow.eventCoverage, 3), format: 'percent' },
          { label: 'Coverage change per day', value: round(coverage.slope, 4), format: 'percent' },
          { label: 'Average daily revenue on channel', value: money(dailyRevenue), format: 'currency' },
        ],
        test: { name: 'OLS slope t-test of the daily health score', statistic: round(fit.t, 3), pValue: fit.pValue, n: fit.n, df: fit.df },
        series: { label: 'Health score', format: 'number', points: rows.map((r, i) => ({ date: r.date, value: r.healthScore, baseline: round(fit.intercept + fit.slope * x[i]!, 1) })) },
        query: evidenceQuery(['revenue'], from, input.asOf, { channels: [channel] }),
      },
      fingerprint: `signal_health_alert:${channel}:${isoWeek(input.asOf)}`,
    });
  }
  return out;
}

