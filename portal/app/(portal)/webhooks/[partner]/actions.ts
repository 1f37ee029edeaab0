'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db';
import { toAppError } from '@/lib/errors';
import { createEndpoint, deleteEndpoint, EndpointInputSchema, setEndpointEnabled } from '@/server/webhooks/endpoints';
import { emitEvent } from '@/server/webhooks/emit-event';
import { redeliver } from '@/server/webhooks/redeliver';
import { partnerMemberOrThrow } from '@/server/tenancy/require-member';

export type EndpointFormState = { ok: true; secret: string; message: string } | { ok: false; message: string; values?: { url: string; description: string } } | null;

/** Managing webhooks is an admin's job (webhooks.manage: they hand data to the partner's systems). */
const PERMISSION = 'webhooks.manage' as const;
const Ids = z.object({ partnerSlug: z.string().min(1).max(64), id: z.string().min(1).max(40) });

export async function createEndpointAction(_previous: EndpointFormState, form: FormData): Promise<EndpointFormState> {
  const values = { url: String(form.get('url') ?? '').slice(0, 2_000), description: String(form.get('description') ?? '').slice(0, 200) };
  try {
    const partnerSlug = z.string().min(1).max(64).parse(form.get('partnerSlug'));
    const ctx = await partnerMemberOrThrow(partnerSlug, PERMISSION);
    const input = EndpointInputSchema.safeParse({ url: form.get('url'), description: form.get('description') || undefined, eventTypes: form.getAll('eventTypes') });
    if (!input.success) return { ok: false, message: input.error.issues.map((i) => i.message).join(' '), values };
    const { secret } = await createEndpoint(ctx.partner.id, input.data);
    revalidatePath(`/webhooks/${partnerSlug}`);
    return { ok: true, secret, message: 'Endpoint added. Copy its signing secret now: it is shown only once.' };
  } catch (error) {
    return { ok: false, message: toAppError(error).message, values };
  }
}

async function withEndpoint(form: FormData, run: (partnerId: string, id: string) => Promise<void>): Promise<void> {
  const { partnerSlug, id } = Ids.parse({ partnerSlug: form.get('partnerSlug'), id: form.get('id') });
  const ctx = await partnerMemberOrThrow(partnerSlug, PERMISSION);
  await run(ctx.partner.id, id);
  revalidatePath(`/webhooks/${partnerSlug}`);
}

export async function toggleEndpointAction(form: FormData): Promise<void> {
  const enable = form.get('enable') === '1';
  await withEndpoint(form, (partnerId, id) => setEndpointEnabled(partnerId, id, enable));
}
export async function deleteEndpointAction(form: FormData): Promise<void> {
  await withEndpoint(form, deleteEndpoint);
}
export async function redeliverAction(form: FormData): Promise<void> {
  await withEndpoint(form, (partnerId, id) => redeliver(db, partnerId, id));
}
/** Sends a "webhook.test" event through the outbox, like any real event. */
export async function sendTestEventAction(form: FormData): Promise<void> {
  await withEndpoint(form, async (partnerId) => {
    await db.$transaction((tx) => emitEvent(tx, { partnerId, type: 'webhook.test', payload: { message: 'A test event from your reporting portal.', sentAt: new Date().toISOString() } }));
  });
}
