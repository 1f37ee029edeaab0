'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { toAppError } from '@/lib/errors';
import { scheduleActor } from '@/server/reports/schedule-actor';
import { createSchedule, deleteSchedule, resendRun, ScheduleInputSchema, sendNow } from '@/server/reports/schedules';
import { partnerMemberOrThrow } from '@/server/tenancy/require-member';

/** The outcome, and on failure what was typed (React resets a form after its action; the fields refill from these). */
export type FormState = { ok: boolean; message: string; values?: Record<string, string> } | null;

const Ids = z.object({ partnerSlug: z.string().min(1).max(64), id: z.string().min(1).max(40) });

async function actorFor(partnerSlug: string) {
  return scheduleActor(await partnerMemberOrThrow(partnerSlug, 'reports.manage'), true);
}

/** Creates a schedule from the form; problems come back as a message, never a 500. */
export async function createScheduleAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(['name', 'dashboard', 'cron', 'timezone', 'recipients', 'format', 'rangePreset'].map((k) => [k, String(form.get(k) ?? '').slice(0, 2_000)]));
  try {
    const partnerSlug = z.string().min(1).max(64).parse(form.get('partnerSlug'));
    const [tenantId, dashboardId] = String(form.get('dashboard') ?? '').split(':');
    const input = ScheduleInputSchema.safeParse({
      name: form.get('name'),
      dashboardId,
      cron: form.get('cron'),
      timezone: form.get('timezone'),
      recipients: String(form.get('recipients') ?? '').split(/[\s,;]+/).filter(Boolean),
      format: form.get('format'),
      rangePreset: form.get('rangePreset'),
      enabled: true,
    });
    if (!input.success) return { ok: false, message: input.error.issues.map((i) => i.message).join(' '), values };
    await createSchedule(await actorFor(partnerSlug), tenantId ?? '', input.data);
    revalidatePath(`/reports/${partnerSlug}`);
    return { ok: true, message: 'Schedule saved.' };
  } catch (error) {
    return { ok: false, message: toAppError(error).message, values };
  }
}

async function simple(form: FormData, run: (actor: Awaited<ReturnType<typeof actorFor>>, id: string) => Promise<void>): Promise<void> {
  const { partnerSlug, id } = Ids.parse({ partnerSlug: form.get('partnerSlug'), id: form.get('id') });
  await run(await actorFor(partnerSlug), id);
  revalidatePath(`/reports/${partnerSlug}`);
}

export async function sendNowAction(form: FormData): Promise<void> {
  await simple(form, sendNow);
}
export async function deleteScheduleAction(form: FormData): Promise<void> {
  await simple(form, deleteSchedule);
}
export async function resendRunAction(form: FormData): Promise<void> {
  await simple(form, resendRun);
}
