import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { PartnerContext } from '@/server/tenancy/membership';

export const AUDIT_PAGE_SIZE = 25;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const AuditFilterSchema = z.object({
  action: z.string().trim().max(60).regex(/^[\w.]*$/).optional().catch(undefined),
  actor: z.string().trim().max(120).optional().catch(undefined),
  tenant: z.string().max(40).optional().catch(undefined),
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

function where(ctx: PartnerContext, f: AuditFilter) {
  return {
    partnerId: ctx.partner.id,
    ...(f.action ? { action: { startsWith: f.action } } : {}),
    ...(f.actor ? { actorLabel: { contains: f.actor } } : {}),
    ...(f.tenant ? { tenantId: f.tenant } : {}),
    ...(f.from || f.to ? { at: { ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}), ...(f.to ? { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) } : {}) } } : {}),
  };
}

const SELECT = { id: true, at: true, actorType: true, actorLabel: true, action: true, targetType: true, targetId: true, metadata: true, ip: true, tenant: { select: { name: true } } } as const;

/** One page of the partner's audit events, newest first, with the partner inside the where. */
export async function listAuditEvents(ctx: PartnerContext, f: AuditFilter) {
  const w = where(ctx, f);
  const [total, rows, actions] = await Promise.all([
    db.auditEvent.count({ where: w }),
    db.auditEvent.findMany({ where: w, orderBy: [{ at: 'desc' }, { id: 'desc' }], skip: (f.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE, select: SELECT }),
    db.auditEvent.findMany({ where: { partnerId: ctx.partner.id }, distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' }, take: 200 }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), actions: actions.map((a) => a.action) };
}

const csvCell = (value: unknown): string => {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : JSON.stringify(value);
  // Spreadsheet formula injection: a leading = + - @ is made inert.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The filtered events as CSV (at most 50,000 rows), streamed in pages. */
export async function* auditCsv(ctx: PartnerContext, f: AuditFilter): AsyncGenerator<string> {
  yield 'at,actor_type,actor,action,target_type,target_id,client,ip,metadata\n';
  const w = where(ctx, f);
  let cursor: string | undefined;
  for (let sent = 0; sent < 50_000; ) {
    const rows = await db.auditEvent.findMany({ where: w, orderBy: [{ at: 'desc' }, { id: 'desc' }], take: 1000, ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}), select: SELECT });
    if (rows.length === 0) return;
    yield rows.map((r) => [r.at, r.actorType, r.actorLabel, r.action, r.targetType, r.targetId, r.tenant?.name, r.ip, r.metadata].map(csvCell).join(',')).join('\n') + '\n';
    sent += rows.length;
    cursor = rows.at(-1)?.id;
  }
}
