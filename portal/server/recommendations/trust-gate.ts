import 'server-only';
import type { Channel, RecommendationAction, RecommendationTrustGate } from '@stratum/contract';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';

type Reader = Pick<Db, 'signalHealthDaily'>;

/** Latest health score per channel of a tenant (the rows of its most recent signal-health day). */
export async function latestChannelHealth(db: Reader, tenantId: string): Promise<Map<Channel, number>> {
  const latest = await db.signalHealthDaily.findFirst({ where: { tenantId }, orderBy: { date: 'desc' }, select: { date: true } });
  if (!latest) return new Map();
  const since = new Date(latest.date.getTime() - 3 * 86_400_000);
  const rows = await db.signalHealthDaily.findMany({ where: { tenantId, date: { gte: since } }, orderBy: { date: 'asc' }, select: { channel: true, healthScore: true } });
  // Ascending order: the last row of each channel wins.
  return new Map(rows.map((r) => [r.channel as Channel, r.healthScore]));
}

/**
 * Actions that only acknowledge an alert (an anomaly to look into, tracking to check): they change nothing, so the
 * trust gate never blocks them — a signal-health alert is, by its nature, about a degraded channel.
 */
export function changesSomething(action: Pick<RecommendationAction, 'type'>): boolean {
  return action.type !== 'investigate_anomaly' && action.type !== 'check_tracking';
}

/**
 * The trust gate of one recommendation: when its channel's signal health is below the tenant's threshold, an action
 * that changes something is advisory only (apply is refused); acknowledging an alert stays possible.
 */
export function gateFor(health: Map<Channel, number>, channel: Channel | null, threshold: number, action?: Pick<RecommendationAction, 'type'>): RecommendationTrustGate {
  const healthScore = channel ? (health.get(channel) ?? null) : null;
  const degraded = healthScore !== null && healthScore < threshold;
  return { gated: degraded && (!action || changesSomething(action)), healthScore, threshold };
}

export function assertNotGated(gate: RecommendationTrustGate, channel: Channel | null): void {
  if (gate.gated) {
    throw new AppError(
      'TRUST_GATE',
      `Signal health on ${channel} is ${gate.healthScore}, below the trust-gate threshold of ${gate.threshold}: this recommendation is advisory only until tracking recovers.`,
    );
  }
}
