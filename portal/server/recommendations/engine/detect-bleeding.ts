import { tQuantile, tCdf } from '../stats/distributions.ts';
import { mean, sampleStdDev } from '../stats/robust.ts';
import { confidenceFrom, formatMoney, formatP, money, round } from './confidence.ts';
import { isoWeek } from './dates.ts';
import { campaignSeries, evidenceQuery, latestHealth, totals } from './series.ts';
import type { EngineInput, RecommendationDraft } from './types.ts';

const WINDOW_DAYS = 14;
const ALPHA = 0.001;
const HORIZON_DAYS = 30;
/** ROAS below which a campaign is bleeding money (it returns less than 80% of what it costs). */
const BLEEDING_ROAS = 0.8;

/**
 * Pause a campaign bleeding money: over the last 14 days its daily profit (revenue − spend) is significantly
 * negative (one-sided one-sample t-test) and its ROAS is below 0.8.
 */
export function detectBleeding(input: EngineInput): RecommendationDraft[] {
  const series = campaignSeries(input, WINDOW_DAYS);
  const health = latestHealth(input);
  const out: RecommendationDraft[] = [];
  for (const c of input.campaigns) {
    if (c.status !== 'active') continue;
    const days = series.get(c.id)?.filter((d) => d.spend > 0);
    if (!days || days.length < 10) continue;
    const t = totals(days);
    const roas = t.revenue / t.spend;
    if (roas >= BLEEDING_ROAS) continue;
    const net = days.map((d) => d.revenue - d.spend);
    const m = mean(net);
    const sd = sampleStdDev(net);
    const df = net.length - 1;
    const se = sd / Math.sqrt(net.length);
    const tStat = se === 0 ? -Infinity : m / se;
    const p = se === 0 ? 0 : tCdf(tStat, df);
    if (m >= 0 || p >= ALPHA) continue;
    const q = tQuantile(0.95, df);
    const lossPerDay = { mean: -m, low: Math.max(0, -m - q * se), high: -m + q * se };
    const cur = input.currency;
    const from = days[0]!.date;
    out.push({
      kind: 'pause_campaign',
      campaignId: c.id,
      channel: c.channel,
      action: { type: 'pause_campaign', campaignId: c.id },
      confidence: confidenceFrom(p, net.length, 7, health.get(c.channel) ?? 100),
      impact: { expected: money(lossPerDay.mean * HORIZON_DAYS), low: money(lossPerDay.low * HORIZON_DAYS), high: money(lossPerDay.high * HORIZON_DAYS), metric: 'profit', currency: cur },
      reasoning:
        `Pause "${c.name}": over the last ${WINDOW_DAYS} days it spent ${formatMoney(t.spend, cur)} and returned ${formatMoney(t.revenue, cur)} ` +
        `(ROAS ${roas.toFixed(2)}), losing about ${formatMoney(lossPerDay.mean, cur)} a day (${formatP(p)}). ` +
        `Pausing it is expected to save about ${formatMoney(lossPerDay.mean * HORIZON_DAYS, cur)} over the next ${HORIZON_DAYS} days.`,
      evidence: {
        window: { from, to: input.asOf },
        figures: [
          { label: 'Spend (14 days)', value: money(t.spend), format: 'currency' },
          { label: 'Revenue (14 days)', value: money(t.revenue), format: 'currency' },
          { label: 'ROAS (14 days)', value: round(roas), format: 'ratio' },
          { label: 'Average daily loss', value: money(lossPerDay.mean), format: 'currency' },
        ],
        test: { name: 'One-sided t-test of daily profit < 0', statistic: round(tStat, 3), pValue: p, n: net.length, df },
        series: { label: 'Daily profit', format: 'currency', points: days.map((d) => ({ date: d.date, value: money(d.revenue - d.spend), baseline: 0 })) },
        query: evidenceQuery(['spend', 'revenue', 'roas'], from, input.asOf, { campaignIds: [c.id] }),
      },
      fingerprint: `pause_campaign:${c.id}:${isoWeek(input.asOf)}`,
    });
  }
  return out;
}
