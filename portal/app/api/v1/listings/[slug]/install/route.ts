import { z } from 'zod';
import { withApiKey } from '@/server/api-keys/with-api-key';
import { LISTING_SCOPES, marketplaceContextFromApiKey } from '@/server/marketplace/api/api-context';
import { installListing, InstallTargetSchema } from '@/server/marketplace/install-listing';
import { ListingSlugSchema } from '@/server/marketplace/listing-input';

export const dynamic = 'force-dynamic';

const InstallBodySchema = z.strictObject({ target: InstallTargetSchema, config: z.record(z.string(), z.unknown()).default({}) });

/** POST /api/v1/listings/{slug}/install — into the partner, chosen clients, or all clients. */
export const POST = withApiKey(
  async ({ api, request, params, body }) => {
    const input = await body(InstallBodySchema);
    return installListing(marketplaceContextFromApiKey(api, request), { listing: params.slug, ...input });
  },
  { scope: LISTING_SCOPES.install, params: z.object({ slug: ListingSlugSchema }), status: 201 },
);
