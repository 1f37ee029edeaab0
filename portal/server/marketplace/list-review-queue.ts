import 'server-only';
import type { MarketplaceContext } from './context';
import { requirePlatformAdmin } from './context';
import { readVersionManifest } from './version-manifest';
import { diffManifests, type UpgradeDiff } from './upgrade-diff';

export interface ReviewQueueItem {
  versionId: string;
  version: string;
  changelog: string;
  submittedAt: string | null;
  manifestJson: string;
  /** For a new version of a live listing: what changes against the live one. */
  diffFromLive: UpgradeDiff | null;
  liveVersion: string | null;
  listing: { id: string; slug: string; title: string; kind: string; status: string; summary: string };
  publisher: { id: string; name: string };
  /** Problems found when re-validating the stored manifest (a draft saved before a schema change). */
  problem: string | null;
}

/** Versions waiting for a platform admin's decision, oldest first. */
export async function listReviewQueue(ctx: MarketplaceContext): Promise<ReviewQueueItem[]> {
  requirePlatformAdmin(ctx);
  const versions = await ctx.db.listingVersion.findMany({
    where: { status: 'in_review' },
    orderBy: { submittedAt: 'asc' },
    include: { listing: { include: { publisher: { select: { id: true, name: true } }, versions: { where: { status: 'published' } } } } },
  });
  return versions.map((v) => {
    const live = v.listing.versions[0] ?? null;
    let diffFromLive: UpgradeDiff | null = null;
    let problem: string | null = null;
    try {
      const next = readVersionManifest(v.listing.kind, v.manifest).manifest;
      if (live) diffFromLive = diffManifests(readVersionManifest(v.listing.kind, live.manifest).manifest, next);
    } catch (error) {
      problem = error instanceof Error ? error.message : 'The manifest is not valid.';
    }
    return {
      versionId: v.id,
      version: v.version,
      changelog: v.changelog,
      submittedAt: v.submittedAt?.toISOString() ?? null,
      manifestJson: JSON.stringify(v.manifest, null, 2),
      diffFromLive,
      liveVersion: live?.version ?? null,
      listing: { id: v.listing.id, slug: v.listing.slug, title: v.listing.title, kind: v.listing.kind, status: v.listing.status, summary: v.listing.summary },
      publisher: v.listing.publisher,
      problem,
    };
  });
}
