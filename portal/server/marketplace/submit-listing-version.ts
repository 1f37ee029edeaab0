import 'server-only';
import { AppError } from '@/lib/errors';
import { validate } from '@/lib/http';
import type { MarketplaceContext } from './context';
import { audit } from './audit';
import { SubmitListingVersionSchema, type SubmitListingVersionInput } from './listing-input';
import { parseManifest, type Manifest } from './manifests';
import { requirePartner } from './permissions';
import { storeVersionManifest } from './version-manifest';

export interface SubmitResult {
  listingId: string;
  slug: string;
  versionId: string;
  version: string;
  versionStatus: 'draft' | 'in_review';
  listingStatus: string;
}

/** A solution may bundle only listings that are live (and not itself). */
async function checkBundles(ctx: MarketplaceContext, slug: string, manifest: Manifest): Promise<void> {
  if (manifest.kind !== 'solution') return;
  const live = await ctx.db.listing.findMany({ where: { slug: { in: manifest.bundles }, status: 'published' }, select: { slug: true } });
  const liveSlugs = new Set(live.map((l) => l.slug));
  const issues = manifest.bundles.flatMap((bundled, index) =>
    bundled === slug ? [{ path: `manifest.bundles.${index}`, message: 'a solution cannot bundle itself' }] : liveSlugs.has(bundled) ? [] : [{ path: `manifest.bundles.${index}`, message: `no published listing "${bundled}"` }],
  );
  if (issues.length) throw new AppError('UNPROCESSABLE', `The manifest is not valid: ${issues[0]!.path}: ${issues[0]!.message}`, { issues });
}

/**
 * Creates a listing (on first submission) and saves a version as a draft or sends it to review. The manifest is
 * validated against the listing kind's schema when submitted; a bad field is a 422 naming it. A rejected or draft
 * version may be resubmitted under the same version number; while a listing is live its metadata changes wait for
 * the version's approval.
 */
export async function submitListingVersion(ctx: MarketplaceContext, rawInput: SubmitListingVersionInput | unknown): Promise<SubmitResult> {
  const partnerId = requirePartner(ctx, 'marketplace.publish');
  const input = validate(SubmitListingVersionSchema, rawInput);
  const submit = input.action === 'submit';
  const manifest = submit ? parseManifest(input.kind, input.manifest) : input.manifest;
  if (submit) await checkBundles(ctx, input.slug, manifest as Manifest);
  const now = ctx.now?.() ?? new Date();

  return ctx.db.$transaction(async (tx) => {
    let listing = await tx.listing.findUnique({ where: { slug: input.slug }, include: { versions: { select: { id: true, version: true, status: true } } } });
    if (listing && listing.publisherId !== partnerId) throw new AppError('CONFLICT', `The slug "${input.slug}" is taken.`, { issues: [{ path: 'slug', message: 'already taken' }] });
    if (listing && listing.kind !== input.kind) {
      throw new AppError('UNPROCESSABLE', `This listing is a ${listing.kind}; its kind cannot change.`, { issues: [{ path: 'kind', message: `must stay "${listing.kind}"` }] });
    }
    const live = listing?.status === 'published';
    const metadata = {
      title: input.listing.title,
      summary: input.listing.summary,
      description: input.listing.description,
      categories: input.listing.categories,
      screenshots: input.listing.screenshots,
      pricing: input.listing.pricing,
    };
    if (!listing) {
      listing = await tx.listing.create({ data: { publisherId: partnerId, kind: input.kind, slug: input.slug, ...metadata, status: submit ? 'in_review' : 'draft' }, include: { versions: { select: { id: true, version: true, status: true } } } });
    } else if (!live) {
      const status = submit ? 'in_review' : listing.status === 'unpublished' ? 'unpublished' : 'draft';
      await tx.listing.update({ where: { id: listing.id }, data: { ...metadata, status } });
    }

    const pending = listing.versions.find((v) => v.status === 'in_review' && v.version !== input.version);
    if (pending) throw new AppError('CONFLICT', `Version ${pending.version} is already in review; wait for its decision.`);
    const same = listing.versions.find((v) => v.version === input.version);
    if (same && !['draft', 'rejected', ...(submit ? [] : ['in_review'])].includes(same.status)) {
      throw new AppError('CONFLICT', `Version ${input.version} is ${same.status.replace('_', ' ')}; submit a new version number.`, { issues: [{ path: 'version', message: 'already used' }] });
    }
    const data = {
      manifest: storeVersionManifest(manifest as Record<string, unknown>, live ? input.listing : null) as object,
      changelog: input.changelog,
      status: submit ? ('in_review' as const) : ('draft' as const),
      submittedAt: submit ? now : null,
      rejectionReason: null,
      reviewedAt: null,
      reviewedById: null,
    };
    const version = same
      ? await tx.listingVersion.update({ where: { id: same.id }, data })
      : await tx.listingVersion.create({ data: { listingId: listing.id, version: input.version, ...data } });

    await audit(tx, ctx, {
      action: submit ? 'listing.version_submitted' : 'listing.draft_saved',
      partnerId,
      targetType: 'listing_version',
      targetId: version.id,
      metadata: { listingId: listing.id, slug: listing.slug, version: version.version, resubmitted: same?.status === 'rejected' },
    });
    const listingStatus = live ? 'published' : submit ? 'in_review' : listing.status === 'unpublished' ? 'unpublished' : 'draft';
    return { listingId: listing.id, slug: listing.slug, versionId: version.id, version: version.version, versionStatus: data.status, listingStatus };
  });
}
