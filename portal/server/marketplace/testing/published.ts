import type { Db, DbKind } from '../../../../prisma/connect.ts';
import { submitListingVersion } from '../submit-listing-version';
import { reviewListingVersion } from '../review-listing-version';
import { adminCtx, listingInput, ownerCtx, type PartnerFixture, type World } from './fixtures';

/** Submits and approves a listing version of `publisher` (default: acme); returns the version id. */
export async function publish(db: Db, kind: DbKind, world: World, input: Record<string, unknown>, publisher: PartnerFixture = world.acme): Promise<string> {
  const submitted = await submitListingVersion(ownerCtx(db, kind, publisher), input);
  await reviewListingVersion(adminCtx(db, kind, world), { versionId: submitted.versionId, decision: 'approve' });
  return submitted.versionId;
}

export async function publishTemplate(db: Db, kind: DbKind, world: World, slug: string, overrides: Record<string, unknown> = {}): Promise<string> {
  return publish(db, kind, world, listingInput(slug, overrides));
}
