import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import type { MarketplaceContext } from './context';
import { can } from './permissions';
import { loadBundles, solutionInstallFields, type BundledListing } from './solution-bundles';
import { renderMarkdown } from './render-markdown';
import type { ConfigField, Manifest } from './manifests';
import { readVersionManifest } from './version-manifest';

export interface ListingDetail {
  id: string;
  slug: string;
  kind: 'template' | 'integration' | 'solution' | 'community';
  status: string;
  title: string;
  summary: string;
  descriptionHtml: string;
  categories: string[];
  screenshots: string[];
  pricing: string;
  verified: boolean;
  installCount: number;
  ratingAverage: number;
  ratingCount: number;
  publishedAt: string | null;
  publisher: { id: string; slug: string; name: string };
  /** Versions the viewer may see: live and superseded ones; the publisher and platform admins see all. */
  versions: { id: string; version: string; status: string; changelog: string; submittedAt: string | null; reviewedAt: string | null; rejectionReason: string | null }[];
  /** The live version; `fields` is the install form (a solution's includes its bundled listings' settings). */
  live: { versionId: string; version: string; manifest: Manifest; fields: ConfigField[]; bundles: { slug: string; title: string; kind: string }[]; bundleProblem: string | null } | null;
  isPublisher: boolean;
  /** The viewer's partner has it installed somewhere, so its users may review it. */
  installedByViewer: boolean;
}

/**
 * A listing's page: published listings for everyone signed in; drafts, reviews in progress and rejected or
 * unpublished listings only for their publisher and platform admins (anyone else gets a 404).
 */
export async function getListing(ctx: MarketplaceContext, slug: string): Promise<ListingDetail> {
  const listing = await ctx.db.listing.findUnique({
    where: { slug },
    include: { publisher: { select: { id: true, slug: true, name: true } }, versions: { orderBy: { createdAt: 'desc' } } },
  });
  const isPublisher = !!listing && listing.publisherId === ctx.partnerId && can(ctx.role, 'marketplace.browse');
  if (!listing || (listing.status !== 'published' && !isPublisher && !ctx.isPlatformAdmin)) throw new AppError('NOT_FOUND', 'No such listing.');
  const seeAll = isPublisher || ctx.isPlatformAdmin;
  const liveVersion = listing.versions.find((v) => v.status === 'published');
  const live = liveVersion ? readVersionManifest(listing.kind, liveVersion.manifest).manifest : null;
  let bundles: BundledListing[] = [];
  let bundleProblem: string | null = null;
  if (live) {
    try {
      bundles = await loadBundles(ctx.db, live);
    } catch (error) {
      bundleProblem = error instanceof AppError ? error.message : 'A bundled listing is not available.';
    }
  }
  const installed = ctx.partnerId ? await ctx.db.installation.count({ where: { listingId: listing.id, partnerId: ctx.partnerId } }) : 0;
  return {
    id: listing.id,
    slug: listing.slug,
    kind: listing.kind,
    status: listing.status,
    title: listing.title,
    summary: listing.summary,
    descriptionHtml: renderMarkdown(listing.description),
    categories: z.array(z.string()).catch([]).parse(listing.categories),
    screenshots: z.array(z.string()).catch([]).parse(listing.screenshots),
    pricing: listing.pricing,
    verified: listing.verified,
    installCount: listing.installCount,
    ratingAverage: listing.ratingAverage,
    ratingCount: listing.ratingCount,
    publishedAt: listing.publishedAt?.toISOString() ?? null,
    publisher: listing.publisher,
    versions: listing.versions
      .filter((v) => seeAll || v.status === 'published' || v.status === 'superseded')
      .map((v) => ({
        id: v.id,
        version: v.version,
        status: v.status,
        changelog: v.changelog,
        submittedAt: v.submittedAt?.toISOString() ?? null,
        reviewedAt: v.reviewedAt?.toISOString() ?? null,
        rejectionReason: seeAll ? v.rejectionReason : null,
      })),
    live:
      live && liveVersion
        ? {
            versionId: liveVersion.id,
            version: liveVersion.version,
            manifest: live,
            fields: solutionInstallFields(live, bundles),
            bundles: bundles.map((b) => ({ slug: b.listing.slug, title: b.listing.title, kind: b.listing.kind })),
            bundleProblem,
          }
        : null,
    isPublisher,
    installedByViewer: installed > 0,
  };
}
