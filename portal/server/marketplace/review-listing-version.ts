import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { validate } from '@/lib/http';
import { requirePlatformAdmin, requireUser, type MarketplaceContext } from './context';
import { audit } from './audit';
import { emailPublisher, enqueuePublisherWebhook, type PublisherNotice } from './notify/notify-publisher';
import { readVersionManifest } from './version-manifest';

export const ReviewDecisionSchema = z.discriminatedUnion('decision', [
  z.strictObject({ versionId: z.string().min(1), decision: z.literal('approve') }),
  z.strictObject({ versionId: z.string().min(1), decision: z.literal('reject'), reason: z.string().trim().min(10, 'tell the publisher what to change (at least 10 characters)').max(2000) }),
]);
export type ReviewDecision = z.input<typeof ReviewDecisionSchema>;

/**
 * A platform admin approves a version in review (it goes live, the previous live version is superseded, the
 * listing's proposed metadata is applied) or rejects it with a reason the publisher sees. Audited; the publisher
 * gets a webhook event (same transaction) and an email.
 */
export async function reviewListingVersion(ctx: MarketplaceContext, rawDecision: ReviewDecision | unknown): Promise<PublisherNotice> {
  requirePlatformAdmin(ctx);
  const reviewerId = requireUser(ctx);
  const decision = validate(ReviewDecisionSchema, rawDecision);
  const now = ctx.now?.() ?? new Date();

  const notice = await ctx.db.$transaction(async (tx) => {
    const version = await tx.listingVersion.findUnique({ where: { id: decision.versionId }, include: { listing: true } });
    if (!version) throw new AppError('NOT_FOUND', 'No such listing version.');
    if (version.status !== 'in_review') throw new AppError('CONFLICT', `This version is ${version.status.replace('_', ' ')}, not in review.`);
    const { listing } = version;
    const base = { publisherId: listing.publisherId, listing: { id: listing.id, slug: listing.slug, title: listing.title }, version: { id: version.id, version: version.version } };

    if (decision.decision === 'approve') {
      const { proposal } = readVersionManifest(listing.kind, version.manifest);
      await tx.listingVersion.updateMany({ where: { listingId: listing.id, status: 'published' }, data: { status: 'superseded' } });
      await tx.listingVersion.update({ where: { id: version.id }, data: { status: 'published', reviewedAt: now, reviewedById: reviewerId, rejectionReason: null } });
      const updated = await tx.listing.update({
        where: { id: listing.id },
        data: { status: 'published', publishedAt: listing.publishedAt ?? now, ...(proposal ?? {}) },
      });
      const result: PublisherNotice = { ...base, type: 'listing.published', listing: { id: updated.id, slug: updated.slug, title: updated.title } };
      await audit(tx, ctx, { action: 'listing.version_approved', partnerId: listing.publisherId, targetType: 'listing_version', targetId: version.id, metadata: { listingId: listing.id, version: version.version } });
      await enqueuePublisherWebhook(tx, result, now);
      return result;
    }

    await tx.listingVersion.update({ where: { id: version.id }, data: { status: 'rejected', rejectionReason: decision.reason, reviewedAt: now, reviewedById: reviewerId } });
    const hasLive = await tx.listingVersion.count({ where: { listingId: listing.id, status: 'published' } });
    if (!hasLive) await tx.listing.update({ where: { id: listing.id }, data: { status: 'rejected' } });
    const result: PublisherNotice = { ...base, type: 'listing.rejected', reason: decision.reason };
    await audit(tx, ctx, { action: 'listing.version_rejected', partnerId: listing.publisherId, targetType: 'listing_version', targetId: version.id, metadata: { listingId: listing.id, version: version.version, reason: decision.reason } });
    await enqueuePublisherWebhook(tx, result, now);
    return result;
  });
  await emailPublisher(ctx, notice);
  return notice;
}
