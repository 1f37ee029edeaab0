import 'server-only';
import { type ChangeExplanation, type Channel, type QueryResult } from '@stratum/contract';
import { z } from 'zod';
import { previousRange } from '@/server/analytics/dates';
import { runMetricQuery } from '@/server/analytics/run-query';
import { ChannelSchema, DateRangeSchema, IdSchema, MetricSchema } from '@/server/embed/schemas';
import { visibleWhere } from '@/server/recommendations/list-recommendations';
import { ensureFreshRecommendations } from '@/server/recommendations/refresh-recommendations';
import { RecommendationActionSchema } from '@/server/recommendations/schemas';
import { latestChannelHealth } from '@/server/recommendations/trust-gate';
import type { CopilotContext } from '../context.ts';

export const ExplainChangeInput = z.strictObject({
  metric: MetricSchema,
  range: DateRangeSchema,
  channels: z.array(ChannelSchema).max(5).optional(),
  campaignIds: z.array(IdSchema).max(50).optional(),
});
export type ExplainChangeInput = z.infer<typeof ExplainChangeInput>;

function drivers(result: QueryResult, dimension: 'channel' | 'campaign', metric: ExplainChangeInput['metric']): ChangeExplanation['drivers'] {
  const prev = new Map((result.previous?.rows ?? []).map((r) => [r.keys[dimension], r.values[metric] ?? 0]));
  const keys = new Set([...result.rows.map((r) => r.keys[dimension]!), ...prev.keys()].filter((k): k is string => !!k && k !== 'other'));
  return [...keys]
    .map((key) => {
      const row = result.rows.find((r) => r.keys[dimension] === key);
      const current = row?.values[metric] ?? 0;
      const previous = prev.get(key) ?? 0;
      const label = row?.labels?.[dimension] ?? result.previous?.rows.find((r) => r.keys[dimension] === key)?.labels?.[dimension] ?? key;
      return { dimension, key, label, current, previous, delta: current - previous };
    })
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, 5);
}

/**
 * Why a metric moved: the period against the one before, which channels and campaigns drove the change, the anomalies
 * the recommendation engine found in the range, and each channel's signal health (bad tracking looks like a drop).
 */
export async function explainChange(ctx: CopilotContext, input: ExplainChangeInput): Promise<ChangeExplanation> {
  const scope = { partnerId: ctx.partnerId, tenantId: ctx.tenantId, rowFilters: ctx.rowFilters, currency: ctx.currency };
  const filters = { ...(input.channels ? { channels: input.channels } : {}), ...(input.campaignIds ? { campaignIds: input.campaignIds } : {}) };
  const base = { metrics: [input.metric], range: input.range, compare: true, filters };
  const [byChannel, byCampaign] = await Promise.all([
    runMetricQuery(ctx.db, scope, { ...base, dimensions: ['channel'] }),
    runMetricQuery(ctx.db, scope, { ...base, dimensions: ['campaign'] }),
  ]);
  await ensureFreshRecommendations(ctx.db, ctx.tenantId);
  const anomalyRows = await ctx.db.recommendation.findMany({
    where: { ...visibleWhere(ctx), kind: 'anomaly', ...(input.channels ? { channel: { in: input.channels } } : {}) },
    select: { action: true, evidence: true },
  });
  const anomalies: ChangeExplanation['anomalies'] = [];
  for (const row of anomalyRows) {
    const action = RecommendationActionSchema.safeParse(row.action);
    if (!action.success || action.data.type !== 'investigate_anomaly') continue;
    const a = action.data;
    if (a.date < input.range.from || a.date > input.range.to) continue;
    if (input.metric !== a.metric && !(a.metric === 'conversions' && ['revenue', 'cpa', 'roas', 'conversion_rate'].includes(input.metric))) continue;
    const figures = (row.evidence as { figures?: { value: number }[]; test?: { statistic: number } }) ?? {};
    anomalies.push({ date: a.date, channel: a.channel, campaignId: a.campaignId, direction: a.direction, value: figures.figures?.[0]?.value ?? 0, expected: figures.figures?.[1]?.value ?? 0, z: figures.test?.statistic ?? 0 });
  }
  anomalies.sort((x, y) => x.date.localeCompare(y.date));
  const health = await latestChannelHealth(ctx.db, ctx.tenantId);
  const threshold = ctx.tenant.trustGateThreshold;
  const visibleChannels = ctx.rowFilters.channels;
  const current = byChannel.totals[input.metric] ?? null;
  const previous = byChannel.previous?.totals[input.metric] ?? null;
  return {
    metric: input.metric,
    range: input.range,
    previousRange: previousRange(input.range),
    current,
    previous,
    deltaPct: current !== null && previous ? ((current - previous) / previous) * 100 : null,
    currency: byChannel.currency,
    drivers: [...drivers(byChannel, 'channel', input.metric).slice(0, 3), ...drivers(byCampaign, 'campaign', input.metric).slice(0, 3)],
    anomalies,
    signalHealth: [...health]
      .filter(([channel]) => !visibleChannels || visibleChannels.includes(channel))
      .map(([channel, healthScore]) => ({ channel: channel as Channel, healthScore, gated: healthScore < threshold })),
  };
}

