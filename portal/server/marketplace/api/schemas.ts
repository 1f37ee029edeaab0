import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { LISTING_KINDS } from '../listing-input';
import { ListingCardSchema, SearchListingsSchema } from '../search/search-listings';

/** REST shapes of the marketplace (exported for the OpenAPI document). */
export const ListingsQuerySchema = SearchListingsSchema.omit({ page: true, pageSize: true }).extend({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(40).optional(),
});

export const ListingsPageSchema = z.object({ data: z.array(ListingCardSchema), nextCursor: z.string().nullable(), total: z.number().int() });

export function encodePageCursor(page: number): string {
  return Buffer.from(`p${page}`).toString('base64url');
}

export function decodePageCursor(cursor: string | undefined): number {
  if (!cursor) return 1;
  const match = /^p(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new AppError('VALIDATION_FAILED', 'The cursor is not valid.', { issues: [{ path: 'cursor', message: 'not a cursor from this API' }] });
  return Number(match[1]);
}

export const ListingDetailSchema = z.object({
  id: z.string(),
  slug: z.string(),
  kind: z.enum(LISTING_KINDS),
  status: z.string(),
  title: z.string(),
  summary: z.string(),
  descriptionHtml: z.string().describe('The markdown description rendered and sanitized.'),
  categories: z.array(z.string()),
  screenshots: z.array(z.string()),
  pricing: z.string(),
  verified: z.boolean(),
  installCount: z.number().int(),
  ratingAverage: z.number(),
  ratingCount: z.number().int(),
  publishedAt: z.string().nullable(),
  publisher: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  versions: z.array(z.object({ id: z.string(), version: z.string(), status: z.string(), changelog: z.string(), submittedAt: z.string().nullable(), reviewedAt: z.string().nullable(), rejectionReason: z.string().nullable() })),
  live: z.object({ versionId: z.string(), version: z.string(), manifest: z.record(z.string(), z.unknown()), fields: z.array(z.record(z.string(), z.unknown())) }).nullable(),
  isPublisher: z.boolean(),
  installedByViewer: z.boolean(),
});

export const SubmitResultSchema = z.object({
  listingId: z.string(),
  slug: z.string(),
  versionId: z.string(),
  version: z.string(),
  versionStatus: z.enum(['draft', 'in_review']),
  listingStatus: z.string(),
});
