import 'server-only';
import { z } from 'zod';
import { DATE_RANGE_PRESETS } from '@stratum/contract';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { cronProblem, isTimeZone, nextRunAfter } from './schedule-time';

/** A schedule as a partner member or a client user submits it. */
export const ScheduleInputSchema = z
  .object({
    name: z.string().trim().min(1, 'A name, please.').max(120),
    dashboardId: z.string().min(1).max(40),
    cron: z.string().trim().max(100),
    timezone: z.string().trim().refine(isTimeZone, 'Pick a time zone such as Europe/Berlin.'),
    recipients: z.array(z.email('Each recipient must be an email address.')).min(1, 'Add at least one recipient.').max(50),
    format: z.enum(['pdf', 'csv', 'pdf_csv']),
    rangePreset: z.enum(DATE_RANGE_PRESETS),
    enabled: z.boolean().default(true),
  })
  .superRefine((value, ctx) => {
    const problem = cronProblem(value.cron);
    if (problem) ctx.addIssue({ code: 'custom', path: ['cron'], message: problem });
  });
export type ScheduleInput = z.infer<typeof ScheduleInputSchema>;

/** Who manages schedules: a partner member (any of its tenants) or a client user (their own tenant only). */
export interface ScheduleActor {
  partnerId: string;
  userId: string;
  /** Set for client users: they see and change only this tenant's schedules. */
  tenantId: string | null;
}

function tenantWhere(actor: ScheduleActor, tenantId: string) {
  return actor.tenantId ? { id: tenantId, partnerId: actor.partnerId, AND: [{ id: actor.tenantId }] } : { id: tenantId, partnerId: actor.partnerId };
}

/** The tenant, when this actor may manage its schedules (a client: their own only); NOT_FOUND otherwise. */
export async function schedulableTenant(actor: ScheduleActor, tenantId: string): Promise<{ id: string; name: string }> {
  const tenant = await db.tenant.findFirst({ where: tenantWhere(actor, tenantId), select: { id: true, name: true } });
  if (!tenant) throw new AppError('NOT_FOUND', 'No such client.');
  return tenant;
}

export async function listSchedules(actor: ScheduleActor, tenantId?: string) {
  return db.scheduledReport.findMany({
    where: { tenant: { partnerId: actor.partnerId, ...(actor.tenantId ? { id: actor.tenantId } : tenantId ? { id: tenantId } : {}) } },
    orderBy: [{ tenantId: 'asc' }, { name: 'asc' }],
    include: { dashboard: { select: { title: true } }, tenant: { select: { name: true, slug: true } }, runs: { orderBy: { scheduledFor: 'desc' }, take: 5 } },
  });
}

export async function createSchedule(actor: ScheduleActor, tenantId: string, input: ScheduleInput) {
  const dashboard = await db.dashboard.findFirst({ where: { id: input.dashboardId, isTemplate: false, tenant: tenantWhere(actor, tenantId) }, select: { id: true } });
  if (!dashboard) throw new AppError('NOT_FOUND', 'No such dashboard for this client.');
  return db.scheduledReport.create({
    data: { ...input, tenantId, createdById: actor.userId, nextRunAt: input.enabled ? nextRunAfter(input.cron, input.timezone, new Date()) : null },
  });
}

export async function updateSchedule(actor: ScheduleActor, scheduleId: string, input: ScheduleInput) {
  const existing = await db.scheduledReport.findFirst({ where: { id: scheduleId, tenant: { partnerId: actor.partnerId, ...(actor.tenantId ? { id: actor.tenantId } : {}) } }, select: { tenantId: true } });
  if (!existing) throw new AppError('NOT_FOUND', 'No such schedule.');
  const dashboard = await db.dashboard.findFirst({ where: { id: input.dashboardId, isTemplate: false, tenantId: existing.tenantId }, select: { id: true } });
  if (!dashboard) throw new AppError('NOT_FOUND', 'No such dashboard for this client.');
  return db.scheduledReport.update({ where: { id: scheduleId }, data: { ...input, nextRunAt: input.enabled ? nextRunAfter(input.cron, input.timezone, new Date()) : null } });
}

export async function deleteSchedule(actor: ScheduleActor, scheduleId: string): Promise<void> {
  const { count } = await db.scheduledReport.deleteMany({ where: { id: scheduleId, tenant: { partnerId: actor.partnerId, ...(actor.tenantId ? { id: actor.tenantId } : {}) } } });
  if (count === 0) throw new AppError('NOT_FOUND', 'No such schedule.');
}

/** "Send now": a run for this minute, queued like any other (the unique (schedule, time) stops double clicks). */
export async function sendNow(actor: ScheduleActor, scheduleId: string): Promise<void> {
  const schedule = await db.scheduledReport.findFirst({ where: { id: scheduleId, tenant: { partnerId: actor.partnerId, ...(actor.tenantId ? { id: actor.tenantId } : {}) } }, select: { id: true } });
  if (!schedule) throw new AppError('NOT_FOUND', 'No such schedule.');
  const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const exists = await db.reportRun.count({ where: { scheduledReportId: schedule.id, scheduledFor: minute } });
  if (exists === 0) await db.reportRun.create({ data: { scheduledReportId: schedule.id, scheduledFor: minute } });
}

/** Re-send a run that died (e.g. interrupted while sending): queued again on purpose by a person. */
export async function resendRun(actor: ScheduleActor, runId: string): Promise<void> {
  const { count } = await db.reportRun.updateMany({
    where: { id: runId, status: { in: ['dead', 'failed'] }, scheduledReport: { tenant: { partnerId: actor.partnerId, ...(actor.tenantId ? { id: actor.tenantId } : {}) } } },
    data: { status: 'queued', attempts: 0, nextAttemptAt: new Date(), messageId: null, error: null, leaseOwner: null, leaseUntil: null },
  });
  if (count === 0) throw new AppError('NOT_FOUND', 'No such run to re-send.');
}
