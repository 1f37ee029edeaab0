import { withApiKey } from '@/server/api-keys/with-api-key';
import { LISTING_SCOPES, marketplaceContextFromApiKey } from '@/server/marketplace/api/api-context';
import { decodePageCursor, encodePageCursor, ListingsQuerySchema } from '@/server/marketplace/api/schemas';
import { SubmitListingVersionSchema } from '@/server/marketplace/listing-input';
import { searchListings } from '@/server/marketplace/search/search-listings';
import { submitListingVersion } from '@/server/marketplace/submit-listing-version';

export const dynamic = 'force-dynamic';

/** GET /api/v1/listings — published listings: ?q=&kind=&category=&verified=&pricing=&sort=&limit=&cursor= */
export const GET = withApiKey(
  async ({ api, request, query }) => {
    const { limit, cursor, ...filters } = query(ListingsQuerySchema);
    const page = decodePageCursor(cursor);
    const result = await searchListings(marketplaceContextFromApiKey(api, request), { ...filters, page, pageSize: limit });
    return { data: result.items, nextCursor: page < result.pageCount ? encodePageCursor(page + 1) : null, total: result.total };
  },
  { scope: LISTING_SCOPES.read },
);

/** POST /api/v1/listings — submit a listing version (or save a draft with "action": "save_draft"). */
export const POST = withApiKey(async ({ api, request, body }) => submitListingVersion(marketplaceContextFromApiKey(api, request), await body(SubmitListingVersionSchema)), {
  scope: LISTING_SCOPES.submit,
  status: 201,
});
