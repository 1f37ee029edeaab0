import 'server-only';
import { CHANNELS, type Channel, type FilterValuesResult } from '@stratum/contract';
import type { Db } from '@/lib/db';
import { scopeConditions, type AnalyticsScope } from './scope';

const CHANNEL_LABELS: Record<Channel, string> = { meta: 'Meta', google: 'Google', tiktok: 'TikTok', linkedin: 'LinkedIn', email: 'Email' };

/**
 * Values a filter dropdown may offer: only campaigns (and their channels) inside the scope's tenant and row
 * filters — never another tenant's or a filtered-out value (cf. metabase#8520).
 */
export async function filterValues(
  db: Db,
  scope: AnalyticsScope,
  dimension: 'channel' | 'campaign',
  options: { search?: string; channels?: Channel[]; limit?: number } = {},
): Promise<FilterValuesResult> {
  const where = {
    tenantId: scope.tenantId,
    AND: [
      ...scopeConditions(scope, options.channels ? { channels: options.channels } : {}, { channel: 'channel', campaign: 'id' }),
      ...(options.search ? [{ name: { contains: options.search } }] : []),
    ],
  };
  if (dimension === 'channel') {
    const groups = await db.campaign.groupBy({ by: ['channel'], where });
    const present = new Set(groups.map((g) => g.channel as Channel));
    return { dimension, values: CHANNELS.filter((c) => present.has(c)).map((c) => ({ value: c, label: CHANNEL_LABELS[c] })) };
  }
  const campaigns = await db.campaign.findMany({ where, select: { id: true, name: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }], take: options.limit ?? 500 });
  return { dimension, values: campaigns.map((c) => ({ value: c.id, label: c.name })) };
}
