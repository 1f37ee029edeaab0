import { randomUUID } from 'node:crypto';
import type { Db } from '../../../prisma/connect.ts';

/** What a due delivery is: waiting or failed, its time has come, and nobody holds a live lease on it. */
function dueWhere(now: Date) {
  return {
    status: { in: ['pending' as const, 'failed' as const] },
    nextAttemptAt: { lte: now },
    OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
    endpoint: { enabled: true },
  };
}

/**
 * Claims up to `limit` due deliveries for this worker with a lease. The claim is one conditional UPDATE that re-checks
 * the due condition row by row, so two workers (or a worker and its restarted self) never both win a row, on SQLite
 * and on PostgreSQL alike; the unique lease token then tells which rows this call won. A worker killed while holding
 * rows loses nothing: its lease runs out and the rows become due again.
 */
export async function claimDueDeliveries(db: Db, options: { workerId: string; limit: number; leaseMs: number; now?: Date }): Promise<{ lease: string; ids: string[] }> {
  const now = options.now ?? new Date();
  const candidates = await db.webhookDelivery.findMany({
    where: dueWhere(now),
    orderBy: { nextAttemptAt: 'asc' },
    take: options.limit,
    select: { id: true },
  });
  const lease = `${options.workerId}:${randomUUID()}`;
  if (candidates.length === 0) return { lease, ids: [] };
  await db.webhookDelivery.updateMany({
    where: { id: { in: candidates.map((c) => c.id) }, ...dueWhere(now) },
    data: { leaseOwner: lease, leaseUntil: new Date(now.getTime() + options.leaseMs) },
  });
  const won = await db.webhookDelivery.findMany({ where: { leaseOwner: lease }, select: { id: true } });
  return { lease, ids: won.map((row) => row.id) };
}
