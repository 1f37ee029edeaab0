import 'server-only';
import { z } from 'zod';
import type { DashboardLayout } from '@stratum/contract';
import type { Prisma } from '../../../prisma/generated/sqlite/client.ts';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/server/audit/record';
import { DashboardLayoutSchema } from '@/server/embed/schemas';
import type { ActionContext } from '@/server/tenancy/action';
import type { PartnerContext } from '@/server/tenancy/membership';
import { visibleTenantWhere } from '@/server/tenancy/tenants';

export const SaveDashboardSchema = z.object({
  dashboardId: z.string().min(1).max(40),
  title: z.string().trim().min(1, 'A title, please.').max(120),
  description: z.string().trim().max(500).nullable(),
  layout: DashboardLayoutSchema,
  /** The version the editor started from: a stale save is refused instead of overwriting someone else's. */
  baseVersion: z.number().int().min(1),
});

export const CreateDashboardSchema = z.object({ tenantId: z.string().min(1).max(40).nullable(), title: z.string().trim().min(1, 'A title, please.').max(120), templateId: z.string().max(40).nullable() });

export const ApplyTemplateSchema = z.object({
  templateId: z.string().min(1).max(40),
  target: z.union([z.literal('all'), z.array(z.string().min(1).max(40)).min(1, 'Pick at least one client.')]),
});

const parseLayout = (value: unknown): DashboardLayout => {
  const parsed = DashboardLayoutSchema.safeParse(value);
  return parsed.success ? parsed.data : { widgets: [] };
};
/** A validated layout as a Json column value. */
const asJson = (layout: DashboardLayout) => layout as unknown as Prisma.InputJsonObject;

/** Tenant dashboards (the ones the user may see) and the partner's templates. */
export async function listDashboards(ctx: PartnerContext) {
  const rows = await db.dashboard.findMany({
    where: { partnerId: ctx.partner.id, OR: [{ isTemplate: true }, { tenant: visibleTenantWhere(ctx) }] },
    orderBy: [{ isTemplate: 'desc' }, { updatedAt: 'desc' }],
    select: { id: true, title: true, isTemplate: true, version: true, updatedAt: true, layout: true, tenant: { select: { id: true, name: true, slug: true } }, sourceTemplate: { select: { title: true } } },
  });
  return rows.map(({ layout, ...r }) => ({ ...r, widgetCount: parseLayout(layout).widgets.length }));
}

export async function getDashboard(ctx: PartnerContext, id: string) {
  const d = await db.dashboard.findFirst({
    where: { id, partnerId: ctx.partner.id, OR: [{ isTemplate: true }, { tenant: visibleTenantWhere(ctx) }] },
    select: {
      id: true, title: true, description: true, isTemplate: true, version: true, layout: true, updatedAt: true, tenantId: true,
      tenant: { select: { id: true, name: true } },
      versions: { orderBy: { version: 'desc' }, take: 20, select: { version: true, title: true, createdAt: true, createdBy: { select: { email: true } } } },
    },
  });
  if (!d) throw new AppError('NOT_FOUND', 'No such dashboard.');
  return { ...d, layout: parseLayout(d.layout) };
}

const EMPTY_LAYOUT: DashboardLayout = { widgets: [{ id: 'kpi-spend', kind: 'kpi', title: 'Spend', metric: 'spend', layout: { w: 3, h: 1 } }], defaultRange: 'last_30_days' };

export async function createDashboard(ctx: ActionContext, input: z.infer<typeof CreateDashboardSchema>) {
  if (input.tenantId) {
    const tenant = await db.tenant.findFirst({ where: { id: input.tenantId, partnerId: ctx.partner.id }, select: { id: true } });
    if (!tenant) throw new AppError('NOT_FOUND', 'No such client.');
  }
  const template = input.templateId ? await db.dashboard.findFirst({ where: { id: input.templateId, partnerId: ctx.partner.id, isTemplate: true }, select: { id: true, layout: true, description: true } }) : null;
  if (input.templateId && !template) throw new AppError('NOT_FOUND', 'No such template.');
  const layout = template ? parseLayout(template.layout) : EMPTY_LAYOUT;
  const d = await db.dashboard.create({
    data: { partnerId: ctx.partner.id, tenantId: input.tenantId, isTemplate: input.tenantId === null, title: input.title, description: template?.description ?? null, layout: asJson(layout), sourceTemplateId: template?.id ?? null, versions: { create: { version: 1, title: input.title, layout: asJson(layout), createdById: ctx.user.id } } },
    select: { id: true },
  });
  await recordAudit({ partnerId: ctx.partner.id, tenantId: input.tenantId, actor: ctx.actor, action: input.tenantId ? 'dashboard.created' : 'template.created', target: { type: 'dashboard', id: d.id }, metadata: { title: input.title }, ip: ctx.ip, userAgent: ctx.userAgent });
  return d;
}

