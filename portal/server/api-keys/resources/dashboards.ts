import 'server-only';
import type { z } from 'zod';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { pageArgs, toPage, type PageQuery } from '@/lib/pagination';
import { DashboardLayoutSchema } from '@/server/embed/schemas';
import type { DashboardCreateSchema, DashboardSchema, DashboardUpdateSchema } from './schemas';
import { findPartnerTenant } from './tenants';

type DashboardRow = Awaited<ReturnType<Db['dashboard']['findFirstOrThrow']>>;

export function dashboardDto(d: DashboardRow): z.infer<typeof DashboardSchema> {
  return {
    id: d.id,
    tenantId: d.tenantId ?? '',
    title: d.title,
    description: d.description,
    layout: DashboardLayoutSchema.catch({ widgets: [] }).parse(d.layout),
    version: d.version,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

export async function listDashboards(db: Db, partnerId: string, tenantId: string, query: PageQuery) {
  const { idAfter, ...args } = pageArgs(query);
  const rows = await db.dashboard.findMany({ where: { tenantId, partnerId, tenant: { partnerId }, ...idAfter }, ...args });
  if (rows.length === 0) await findPartnerTenant(db, partnerId, tenantId);
  return toPage(rows, query, dashboardDto);
}

export async function getDashboard(db: Db, partnerId: string, id: string) {
  const dashboard = await db.dashboard.findFirst({ where: { id, partnerId, tenant: { partnerId } } });
  if (!dashboard) throw new AppError('NOT_FOUND', 'No such dashboard.');
  return dashboard;
}

export async function createDashboard(db: Db, partnerId: string, tenantId: string, input: z.infer<typeof DashboardCreateSchema>) {
  const tenant = await findPartnerTenant(db, partnerId, tenantId);
  const dashboard = await db.dashboard.create({
    data: { partnerId, tenantId: tenant.id, title: input.title, description: input.description ?? null, layout: input.layout },
  });
  return dashboardDto(dashboard);
}

/** Updates a dashboard and keeps the previous definition as a DashboardVersion. */
export async function updateDashboard(db: Db, partnerId: string, id: string, input: z.infer<typeof DashboardUpdateSchema>) {
  const current = await getDashboard(db, partnerId, id);
  const updated = await db.$transaction(async (tx) => {
    await tx.dashboardVersion.create({ data: { dashboardId: current.id, version: current.version, title: current.title, layout: current.layout ?? {} } });
    return tx.dashboard.update({
      where: { id: current.id },
      data: { ...(input.title ? { title: input.title } : {}), ...(input.description !== undefined ? { description: input.description } : {}), ...(input.layout ? { layout: input.layout } : {}), version: current.version + 1 },
    });
  });
  return dashboardDto(updated);
}
