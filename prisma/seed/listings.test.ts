import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../portal/server/marketplace/manifests/index.ts';
import { ListingMetadataSchema, ListingSlugSchema, VersionSchema } from '../../portal/server/marketplace/listing-input.ts';
import { StoredInstallationConfigSchema } from '../../portal/server/marketplace/installation-config.ts';
import { buildSeedData } from './build.ts';
import { readSeedConfig } from './config.ts';
import { createContext } from './context.ts';

const data = buildSeedData(createContext(readSeedConfig({ SEED_CAMPAIGNS: '48', SEED_PROGRESS: '0' }), (plain) => `sealed:${plain}`));
const { listings, listingVersions, installations, dashboards } = data.rows;

describe('seeded marketplace', () => {
  it('has listings of every kind and in every status', () => {
    expect(new Set(listings.map((l) => l.kind))).toEqual(new Set(['template', 'integration', 'solution', 'community']));
    expect(new Set(listings.map((l) => l.status))).toEqual(new Set(['draft', 'in_review', 'published', 'rejected', 'unpublished']));
  });

  it('passes the marketplace’s own validation: metadata, slugs, versions and every manifest', () => {
    for (const listing of listings) {
      expect(ListingSlugSchema.safeParse(listing.slug).success, listing.slug).toBe(true);
      const metadata = ListingMetadataSchema.safeParse({ title: listing.title, summary: listing.summary, description: listing.description, categories: listing.categories, screenshots: listing.screenshots, pricing: listing.pricing });
      expect(metadata.error?.issues ?? [], listing.slug).toEqual([]);
    }
    for (const version of listingVersions) {
      const listing = listings.find((l) => l.id === version.listingId)!;
      expect(VersionSchema.safeParse(version.version).success).toBe(true);
      expect(() => parseManifest(listing.kind, version.manifest), `${listing.slug}@${version.version}`).not.toThrow();
    }
  });

  it('stores installations in the marketplace’s config shape, pointing at the dashboards they created', () => {
    for (const installation of installations) {
      const config = StoredInstallationConfigSchema.parse(installation.config);
      for (const ids of Object.values(config.resources.dashboards)) {
        for (const id of ids) expect(dashboards.find((d) => d.id === id)?.installationId).toBe(installation.id);
      }
      for (const sealed of Object.values(config.secrets)) expect(sealed).toMatch(/^sealed:/);
    }
    expect(dashboards.filter((d) => d.installationId)).toHaveLength(2);
  });
});
