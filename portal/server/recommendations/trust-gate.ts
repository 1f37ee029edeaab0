import 'server-only';
import type { Channel, RecommendationTrustGate } from '@stratum/contract';
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

/** The trust gate of one channel: below the tenant's threshold, recommendations on it are advisory only. */
export function gateFor(health: Map<Channel, number>, channel: Channel | null, threshold: number): RecommendationTrustGate {
  const healthScore = channel ? (health.get(channel) ?? null) : null;
  return { gated: healthScore !== null && healthScore < threshold, healthScore, threshold };
}

export function assertNotGated(gate: RecommendationTrustGate, channel: Channel | null): void {
  if (gate.gated) {
    throw new AppError(
      'TRUST_GATE',
      `Signal health on ${channel} is ${gate.healthScore}, below the trust-gate threshold of ${gate.threshold}: this recommendation is advisory only until tracking recovers.`,
    );
  }
}
