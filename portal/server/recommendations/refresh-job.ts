import type { Db } from '../../../prisma/connect.ts';
import { refreshRecommendations } from './refresh-recommendations.ts';

/** How often the worker recomputes each tenant's recommendations (reads also recompute when stale, and ingest marks them so). */
export const REFRESH_EVERY_MS = 6 * 60 * 60_000;

const lastRun = new Map<string, number>();

/**
 * A worker job with the WorkerJob signature (db, config) — `registerWorkerJob(recommendationRefreshJob)` in
 * portal/server/worker — each pass recomputes the
 * recommendations of one tenant that is due, and asks to run again at once while others are due.
 */
export async function recommendationRefreshJob(db: Db, _config?: unknown, now = Date.now()): Promise<boolean> {
  const tenants = await db.tenant.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  const due = tenants.filter((t) => now - (lastRun.get(t.id) ?? 0) >= REFRESH_EVERY_MS);
  const next = due[0];
  if (!next) return false;
  lastRun.set(next.id, now);
  await refreshRecommendations(db, next.id, { now: new Date(now) });
  return due.length > 1;
}

/** After an ingest: the tenant is due at the next pass. */
export function recommendationsDue(tenantId: string): void {
  lastRun.delete(tenantId);
}
