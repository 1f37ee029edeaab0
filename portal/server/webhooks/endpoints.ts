import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { encryptSecret } from '@/lib/secret-box';
import { WEBHOOK_EVENT_TYPES } from './event-types';
import { generateWebhookSecret } from './signing';

export const EndpointInputSchema = z.object({
  url: z
    .url('A full URL, e.g. https://hooks.agency.com/stratum.')
    .max(2_000)
    .refine((u) => /^https?:\/\//.test(u), 'Use http or https.'),
  description: z.string().trim().max(200).optional(),
  eventTypes: z.array(z.enum(WEBHOOK_EVENT_TYPES)).max(WEBHOOK_EVENT_TYPES.length).default([]),
});
export type EndpointInput = z.infer<typeof EndpointInputSchema>;

/** Creates an endpoint; the signing secret is returned once and stored encrypted. */
export async function createEndpoint(partnerId: string, input: EndpointInput): Promise<{ id: string; secret: string }> {
  const secret = generateWebhookSecret();
  const endpoint = await db.webhookEndpoint.create({
    data: { partnerId, url: input.url, description: input.description ?? null, eventTypes: input.eventTypes, secretEncrypted: encryptSecret(secret) },
    select: { id: true },
  });
  return { id: endpoint.id, secret };
}

export async function listEndpoints(partnerId: string) {
  return db.webhookEndpoint.findMany({
    where: { partnerId },
    orderBy: { createdAt: 'asc' },
    select: { id: true, url: true, description: true, eventTypes: true, enabled: true, disabledAt: true, disabledReason: true, failureStreak: true, createdAt: true },
  });
}

/** The delivery log of an endpoint: newest first, with the truncated response of the last attempt. */
export async function deliveryLog(partnerId: string, endpointId: string, take = 50) {
  return db.webhookDelivery.findMany({
    where: { endpointId, endpoint: { partnerId } },
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, status: true, attempts: true, nextAttemptAt: true, lastStatusCode: true, lastResponse: true, lastError: true, deliveredAt: true, createdAt: true, event: { select: { id: true, type: true } } },
  });
}

/** Re-enables a disabled endpoint: its waiting deliveries resume, the failure streak starts again. */
export async function setEndpointEnabled(partnerId: string, endpointId: string, enabled: boolean): Promise<void> {
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id: endpointId, partnerId },
    data: enabled ? { enabled: true, disabledAt: null, disabledReason: null, failureStreak: 0 } : { enabled: false, disabledAt: new Date(), disabledReason: 'Disabled by a member.' },
  });
  if (count === 0) throw new AppError('NOT_FOUND', 'No such endpoint.');
}

export async function deleteEndpoint(partnerId: string, endpointId: string): Promise<void> {
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id: endpointId, partnerId } });
  if (count === 0) throw new AppError('NOT_FOUND', 'No such endpoint.');
}
