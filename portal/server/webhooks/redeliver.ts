import type { Db } from '../../../prisma/connect.ts';
import { AppError } from '../../lib/errors.ts';

/**
 * Manual redelivery from the delivery log: the same delivery (same webhook-id, so receivers still dedupe) becomes due
 * now with a fresh retry window. The partner is inside the where: another partner's delivery id is a 404.
 */
export async function redeliver(db: Db, partnerId: string, deliveryId: string): Promise<void> {
  const { count } = await db.webhookDelivery.updateMany({
    where: { id: deliveryId, endpoint: { partnerId }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: new Date() } }] },
    data: { status: 'pending', attempts: 0, nextAttemptAt: new Date(), leaseOwner: null, leaseUntil: null, deliveredAt: null },
  });
  if (count === 0) {
    const exists = await db.webhookDelivery.count({ where: { id: deliveryId, endpoint: { partnerId } } });
    if (exists === 0) throw new AppError('NOT_FOUND', 'No such delivery.');
    throw new AppError('CONFLICT', 'This delivery is being attempted right now; try again in a minute.');
  }
}
