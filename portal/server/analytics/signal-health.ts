import 'server-only';
import { CHANNELS, type Channel, type ChannelSignalHealth, type SignalHealthResult } from '@stratum/contract';
import type { Db } from '@/lib/db';
import { addDays, dayStart, isoDay } from './dates';
import type { AnalyticsScope } from './scope';

/**
 * Tracking quality per channel over a window ending on `to` (default: the tenant's latest signal-health day).
 * Only channels the scope may see: the token's channel filter, and the channels of its campaign filter.
 */
export async function signalHealth(
  db: Db,
  scope: AnalyticsScope,
  threshold: number,
  options: { days?: number; to?: string } = {},
): Promise<SignalHealthResult> {
  const visible = await visibleChannels(db, scope);
  const latest = options.to
    ? options.to
    : await db.signalHealthDaily
        .findFirst({ where: { tenantId: scope.tenantId, channel: { in: visible } }, orderBy: { date: 'desc' }, select: { date: true } })
        .then((r) => (r ? isoDay(r.date) : isoDay(new Date())));
  const from = addDays(latest, -((options.days ?? 30) - 1));
  const rows = await db.signalHealthDaily.findMany({
    where: { tenantId: scope.tenantId, channel: { in: visible }, date: { gte: dayStart(from), lte: dayStart(latest) } },
    orderBy: { date: 'asc' },
  });
  const byChannel = new Map<Channel, typeof rows>();
  for (const row of rows) byChannel.set(row.channel as Channel, [...(byChannel.get(row.channel as Channel) ?? []), row]);
  const channels: ChannelSignalHealth[] = [];
  for (const channel of CHANNELS) {
    const series = byChannel.get(channel);
    const last = series?.[series.length - 1];
    if (!series || !last) continue;
    channels.push({
      channel,
      healthScore: last.healthScore,
      emqScore: last.emqScore,
      eventCoverage: last.eventCoverage,
      freshnessMinutes: last.freshnessMinutes,
      trend: series.map((r) => ({ date: isoDay(r.date), healthScore: r.healthScore })),
      gated: last.healthScore < threshold,
    });
  }
  const overall = channels.length ? Math.round((channels.reduce((sum, c) => sum + c.healthScore, 0) / channels.length) * 10) / 10 : 0;
  return { threshold, asOf: latest, overall, channels };
}

async function visibleChannels(db: Db, scope: AnalyticsScope): Promise<Channel[]> {
  let channels: Channel[] = scope.rowFilters.channels ?? [...CHANNELS];
  if (scope.rowFilters.campaignIds) {
    const groups = await db.campaign.groupBy({ by: ['channel'], where: { tenantId: scope.tenantId, id: { in: scope.rowFilters.campaignIds } } });
    const ofCampaigns = new Set(groups.map((g) => g.channel as Channel));
    channels = channels.filter((c) => ofCampaigns.has(c));
  }
  return channels;
}
