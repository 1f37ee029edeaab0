import { z } from 'zod';
import type { Db } from '../../../prisma/connect.ts';
import { refreshRecommendations } from './refresh-recommendations.ts';

const RefreshEnv = z.object({
  /** How often the worker recomputes each tenant's recommendations (an ingest makes a tenant due at once). */
  RECOMMENDATION_REFRESH_MINUTES: z.coerce.number().int().min(1).default(360),
  /** How long a worker holds a tenant while it recomputes; a crashed worker's claim runs out after this. */
  RECOMMENDATION_REFRESH_LEASE_MS: z.coerce.number().int().min(1_000).default(5 * 60_000),
});

export function refreshSchedule(source: NodeJS.ProcessEnv = process.env): { everyMs: number; leaseMs: number } {
  const env = RefreshEnv.parse(source);
  return { everyMs: env.RECOMMENDATION_REFRESH_MINUTES * 60_000, leaseMs: env.RECOMMENDATION_REFRESH_LEASE_MS };
}

interface JobOptions {
  now?: Date;
  workerId?: string;
  schedule?: { everyMs: number; leaseMs: number };
}

/** Claims one due tenant (no refresh row yet, or due and not leased); null when none is due. */
async function claimDueTenant(db: Db, now: Date, owner: string, leaseMs: number): Promise<{ tenantId: string; dueAt: Date } | null> {
  const leaseFree = { OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] };
  const candidates = await db.tenant.findMany({
    where: { OR: [{ recommendationRefresh: { is: null } }, { recommendationRefresh: { is: { dueAt: { lte: now }, ...leaseFree } } }] },
    select: { id: true, recommendationRefresh: { select: { dueAt: true } } },
    orderBy: { id: 'asc' },
    take: 5,
  });
  const leaseUntil = new Date(now.getTime() + leaseMs);
  for (const c of candidates) {
    if (!c.recommendationRefresh) {
      try {
        await db.recommendationRefresh.create({ data: { tenantId: c.id, dueAt: now, leaseUntil, leaseOwner: owner } });
        return { tenantId: c.id, dueAt: now };
      } catch (error) {
        if ((error as { code?: string }).code === 'P2002') continue; // another worker claimed it first
        throw error;
      }
    }
    const dueAt = c.recommendationRefresh.dueAt;
    const claimed = await db.recommendationRefresh.updateMany({ where: { tenantId: c.id, dueAt, ...leaseFree }, data: { leaseUntil, leaseOwner: owner } });
    if (claimed.count === 1) return { tenantId: c.id, dueAt };
  }
  return null;
}

/**
 * The worker job (WorkerJob signature: db, config) that recomputes recommendations on a schedule and after ingests.
 * Each pass claims one due tenant with a lease, recomputes it (which also expires stale recommendations), and sets its
 * next due time; returns true while it did work, so the worker runs it again at once. An ingest during the
 * recomputation leaves the tenant due (its newer due time is not overwritten).
 */
export async function recommendationRefreshJob(db: Db, config?: { workerId?: string }, options: JobOptions = {}): Promise<boolean> {
  const now = options.now ?? new Date();
  const owner = options.workerId ?? config?.workerId ?? `pid:${process.pid}`;
  const schedule = options.schedule ?? refreshSchedule();
  const claim = await claimDueTenant(db, now, owner, schedule.leaseMs);
  if (!claim) return false;
  try {
    await refreshRecommendations(db, claim.tenantId, { now });
  } catch (error) {
    await db.recommendationRefresh.updateMany({ where: { tenantId: claim.tenantId, leaseOwner: owner }, data: { leaseUntil: null, leaseOwner: null } });
    throw error;
  }
  const done = new Date();
  const next = new Date(now.getTime() + schedule.everyMs);
  const settled = await db.recommendationRefresh.updateMany({
    where: { tenantId: claim.tenantId, leaseOwner: owner, dueAt: claim.dueAt },
    data: { dueAt: next, refreshedAt: done, leaseUntil: null, leaseOwner: null },
  });
  // Made due again by an ingest while we computed: keep its due time, release the lease.
  if (settled.count === 0) await db.recommendationRefresh.updateMany({ where: { tenantId: claim.tenantId, leaseOwner: owner }, data: { refreshedAt: done, leaseUntil: null, leaseOwner: null } });
  return true;
}

/** After an ingest: the tenants are due at the worker's next pass (stored, so a worker in another process sees it). */
export async function recommendationsDue(db: Db, tenantIds: Iterable<string>, now = new Date()): Promise<void> {
  for (const tenantId of tenantIds) {
    await db.recommendationRefresh.upsert({ where: { tenantId }, create: { tenantId, dueAt: now }, update: { dueAt: now } });
  }
}
