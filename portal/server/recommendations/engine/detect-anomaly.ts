import type { Channel } from '@stratum/contract';
import { tTwoSidedP } from '../stats/distributions.ts';
import { fitSeasonalBaseline, robustZ } from '../stats/robust.ts';
import { confidenceFrom, formatMoney, formatP, money, round } from './confidence.ts';
import { addDays, weekday } from './dates.ts';
import { denseSeries, evidenceQuery, latestHealth, totals } from './series.ts';
import type { CampaignDay, DailyFacts, EngineInput, RecommendationDraft } from './types.ts';

/** Days tested for anomalies (ending at asOf) and the training window before them. */
export const TEST_DAYS = 14;
const TRAIN_DAYS = 56;
/** Family-wise error rate across every test of the tenant (Bonferroni). */
const FAMILY_ALPHA = 0.001;
/** A move must also be material: at least 30% off the expected value. */
const MIN_RELATIVE_MOVE = 0.3;
const MIN_EXPECTED: Record<AnomalyMetric, number> = { conversions: 10, spend: 20 };
/** Share of a channel's deviation one campaign must explain to be named as the cause. */
const DRIVER_SHARE = 0.7;

type AnomalyMetric = 'conversions' | 'spend';
const METRICS: AnomalyMetric[] = ['conversions', 'spend'];

/**
 * Variance-stabilising transforms, so that residuals are near-normal with a known noise floor: Anscombe's
 * 2·√(y + 3/8) for Poisson counts (unit variance), log for spend (multiplicative noise; floor 2%).
 */
const TRANSFORM: Record<AnomalyMetric, { to: (v: number) => number; from: (v: number) => number; minScale: number }> = {
  conversions: { to: (v) => 2 * Math.sqrt(v + 3 / 8), from: (v) => Math.max(0, (v / 2) ** 2 - 3 / 8), minScale: 1 },
  spend: { to: (v) => Math.log1p(v), from: (v) => Math.expm1(v), minScale: 0.02 },
};

interface Hit {
  target: { campaignId: string | null; channel: Channel };
  metric: AnomalyMetric;
  date: string;
  value: number;
  expected: number;
  z: number;
  pAdjusted: number;
  /** The 90% band of the expected value, in the metric's units. */
  low: number;
  high: number;
  series: DailyFacts[];
  baseline: (i: number) => number;
  revenuePerConversion: number;
}

/** Every anomalous day of one series in the test window. */
function scan(series: DailyFacts[], metric: AnomalyMetric, nTests: number): Omit<Hit, 'target' | 'metric' | 'series'>[] {
  const train = series.slice(0, TRAIN_DAYS);
  if (train.filter((d) => d[metric] > 0).length < TRAIN_DAYS / 2) return [];
  const tf = TRANSFORM[metric];
  const base = fitSeasonalBaseline(train.map((d) => tf.to(d[metric])), train.map((d) => weekday(d.date)), tf.minScale);
  const baseline = (k: number) => tf.from((base.intercept + base.slope * k) * (base.weekdayFactor[weekday(series[k]!.date)] ?? 1));
  const t = totals(train);
  const hits: Omit<Hit, 'target' | 'metric' | 'series'>[] = [];
  for (let i = TRAIN_DAYS; i < series.length; i++) {
    const d = series[i]!;
    const { z } = robustZ(base, tf.to(d[metric]), i, weekday(d.date));
    const expected = baseline(i);
    if (expected < MIN_EXPECTED[metric]) continue;
    if (Math.abs(d[metric] - expected) < MIN_RELATIVE_MOVE * expected) continue;
    // Student t rather than normal: the baseline's level and scale are themselves estimated from 56 days.
    const pAdjusted = Math.min(1, tTwoSidedP(z, TRAIN_DAYS - 2) * nTests);
    if (pAdjusted >= FAMILY_ALPHA) continue;
    hits.push({
      date: d.date,
      value: d[metric],
      expected,
      z,
      pAdjusted,
      low: tf.from(tf.to(expected) - 1.645 * base.scale),
      high: tf.from(tf.to(expected) + 1.645 * base.scale),
      baseline,
      revenuePerConversion: t.conversions > 0 ? t.revenue / t.conversions : 0,
    });
  }
  return hits;
}

/**
 * Anomalies in conversions or spend over the last 14 days, per campaign and per channel: a robust z-score
 * (median/MAD of the residuals) against a day-of-week seasonal baseline with trend, fitted on the 56 days before.
 * A channel-level anomaly absorbs its campaigns' ones and names the campaign that drove it.
 */
export function detectAnomalies(input: EngineInput): RecommendationDraft[] {
  const from = addDays(input.asOf, -(TRAIN_DAYS + TEST_DAYS - 1));
  const active = input.campaigns.filter((c) => c.status === 'active');
  const channelOf = new Map(input.campaigns.map((c) => [c.id, c.channel]));
  const byCampaign = denseSeries<CampaignDay>(input.campaignDays, (r) => r.campaignId, from, input.asOf);
  const byChannel = denseSeries<CampaignDay>(
    input.campaignDays.filter((r) => active.some((c) => c.id === r.campaignId)),
    (r) => channelOf.get(r.campaignId) ?? 'meta',
    from,
    input.asOf,
  );
  const nTests = (active.length + byChannel.size) * METRICS.length * TEST_DAYS;
  const hits: Hit[] = [];
  for (const metric of METRICS) {
    const channelHits = new Set<string>();
    for (const [channel, series] of byChannel) {
      for (const h of scan(series, metric, nTests)) {
        channelHits.add(`${channel}:${h.date}`);
        hits.push({ ...h, target: { campaignId: null, channel: channel as Channel }, metric, series });
      }
    }
    for (const c of active) {
      const series = byCampaign.get(c.id);
      if (!series) continue;
      for (const h of scan(series, metric, nTests)) {
        if (channelHits.has(`${c.channel}:${h.date}`)) continue;
        hits.push({ ...h, target: { campaignId: c.id, channel: c.channel }, metric, series });
      }
    }
  }
  const health = latestHealth(input);
  return hits.map((h) => toDraft(input, h, byCampaign, health.get(h.target.channel) ?? 100));
}

