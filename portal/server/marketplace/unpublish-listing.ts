import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { validate } from '@/lib/http';
import type { MarketplaceContext } from './context';
import { audit } from './audit';
import { can } from './permissions';
import { emailPublisher, enqueuePublisherWebhook, type PublisherNotice } from './notify/notify-publisher';

export const SetListingVisibilitySchema = z.strictObject({ listingId: z.string().min(1), action: z.enum(['unpublish', 'republish']) });

/** A platform admin sees every listing; anyone else only their own partner's (when their role may publish). */
function publisherScope(ctx: MarketplaceContext): { publisherId?: string } {
  if (ctx.isPlatformAdmin) return {};
  if (!ctx.partnerId || !can(ctx.role, 'marketplace.publish')) throw new AppError('NOT_FOUND', 'No such listing.');
  return { publisherId: ctx.partnerId };
}

/**
 * Takes a live listing out of the marketplace (existing installations keep working) or puts it back, when it has
 * an approved version. The publisher's owners/admins or a platform admin may do it.
 */
export async function setListingVisibility(ctx: MarketplaceContext, raw: z.input<typeof SetListingVisibilitySchema> | unknown): Promise<{ status: string }> {
  const input = validate(SetListingVisibilitySchema, raw);
  const listing = await ctx.db.listing.findFirst({
    where: { id: input.listingId, ...publisherScope(ctx) },
    include: { versions: { where: { status: 'published' }, select: { id: true, version: true } } },
  });
  if (!listing) throw new AppError('NOT_FOUND', 'No such listing.');
  const live = listing.versions[0];
  if (input.action === 'unpublish' && listing.status !== 'published') throw new AppError('CONFLICT', 'Only a published listing can be unpublished.');
  if (input.action === 'republish' && (listing.status !== 'unpublished' || !live)) throw new AppError('CONFLICT', 'Only an unpublished listing with an approved version can be republished.');
  const now = ctx.now?.() ?? new Date();
  const status = input.action === 'unpublish' ? 'unpublished' : 'published';
  const notice: PublisherNotice = {
    type: input.action === 'unpublish' ? 'listing.unpublished' : 'listing.published',
    publisherId: listing.publisherId,
    listing: { id: listing.id, slug: listing.slug, title: listing.title },
    version: live ? { id: live.id, version: live.version } : null,
  };
  await ctx.db.$transaction(async (tx) => {
    await tx.listing.update({ where: { id: listing.id }, data: { status } });
    await audit(tx, ctx, { action: `listing.${input.action}ed`, partnerId: listing.publisherId, targetType: 'listing', targetId: listing.id, metadata: { slug: listing.slug } });
    await enqueuePublisherWebhook(tx, notice, now);
  });
  await emailPublisher(ctx, notice);
  return { status };
}