/** Saves a new version (optimistic: the editor's base version must still be the current one). */
export async function saveDashboard(ctx: ActionContext, input: z.infer<typeof SaveDashboardSchema>) {
  const current = await getDashboard(ctx, input.dashboardId);
  if (current.isTemplate && !ctx.can('templates.manage')) throw new AppError('FORBIDDEN', 'Your role cannot change templates.');
  const version = current.version + 1;
  const updated = await db.dashboard.updateMany({
    where: { id: current.id, partnerId: ctx.partner.id, version: input.baseVersion },
    data: { title: input.title, description: input.description, layout: asJson(input.layout), version },
  });
  if (updated.count === 0) throw new AppError('CONFLICT', 'Someone saved this dashboard meanwhile. Reload to see their version.');
  await db.dashboardVersion.create({ data: { dashboardId: current.id, version, title: input.title, layout: asJson(input.layout), createdById: ctx.user.id } });
  await recordAudit({ partnerId: ctx.partner.id, tenantId: current.tenantId, actor: ctx.actor, action: current.isTemplate ? 'template.updated' : 'dashboard.updated', target: { type: 'dashboard', id: current.id }, metadata: { title: input.title, version, widgets: input.layout.widgets.length }, ip: ctx.ip, userAgent: ctx.userAgent });
  return { version };
}

/** Copies a tenant dashboard into a new partner template. */
export async function saveAsTemplate(ctx: ActionContext, dashboardId: string, title: string) {
  const source = await getDashboard(ctx, dashboardId);
  const t = await db.dashboard.create({
    data: { partnerId: ctx.partner.id, tenantId: null, isTemplate: true, title, description: source.description, layout: asJson(source.layout), versions: { create: { version: 1, title, layout: asJson(source.layout), createdById: ctx.user.id } } },
    select: { id: true },
  });
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'template.created', target: { type: 'dashboard', id: t.id }, metadata: { title, from: source.id }, ip: ctx.ip, userAgent: ctx.userAgent });
  return t;
}

/**
 * Applies a template to some or all clients: a client that already has a dashboard from this template gets it
 * updated to the template's layout (new version); the others get a new dashboard. One audit event per client.
 */
export async function applyTemplate(ctx: ActionContext, input: z.infer<typeof ApplyTemplateSchema>) {
  const template = await db.dashboard.findFirst({ where: { id: input.templateId, partnerId: ctx.partner.id, isTemplate: true }, select: { id: true, title: true, description: true, layout: true } });
  if (!template) throw new AppError('NOT_FOUND', 'No such template.');
  const layout = parseLayout(template.layout);
  const tenants = await db.tenant.findMany({ where: { partnerId: ctx.partner.id, ...(input.target === 'all' ? {} : { id: { in: input.target } }) }, select: { id: true, name: true } });
  if (input.target !== 'all' && tenants.length !== input.target.length) throw new AppError('NOT_FOUND', 'Some of those clients are not yours.');
  const results: { tenantId: string; dashboardId: string; created: boolean }[] = [];
  for (const tenant of tenants) {
    const existing = await db.dashboard.findFirst({ where: { partnerId: ctx.partner.id, tenantId: tenant.id, sourceTemplateId: template.id }, select: { id: true, version: true } });
    let dashboardId: string;
    if (existing) {
      const version = existing.version + 1;
      await db.dashboard.update({ where: { id: existing.id }, data: { title: template.title, layout: asJson(layout), version, versions: { create: { version, title: template.title, layout: asJson(layout), createdById: ctx.user.id } } } });
      dashboardId = existing.id;
    } else {
      const d = await db.dashboard.create({
        data: { partnerId: ctx.partner.id, tenantId: tenant.id, title: template.title, description: template.description, layout: asJson(layout), sourceTemplateId: template.id, versions: { create: { version: 1, title: template.title, layout: asJson(layout), createdById: ctx.user.id } } },
        select: { id: true },
      });
      dashboardId = d.id;
    }
    results.push({ tenantId: tenant.id, dashboardId, created: !existing });
    await recordAudit({ partnerId: ctx.partner.id, tenantId: tenant.id, actor: ctx.actor, action: 'template.applied', target: { type: 'dashboard', id: dashboardId }, metadata: { template: template.title, templateId: template.id, created: !existing }, ip: ctx.ip, userAgent: ctx.userAgent });
  }
  return { applied: results.length, created: results.filter((r) => r.created).length };
}
