import type { Db } from '../../../prisma/connect.ts';
import { sendSystemMail } from '../worker/mail.ts';

export const DEFAULT_DISABLE_AFTER_FAILURES = 20;

/** A delivery succeeded: the endpoint's failure streak starts again from zero. */
export async function recordEndpointSuccess(db: Db, endpointId: string): Promise<void> {
  await db.webhookEndpoint.updateMany({ where: { id: endpointId, failureStreak: { gt: 0 } }, data: { failureStreak: 0 } });
}

/**
 * A delivery attempt failed: one more in the endpoint's streak. Past the threshold the endpoint is disabled (its
 * deliveries wait, they are not dropped) and the partner is told once, by an audit event and an email to its owners
 * and admins — the conditional update makes sure only one worker writes that notice.
 */
export async function recordEndpointFailure(db: Db, endpointId: string, disableAfter: number): Promise<{ disabled: boolean }> {
  const endpoint = await db.webhookEndpoint.update({ where: { id: endpointId }, data: { failureStreak: { increment: 1 } } });
  if (endpoint.failureStreak < disableAfter || !endpoint.enabled) return { disabled: false };
  const reason = `Disabled after ${endpoint.failureStreak} consecutive failed deliveries.`;
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id: endpointId, enabled: true },
    data: { enabled: false, disabledAt: new Date(), disabledReason: reason },
  });
  if (count === 0) return { disabled: false };
  await db.auditEvent.create({
    data: {
      partnerId: endpoint.partnerId,
      actorType: 'system',
      actorLabel: 'webhook worker',
      action: 'webhook_endpoint.disabled',
      targetType: 'webhook_endpoint',
      targetId: endpoint.id,
      metadata: { url: endpoint.url, failureStreak: endpoint.failureStreak, reason },
    },
  });
  const admins = await db.membership.findMany({
    where: { partnerId: endpoint.partnerId, tenantId: null, role: { in: ['owner', 'admin'] } },
    select: { user: { select: { email: true } } },
  });
  const partner = await db.partner.findUnique({ where: { id: endpoint.partnerId }, select: { name: true } });
  const to = admins.map((m) => m.user.email);
  if (to.length > 0) {
    await sendSystemMail({
      to,
      subject: `Webhook endpoint disabled: ${endpoint.url}`,
      text: [
        `Hello ${partner?.name ?? ''},`,
        '',
        `Your webhook endpoint ${endpoint.url} failed ${endpoint.failureStreak} deliveries in a row and has been disabled.`,
        'Events keep being recorded; re-enable the endpoint in Settings → Webhooks once it answers again and they will be delivered.',
      ].join('\n'),
    }).catch((error: unknown) => console.error('webhooks: could not send the endpoint-disabled notice', error));
  }
  return { disabled: true };
}
