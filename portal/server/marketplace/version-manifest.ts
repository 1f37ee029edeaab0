import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { ListingMetadataSchema, type ListingKind, type ListingMetadata } from './listing-input';
import { parseManifest, type Manifest } from './manifests';

/**
 * A stored ListingVersion.manifest: the kind's manifest, plus — for a new version of a listing that is already
 * live — the listing metadata proposed with it under "listingProposal", applied only when the version is approved.
 */
const PROPOSAL_KEY = 'listingProposal';

export function storeVersionManifest(manifest: Record<string, unknown>, proposal: ListingMetadata | null): Record<string, unknown> {
  return proposal ? { ...manifest, [PROPOSAL_KEY]: proposal } : { ...manifest };
}

export function readVersionManifest(kind: ListingKind, stored: unknown): { manifest: Manifest; proposal: ListingMetadata | null } {
  const object = z.record(z.string(), z.unknown()).safeParse(stored);
  if (!object.success) throw new AppError('UNPROCESSABLE', 'The stored manifest is not an object.');
  const { [PROPOSAL_KEY]: rawProposal, ...rest } = object.data;
  const proposal = rawProposal === undefined ? null : ListingMetadataSchema.parse(rawProposal);
  return { manifest: parseManifest(kind, rest), proposal };
}
