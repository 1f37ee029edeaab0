import { z } from 'zod';
import type { Prisma } from '../../../prisma/generated/sqlite/client.ts';
import { endpointWants } from './event-types.ts';

/** The transaction client handed to `db.$transaction(async (tx) => …)` (a plain client works too). */
export type Tx = Prisma.TransactionClient;

const EmitInput = z.object({
  partnerId: z.string().min(1),
  type: z.string().regex(/^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/, 'a dotted lower-case event type, e.g. "report.delivered"'),
  payload: z.record(z.string(), z.unknown()),
});
export type EmitInput = z.infer<typeof EmitInput>;

const StringList = z.array(z.string());

/**
 * The outbox write: records the event and one pending delivery per enabled endpoint of the partner that wants it,
 * with the caller's transaction client, so the event exists if and only if the change it describes was committed.
 * The worker delivers it later; nothing here talks to the network.
 */
export async function emitEvent(tx: Tx, input: EmitInput): Promise<{ eventId: string; deliveries: number }> {
  const { partnerId, type, payload } = EmitInput.parse(input);
  const event = await tx.webhookEvent.create({ data: { partnerId, type, payload: payload as object }, select: { id: true } });
  const endpoints = await tx.webhookEndpoint.findMany({ where: { partnerId, enabled: true }, select: { id: true, eventTypes: true } });
  const wanted = endpoints.filter((endpoint) => endpointWants(StringList.catch([]).parse(endpoint.eventTypes), type));
  if (wanted.length > 0) {
    await tx.webhookDelivery.createMany({ data: wanted.map((endpoint) => ({ endpointId: endpoint.id, eventId: event.id })) });
  }
  return { eventId: event.id, deliveries: wanted.length };
}
