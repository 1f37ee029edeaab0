import 'server-only';
import type { Channel } from '@stratum/contract';
import type { Db } from '@/lib/db';
import { isoDay } from './dates';
import { generationOf } from './generations';
import type { BaseSums } from './metrics';

/**
 * A tenant's metrics summed per day, channel and currency (a few thousand entries for two years), built with one
 * groupBy and kept in memory. Queries without a campaign or variant dimension or filter — KPIs, trends, channel
 * breakdowns: most of a dashboard — read it instead of scanning every campaign row of the range.
 * Rebuilt when the tenant's metrics change in this process (generation) and at the latest after ROLLUP_TTL_MS.
 */
export interface RollupEntry {
  day: string;
  channel: Channel;
  currency: string;
  sums: BaseSums;
}

export const ROLLUP_TTL_MS = 60_000;
const MAX_TENANTS = 500;

interface Rollup {
  at: number;
  generation: number;
  entries: Promise<RollupEntry[]>;
  /** A background rebuild is running. */
  refreshing?: boolean;
}
const rollups = new Map<string, Rollup>();

async function build(db: Db, tenantId: string): Promise<RollupEntry[]> {
  const groups = await db.metricDaily.groupBy({
    by: ['date', 'channel', 'currency'],
    where: { tenantId },
    _sum: { spend: true, impressions: true, clicks: true, conversions: true, revenue: true },
  });
  return groups
    .map((g) => ({
      day: isoDay(g.date),
      channel: g.channel as Channel,
      currency: g.currency,
      sums: {
        spend: g._sum.spend ?? 0,
        impressions: g._sum.impressions ?? 0,
        clicks: g._sum.clicks ?? 0,
        conversions: g._sum.conversions ?? 0,
        revenue: g._sum.revenue ?? 0,
      },
    }))
    .sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * The tenant's rollup, built once for concurrent callers. Past ROLLUP_TTL_MS (but within twice that) the current
 * generation's rollup is still returned while a rebuild runs; the rebuilt one replaces it when ready.
 */
export function tenantRollup(db: Db, tenantId: string): Promise<RollupEntry[]> {
  const generation = generationOf(tenantId);
  const current = rollups.get(tenantId);
  const age = current ? Date.now() - current.at : Infinity;
  if (current && current.generation === generation && age < ROLLUP_TTL_MS * 2) {
    if (age >= ROLLUP_TTL_MS && !current.refreshing) {
      current.refreshing = true;
      const next = build(db, tenantId);
      next.then(
        () => rollups.get(tenantId) === current && store(tenantId, { at: Date.now(), generation, entries: next }),
        () => (current.refreshing = false),
      );
    }
    return current.entries;
  }
  const entries = build(db, tenantId);
  entries.catch(() => rollups.delete(tenantId));
  store(tenantId, { at: Date.now(), generation, entries });
  return entries;
}

function store(tenantId: string, rollup: Rollup): void {
  rollups.delete(tenantId);
  if (rollups.size >= MAX_TENANTS) rollups.delete(rollups.keys().next().value!);
  rollups.set(tenantId, rollup);
}
