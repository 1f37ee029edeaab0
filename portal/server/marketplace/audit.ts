import 'server-only';
import type { Db } from '../../../prisma/connect.ts';
import type { MarketplaceContext } from './context';

type Tx = Pick<Db, 'auditEvent'>;

/** Writes one AuditEvent for a marketplace step, inside the caller's transaction. */
export async function audit(
  tx: Tx,
  ctx: MarketplaceContext,
  event: { action: string; partnerId: string | null; tenantId?: string | null; targetType: string; targetId: string; metadata?: Record<string, unknown> },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      partnerId: event.partnerId,
      tenantId: event.tenantId ?? null,
      actorType: ctx.actor.type,
      actorId: ctx.actor.type === 'user' ? ctx.actor.userId : null,
      actorLabel: ctx.actor.label,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      metadata: (event.metadata ?? {}) as object,
      ip: ctx.ip ?? null,
      userAgent: ctx.userAgent ?? null,
    },
  });
}
