import type { CampaignProposal, ChangeExplanation, MetricAnswer, RecommendationApplyResult, RecommendationDto, RecommendationListResult } from '@stratum/contract';
import type { ActivationResult } from '../tools/activate-campaign.ts';
import { offerLabel, segmentLabel } from '../tools/campaign-proposal.ts';
import { channelName, day, list, METRIC_LABEL, metricValue, money, rangeText, signedPct, signedValue } from './format.ts';

/** Answers are composed only from tool outputs: every figure below is read from one. */

export function answerMetrics(a: MetricAnswer, rangeLabel: string | undefined): string {
  const { query, result } = a;
  const scope = [
    query.filters?.channels ? `on ${list(query.filters.channels.map(channelName))}` : '',
    query.filters?.campaignIds ? `for ${list(query.filters.campaignIds.map((id) => `"${result.rows.find((r) => r.keys.campaign === id)?.labels?.campaign ?? 'the campaign'}"`))}` : '',
  ].filter(Boolean).join(' ');
  const when = `${rangeLabel ? `${rangeLabel} ` : ''}(${rangeText(result.range)})`;
  const parts = query.metrics.map((m) => {
    const now = result.totals[m];
    let s = `${METRIC_LABEL[m][0]!.toUpperCase()}${METRIC_LABEL[m].slice(1)} ${scope ? `${scope} ` : ''}${when}: ${metricValue(m, now, result.currency)}`;
    const prev = result.previous?.totals[m];
    if (prev !== undefined && prev !== null && now !== null && now !== undefined && prev !== 0) {
      s += ` (${signedPct(((now - prev) / prev) * 100)} vs ${metricValue(m, prev, result.currency)} in ${rangeText(result.previous!.range)})`;
    }
    return `${s}.`;
  });
  const dim = query.dimensions?.[0];
  if (dim && dim !== 'date' && result.rows.length) {
    const m = query.sort?.metric ?? query.metrics[0]!;
    const rows = result.rows.slice(0, query.limit ?? 5).map((r) => `${r.labels?.[dim] ?? (dim === 'channel' ? channelName(r.keys[dim] ?? '') : r.keys[dim])} ${metricValue(m, r.values[m], result.currency)}`);
    parts.push(`By ${dim}: ${rows.join('; ')}.`);
  } else if (dim === 'date' && result.rows.length > 1) {
    const m = query.metrics[0]!;
    const values = result.rows.map((r) => r.values[m] ?? 0);
    const hi = result.rows[values.indexOf(Math.max(...values))]!;
    const lo = result.rows[values.indexOf(Math.min(...values))]!;
    parts.push(`Highest ${hi.keys.date ? day(hi.keys.date) : ''} (${metricValue(m, hi.values[m], result.currency)}), lowest ${lo.keys.date ? day(lo.keys.date) : ''} (${metricValue(m, lo.values[m], result.currency)}).`);
  }
  return parts.join(' ');
}

export function answerExplanation(e: ChangeExplanation): string {
  const m = e.metric;
  const out: string[] = [];
  const label = METRIC_LABEL[m];
  if (e.current !== null && e.previous !== null && e.deltaPct !== null) {
    out.push(`${label[0]!.toUpperCase()}${label.slice(1)} ${e.deltaPct >= 0 ? 'rose' : 'fell'} ${Math.abs(e.deltaPct).toFixed(1)}% (${metricValue(m, e.previous, e.currency)} → ${metricValue(m, e.current, e.currency)}), comparing ${rangeText(e.range)} with ${rangeText(e.previousRange)}.`);
  } else {
    out.push(`${label[0]!.toUpperCase()}${label.slice(1)} was ${metricValue(m, e.current, e.currency)} in ${rangeText(e.range)}; there is no earlier period to compare with.`);
  }
  const channel = e.drivers.find((d) => d.dimension === 'channel');
  const campaign = e.drivers.find((d) => d.dimension === 'campaign');
  if (channel && channel.delta !== 0) out.push(`The largest change came from ${channelName(channel.key)} (${signedValue(m, channel.delta, e.currency)})${campaign && campaign.delta !== 0 ? `, led by "${campaign.label}" (${signedValue(m, campaign.delta, e.currency)})` : ''}.`);
  for (const a of e.anomalies.slice(0, 3)) {
    out.push(`On ${day(a.date)} ${a.campaignId ? 'a campaign on ' : ''}${channelName(a.channel)} had an anomaly: conversions ${a.direction === 'drop' ? 'dropped' : 'spiked'} to ${Math.round(a.value).toLocaleString('en')} against ${Math.round(a.expected).toLocaleString('en')} expected (robust z ${a.z.toFixed(1)}).`);
  }
  const gated = e.signalHealth.filter((s) => s.gated);
  if (gated.length) out.push(`Signal health is below the trust gate on ${list(gated.map((g) => `${channelName(g.channel)} (${g.healthScore})`))}: part of the change may be lost tracking rather than lost customers.`);
  else if (e.signalHealth.length) out.push('Signal health is fine on every channel, so the change is real rather than a tracking gap.');
  return out.join(' ');
}

