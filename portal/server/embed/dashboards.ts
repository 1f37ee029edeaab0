import 'server-only';
import type { DashboardDefinition } from '@stratum/contract';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { canSeeDashboard, type EmbedContext } from './context';
import { DashboardLayoutSchema } from './schemas';

type Scoped = Pick<EmbedContext, 'tenantId' | 'partnerId' | 'scopes'>;

/** The dashboards of the token's tenant that its scopes open (dashboards:* or dashboard:<id>). */
export async function listEmbedDashboards(db: Db, ctx: Scoped): Promise<{ id: string; title: string; description: string | null; updatedAt: string }[]> {
  const all = ctx.scopes.includes('dashboards:*');
  const ids = ctx.scopes.filter((s) => s.startsWith('dashboard:')).map((s) => s.slice('dashboard:'.length));
  const rows = await db.dashboard.findMany({
    where: { tenantId: ctx.tenantId, tenant: { partnerId: ctx.partnerId }, ...(all ? {} : { id: { in: ids } }) },
    select: { id: true, title: true, description: true, updatedAt: true },
    orderBy: [{ title: 'asc' }, { id: 'asc' }],
    take: 500,
  });
  return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
}

/** One dashboard definition, if it belongs to the token's tenant and its scopes open it; else 403/404. */
export async function getEmbedDashboard(db: Db, ctx: Scoped, id: string): Promise<DashboardDefinition> {
  if (!canSeeDashboard(ctx, id)) throw new AppError('SCOPE_FORBIDDEN', 'This embed token does not open this dashboard.');
  const dashboard = await db.dashboard.findFirst({
    where: { id, tenantId: ctx.tenantId, tenant: { partnerId: ctx.partnerId } },
    include: { tenant: { select: { id: true, name: true, currency: true, locale: true, timezone: true } } },
  });
  if (!dashboard?.tenant) throw new AppError('NOT_FOUND', 'No such dashboard.');
  const layout = DashboardLayoutSchema.safeParse(dashboard.layout);
  if (!layout.success) throw new AppError('UNPROCESSABLE', 'This dashboard’s layout is not valid; edit it in the portal.');
  return {
    id: dashboard.id,
    title: dashboard.title,
    description: dashboard.description,
    version: dashboard.version,
    layout: layout.data,
    tenant: dashboard.tenant,
    updatedAt: dashboard.updatedAt.toISOString(),
  };
}
