import { z } from 'zod';
import { withApiKey } from '@/server/api-keys/with-api-key';
import { LISTING_SCOPES, marketplaceContextFromApiKey } from '@/server/marketplace/api/api-context';
import { getListing } from '@/server/marketplace/get-listing';
import { ListingSlugSchema } from '@/server/marketplace/listing-input';

export const dynamic = 'force-dynamic';

/** GET /api/v1/listings/{slug} */
export const GET = withApiKey(async ({ api, request, params }) => getListing(marketplaceContextFromApiKey(api, request), params.slug), {
  scope: LISTING_SCOPES.read,
  params: z.object({ slug: ListingSlugSchema }),
});