export function proposalText(p: CampaignProposal): string {
  const gated = p.trustGate.channels.filter((c) => c.gated);
  return (
    `Here is the proposal "${p.name}": ${segmentLabel(p.segment)}, ${offerLabel(p.offer, money)}, on ${list(p.channels.map(channelName))} ` +
    `at ${money(p.dailyBudget, p.currency)} a day each, starting ${day(p.schedule.start)}${p.schedule.end ? ` until ${day(p.schedule.end)}` : ''}. ` +
    `Trust gate: it runs only where signal health is at least ${p.trustGate.threshold}` +
    (gated.length ? ` — ${list(gated.map((g) => `${channelName(g.channel)} is at ${g.healthScore}`))} and will stay paused there` : ' — every chosen channel passes') +
    `. It is saved as a draft: preview or edit it, or say "activate it".`
  );
}

export function activationText(r: ActivationResult): string {
  const live = r.campaigns.filter((c) => c.status === 'active');
  const parts = [live.length ? `Activated "${r.name}" on ${list(live.map((c) => channelName(c.channel)))}.` : `Nothing was activated.`];
  for (const s of r.skipped) parts.push(`${channelName(s.channel)} stays a draft: ${s.reason}.`);
  return parts.join(' ');
}

function recLine(r: RecommendationDto, i: number): string {
  const first = r.reasoning.split(/(?<=\.)\s/)[0] ?? r.reasoning;
  const impact = `${money(r.impact.expected, r.impact.currency)} ${r.impact.metric.replace(/_/g, ' ')} expected (${money(r.impact.low, r.impact.currency)}–${money(r.impact.high, r.impact.currency)})`;
  return `${i + 1}. ${first} Confidence ${Math.round(r.confidence * 100)}%, ${impact}${r.trustGate.gated ? ' — advisory only (trust gate)' : ''}.`;
}

export function recommendationsText(l: RecommendationListResult): string {
  if (l.recommendations.length === 0) return 'There are no open recommendations right now: nothing in the recent data stands out statistically.';
  return `${l.recommendations.length} open recommendation${l.recommendations.length === 1 ? '' : 's'}, largest expected impact first:\n${l.recommendations.map(recLine).join('\n')}\nSay "apply the first one" to act on one.`;
}

export function applyRequestText(r: RecommendationDto): string {
  return `Apply this recommendation? ${r.reasoning.split(/(?<=\.)\s/)[0]} Approve to go ahead, or deny to leave everything unchanged.`;
}

export function appliedText(r: RecommendationApplyResult): string {
  const c = r.changes[0];
  const what =
    c?.entity === 'campaign' && c.field === 'dailyBudget'
      ? `the daily budget of "${r.recommendation.campaign?.name}" is now ${money(Number(c.to), r.recommendation.impact.currency, 2)} (was ${money(Number(c.from), r.recommendation.impact.currency, 2)})`
      : c?.entity === 'campaign' && c.field === 'status'
        ? `"${r.recommendation.campaign?.name}" is now ${String(c.to)}`
        : c?.entity === 'variant'
          ? `traffic moved to the winning variant (${Math.round(Number(r.changes.find((x) => x.to === Math.max(...r.changes.map((y) => Number(y.to))))?.to ?? 0) * 100)}%)`
          : 'the recommendation is marked as handled';
  return `${r.alreadyApplied ? 'It was already applied:' : 'Done:'} ${what}. The change is in the audit log.`;
}
