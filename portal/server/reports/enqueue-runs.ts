import type { Db } from '../../../prisma/connect.ts';
import { nextRunAfter } from './schedule-time.ts';

/**
 * Turns due schedules into queued runs. The schedule's nextRunAt is advanced with a conditional update (it must still
 * hold the value this worker read) and the run is created in the same transaction; the run's unique
 * (schedule, scheduledFor) makes a second worker's attempt a no-op. After downtime only the latest missed slot runs.
 */
export async function enqueueDueRuns(db: Db, now = new Date()): Promise<number> {
  const due = await db.scheduledReport.findMany({
    where: { enabled: true, OR: [{ nextRunAt: null }, { nextRunAt: { lte: now } }] },
    select: { id: true, cron: true, timezone: true, nextRunAt: true },
    take: 100,
  });
  let queued = 0;
  for (const schedule of due) {
    let next: Date;
    try {
      next = nextRunAfter(schedule.cron, schedule.timezone, now);
    } catch (error) {
      console.error(`reports: schedule ${schedule.id} has an unreadable cron; disabling it`, error);
      await db.scheduledReport.update({ where: { id: schedule.id }, data: { enabled: false } });
      continue;
    }
    const created = await db.$transaction(async (tx) => {
      const { count } = await tx.scheduledReport.updateMany({ where: { id: schedule.id, nextRunAt: schedule.nextRunAt }, data: { nextRunAt: next } });
      if (count === 0 || schedule.nextRunAt === null) return false; // another worker took it, or the schedule just got its first time
      const exists = await tx.reportRun.count({ where: { scheduledReportId: schedule.id, scheduledFor: schedule.nextRunAt } });
      if (exists > 0) return false;
      await tx.reportRun.create({ data: { scheduledReportId: schedule.id, scheduledFor: schedule.nextRunAt } });
      return true;
    });
    if (created) queued += 1;
  }
  return queued;
}