function driversOf(input: EngineInput, h: Hit, byCampaign: Map<string, DailyFacts[]>) {
  const idx = h.series.findIndex((d) => d.date === h.date);
  return input.campaigns
    .filter((c) => c.channel === h.target.channel && c.status === 'active')
    .map((c) => {
      const s = byCampaign.get(c.id);
      if (!s) return null;
      // Each campaign's own deviation from its usual same-weekday level over the training window.
      const same = s.slice(0, TRAIN_DAYS).filter((_, i) => i % 7 === idx % 7).map((d) => d[h.metric]);
      const usual = same.length ? same.reduce((a, b) => a + b, 0) / same.length : 0;
      return { campaignId: c.id, name: c.name, delta: round(s[idx]![h.metric] - usual) };
    })
    .filter((d): d is NonNullable<typeof d> => d !== null)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, 5);
}

function toDraft(input: EngineInput, h: Hit, byCampaign: Map<string, DailyFacts[]>, health: number): RecommendationDraft {
  const cur = input.currency;
  const direction = h.value < h.expected ? 'drop' : 'spike';
  const deviation = Math.abs(h.value - h.expected);
  // Deviation from the edges of the expected band: the interval of the impact.
  const devLow = Math.max(0, direction === 'drop' ? h.low - h.value : h.value - h.high);
  const devHigh = Math.max(deviation, direction === 'drop' ? h.high - h.value : h.value - Math.max(0, h.low));
  let campaignId = h.target.campaignId;
  let drivers: ReturnType<typeof driversOf> | undefined;
  if (!campaignId) {
    drivers = driversOf(input, h, byCampaign);
    const signed = h.value - h.expected;
    const top = drivers[0];
    if (top && Math.sign(top.delta) === Math.sign(signed) && Math.abs(top.delta) >= DRIVER_SHARE * Math.abs(signed)) campaignId = top.campaignId;
  }
  const campaign = campaignId ? input.campaigns.find((c) => c.id === campaignId) : undefined;
  const subject = campaign ? `"${campaign.name}" (${h.target.channel})` : `the ${h.target.channel} channel`;
  const perUnit = h.metric === 'conversions' ? h.revenuePerConversion : 1;
  const metricLabel = h.metric === 'conversions' ? 'Conversions' : 'Spend';
  const fmt = (v: number) => (h.metric === 'spend' ? formatMoney(v, cur) : Math.round(v).toLocaleString('en'));
  const from = h.series[0]!.date;
  const filters = campaignId ? { campaignIds: [campaignId] } : { channels: [h.target.channel] };
  return {
    kind: 'anomaly',
    campaignId,
    channel: h.target.channel,
    action: { type: 'investigate_anomaly', metric: h.metric, date: h.date, direction, channel: h.target.channel, campaignId },
    confidence: confidenceFrom(h.pAdjusted, TRAIN_DAYS, 14, health),
    impact: {
      expected: money(deviation * perUnit),
      low: money(Math.min(devLow, deviation) * perUnit),
      high: money(devHigh * perUnit),
      metric: h.metric === 'conversions' ? 'revenue_at_risk' : 'excess_spend',
      currency: cur,
    },
    reasoning:
      `${metricLabel} of ${subject} ${direction === 'drop' ? 'dropped' : 'spiked'} on ${h.date}: ${fmt(h.value)} against ${fmt(h.expected)} expected for that weekday ` +
      `(robust z = ${h.z.toFixed(1)}, ${formatP(h.pAdjusted)} after correcting for ${TEST_DAYS} days of tests on every campaign and channel).` +
      (drivers?.[0] && !h.target.campaignId ? ` The largest contributor was "${drivers[0].name}".` : '') +
      (health < input.trustGateThreshold ? ` Signal health on ${h.target.channel} is ${health}, below ${input.trustGateThreshold}: check tracking first.` : ''),
    evidence: {
      window: { from, to: input.asOf },
      figures: [
        { label: `${metricLabel} on ${h.date}`, value: round(h.value), format: h.metric === 'spend' ? 'currency' : 'number' },
        { label: 'Expected (seasonal baseline)', value: round(h.expected), format: h.metric === 'spend' ? 'currency' : 'number' },
        { label: 'Robust z-score', value: round(h.z), format: 'number' },
        { label: 'Signal health', value: health, format: 'number' },
      ],
      test: { name: 'Robust z-score (median/MAD) against a day-of-week baseline, Bonferroni-corrected', statistic: round(h.z, 3), pValue: h.pAdjusted, n: TRAIN_DAYS },
      series: { label: metricLabel, format: h.metric === 'spend' ? 'currency' : 'number', points: h.series.map((d, i) => ({ date: d.date, value: round(d[h.metric]), baseline: round(h.baseline(i)) })) },
      ...(drivers ? { drivers } : {}),
      query: evidenceQuery([h.metric], from, input.asOf, filters),
    },
    fingerprint: `anomaly:${campaignId ?? h.target.channel}:${h.metric}:${h.date}`,
  };
}
