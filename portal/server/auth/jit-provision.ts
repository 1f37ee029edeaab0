import 'server-only';
import { db } from '@/lib/db';
import { recordAudit } from '@/server/audit/record';
import { requestMeta } from './request-meta';
import { connectionIdOfProvider } from './sso-providers';

/**
 * Just-in-time provisioning after an SSO sign-in: a person with no membership in the connection's partner gets
 * one with the connection's default role. Existing memberships (invited, seeded, SCIM) are left as they are.
 * The sign-in itself is audited for the partner.
 */
export async function provisionAfterSsoSignIn(input: { userId: string; email: string; providerId: string }): Promise<void> {
  const connectionId = connectionIdOfProvider(input.providerId);
  if (!connectionId) return;
  const connection = await db.ssoConnection.findUnique({ where: { id: connectionId }, select: { id: true, kind: true, partnerId: true, defaultRole: true, name: true } });
  if (!connection) return;
  const meta = await requestMeta();
  const actor = { type: 'user' as const, id: input.userId, label: input.email };
  const existing = await db.membership.findFirst({ where: { userId: input.userId, partnerId: connection.partnerId }, select: { id: true } });
  if (!existing) {
    const membership = await db.membership.create({
      data: { userId: input.userId, partnerId: connection.partnerId, role: connection.defaultRole, source: 'sso' },
    });
    await recordAudit({
      partnerId: connection.partnerId,
      actor,
      action: 'member.provisioned',
      target: { type: 'membership', id: membership.id },
      metadata: { via: 'sso', connection: connection.name, role: connection.defaultRole },
      ...meta,
    });
  }
  await recordAudit({ partnerId: connection.partnerId, actor, action: 'auth.signed_in', target: { type: 'sso_connection', id: connection.id }, metadata: { method: connection.kind }, ...meta });
}
