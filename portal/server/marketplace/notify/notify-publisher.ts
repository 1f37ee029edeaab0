import 'server-only';
import type { Db } from '../../../../prisma/connect.ts';
import type { MarketplaceContext } from '../context';
import { portalMailer } from './mailer';

export type PublisherEvent = 'listing.published' | 'listing.rejected' | 'listing.unpublished';

export interface PublisherNotice {
  type: PublisherEvent;
  publisherId: string;
  listing: { id: string; slug: string; title: string };
  version: { id: string; version: string } | null;
  reason?: string | null;
}

/** The outbox row, written in the same transaction as the change (webhook delivery picks it up). */
export async function enqueuePublisherWebhook(tx: Pick<Db, 'webhookEvent'>, notice: PublisherNotice, at: Date): Promise<void> {
  await tx.webhookEvent.create({
    data: {
      partnerId: notice.publisherId,
      type: notice.type,
      payload: {
        type: notice.type,
        timestamp: at.toISOString(),
        data: { listing: notice.listing, version: notice.version, ...(notice.reason ? { reason: notice.reason } : {}) },
      },
    },
  });
}

const SUBJECTS: Record<PublisherEvent, (n: PublisherNotice) => string> = {
  'listing.published': (n) => `Published: ${n.listing.title}${n.version ? ` ${n.version.version}` : ''}`,
  'listing.rejected': (n) => `Changes needed: ${n.listing.title}${n.version ? ` ${n.version.version}` : ''}`,
  'listing.unpublished': (n) => `Unpublished: ${n.listing.title}`,
};

/** Emails the publisher's owners and admins, after the transaction committed. A mail failure never undoes the change. */
export async function emailPublisher(ctx: MarketplaceContext, notice: PublisherNotice): Promise<void> {
  const members = await ctx.db.membership.findMany({
    where: { partnerId: notice.publisherId, tenantId: null, role: { in: ['owner', 'admin'] } },
    select: { user: { select: { email: true } } },
  });
  const to = [...new Set(members.map((m) => m.user.email))];
  if (to.length === 0) return;
  const lines = [
    `Listing: ${notice.listing.title} (${notice.listing.slug})`,
    notice.version ? `Version: ${notice.version.version}` : '',
    notice.type === 'listing.rejected' ? `The reviewer asked for changes:\n\n${notice.reason ?? ''}` : '',
    notice.type === 'listing.published' ? 'It is now live in the marketplace.' : '',
    notice.type === 'listing.unpublished' ? 'It no longer appears in the marketplace; existing installations keep working.' : '',
  ].filter(Boolean);
  try {
    await (ctx.mailer ?? portalMailer()).send({ to, subject: SUBJECTS[notice.type](notice), text: lines.join('\n') });
  } catch (error) {
    console.error('marketplace: could not email the publisher', error);
  }
}
