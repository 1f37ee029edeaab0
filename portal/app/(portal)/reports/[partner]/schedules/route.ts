import { z } from 'zod';
import { parseJsonBody } from '@/lib/http';
import { scheduleActor } from '@/server/reports/schedule-actor';
import { createSchedule, listSchedules, schedulableTenant, ScheduleInputSchema } from '@/server/reports/schedules';
import { withPartnerRoute } from '@/server/tenancy/route';

export const dynamic = 'force-dynamic';

const TenantQuery = z.object({ tenant: z.string().min(1).max(40) });
const CreateBody = z.object({ tenantId: z.string().min(1).max(40), schedule: ScheduleInputSchema });

type Schedule = Awaited<ReturnType<typeof listSchedules>>[number];
const dto = (s: Pick<Schedule, 'id' | 'name' | 'tenantId' | 'dashboardId' | 'cron' | 'timezone' | 'format' | 'rangePreset' | 'enabled' | 'nextRunAt'>) => ({
  id: s.id,
  name: s.name,
  tenantId: s.tenantId,
  dashboardId: s.dashboardId,
  cron: s.cron,
  timezone: s.timezone,
  format: s.format,
  rangePreset: s.rangePreset,
  enabled: s.enabled,
  nextRunAt: s.nextRunAt?.toISOString() ?? null,
});

/**
 * GET /reports/<partner>/schedules?tenant=<tenantId> — one client's schedules. Client users get their own tenant's
 * only: any other tenant id is a 404, exactly like an id that does not exist.
 */
export const GET = withPartnerRoute(
  async ({ request, ctx }) => {
    const { tenant } = TenantQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
    const actor = scheduleActor(ctx, false);
    const found = await schedulableTenant(actor, tenant);
    return Response.json({ tenant: found, schedules: (await listSchedules(actor, found.id)).map(dto) });
  },
  { permission: 'reports.read' },
);

/** POST /reports/<partner>/schedules {tenantId, schedule} — self-service for clients on their own tenant (else 404). */
export const POST = withPartnerRoute(
  async ({ request, ctx }) => {
    const body = await parseJsonBody(request, CreateBody);
    const actor = scheduleActor(ctx, true);
    await schedulableTenant(actor, body.tenantId);
    return Response.json(dto(await createSchedule(actor, body.tenantId, body.schedule)), { status: 201 });
  },
  { permission: 'reports.manage' },
);
