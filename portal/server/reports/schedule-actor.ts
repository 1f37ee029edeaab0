import 'server-only';
import { AppError } from '@/lib/errors';
import type { PartnerContext } from '@/server/tenancy/membership';
import type { ScheduleActor } from './schedules';

/**
 * Who may manage scheduled reports: a client user on their own tenant (self-service), or a partner member who may
 * manage reports (reports.manage: analyst and above) on any of the partner's clients. Viewers read only.
 */
export function scheduleActor(ctx: PartnerContext, forWriting: boolean): ScheduleActor {
  if (ctx.role === 'client') {
    const tenantId = ctx.clientTenantIds[0];
    if (!tenantId) throw new AppError('FORBIDDEN', 'You are not a member of any client.');
    return { partnerId: ctx.partner.id, userId: ctx.user.id, tenantId };
  }
  if (forWriting && !ctx.can('reports.manage')) throw new AppError('FORBIDDEN', 'Your role may not change scheduled reports.');
  return { partnerId: ctx.partner.id, userId: ctx.user.id, tenantId: null };
}
