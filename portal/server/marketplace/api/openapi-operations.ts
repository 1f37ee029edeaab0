import { z } from 'zod';
import { SubmitListingVersionSchema } from '../listing-input';
import { InstallResultSchema, InstallTargetSchema } from '../install-listing';
import { LISTING_SCOPES } from './api-context';
import { ListingDetailSchema, ListingsPageSchema, ListingsQuerySchema, SubmitResultSchema } from './schemas';

/**
 * The marketplace's REST operations in the shape of OPERATIONS (portal/server/api-keys/openapi.ts): spread them
 * into that list to document them in /api/v1/openapi.json.
 */
export const MARKETPLACE_OPERATIONS = [
  { method: 'get', path: '/listings', summary: 'Search published marketplace listings (full text, filters, sort)', scope: LISTING_SCOPES.read, query: ListingsQuerySchema, response: ListingsPageSchema },
  {
    method: 'post',
    path: '/listings',
    summary: 'Submit a listing version for review (creates the listing on first submission; the manifest is validated, 422 names the field)',
    scope: LISTING_SCOPES.submit,
    body: SubmitListingVersionSchema,
    response: SubmitResultSchema,
    status: 201,
  },
  { method: 'get', path: '/listings/{slug}', summary: 'Get a listing (published, or your own in any status)', scope: LISTING_SCOPES.read, response: ListingDetailSchema },
  {
    method: 'post',
    path: '/listings/{slug}/install',
    summary: 'Install a listing into your agency, chosen clients, or all clients (optionally future ones too)',
    scope: LISTING_SCOPES.install,
    body: z.object({ target: InstallTargetSchema, config: z.record(z.string(), z.unknown()).optional() }),
    response: InstallResultSchema,
    status: 201,
  },
] as const;
