import 'server-only';
import { db } from '@/lib/db';

export type AuditActor =
  | { type: 'user'; id: string; label: string }
  | { type: 'system'; label: string }
  | { type: 'scim'; id?: string; label: string };

export interface AuditInput {
  partnerId: string | null;
  tenantId?: string | null;
  actor: AuditActor;
  /** Dotted verb: "theme.updated", "member.invited". */
  action: string;
  target?: { type: string; id: string };
  metadata?: Record<string, unknown>;
  ip?: string | null;
  userAgent?: string | null;
}

/** Writes one AuditEvent. Secrets never go into metadata: callers pass names, ids and changed field names. */
export async function recordAudit(input: AuditInput, client: Pick<typeof db, 'auditEvent'> = db): Promise<void> {
  await client.auditEvent.create({
    data: {
      partnerId: input.partnerId,
      tenantId: input.tenantId ?? null,
      actorType: input.actor.type,
      actorId: input.actor.type === 'system' ? null : (input.actor.id ?? null),
      actorLabel: input.actor.label,
      action: input.action,
      targetType: input.target?.type ?? null,
      targetId: input.target?.id ?? null,
      ...(input.metadata ? { metadata: input.metadata as object } : {}),
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    },
  });
}
