import { z } from 'zod';

/** Shapes a publisher sends: the listing's public metadata and a version with its manifest. */
export const LISTING_KINDS = ['template', 'integration', 'solution', 'community'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];
/** Pricing filters: "free" listings, or any other pricing label ("paid": "$49 / month", "contact us", …). */
export const PRICING = ['free', 'paid'] as const;
export type Pricing = (typeof PRICING)[number];
/** Categories offered in the forms; a listing may use other slugs too. */
export const CATEGORIES = ['dashboards', 'integrations', 'solutions', 'automation', 'reporting', 'ecommerce', 'lead-gen', 'paid-social', 'search', 'email', 'attribution', 'crm', 'data-quality', 'agency-ops'] as const;
export const CategorySchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a category slug such as "ecommerce"').max(30);

export const ListingSlugSchema = z
  .string()
  .min(3)
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and single dashes, e.g. "roas-overview"');

/** Semantic version "1.2.3" (a pre-release suffix is allowed). */
export const VersionSchema = z.string().regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}(-[0-9A-Za-z.-]{1,20})?$/, 'a version such as 1.0.0');

/** A screenshot: an uploaded asset id or an https image URL. */
export const ScreenshotSchema = z.union([z.string().regex(/^asset:[\w-]{1,64}$/, 'an asset reference such as asset:<id>'), z.url({ protocol: /^https$/ })]);

export const ListingMetadataSchema = z.strictObject({
  title: z.string().trim().min(3).max(80),
  summary: z.string().trim().min(10).max(140, 'at most 140 characters'),
  description: z.string().max(20_000).default(''),
  categories: z.array(CategorySchema).min(1).max(5),
  screenshots: z.array(ScreenshotSchema).max(8).default([]),
  /** A label shown as is: "free", "$49 / month", "contact us". */
  pricing: z.string().trim().min(1).max(40).default('free'),
});
export type ListingMetadata = z.infer<typeof ListingMetadataSchema>;

export const SubmitListingVersionSchema = z.strictObject({
  slug: ListingSlugSchema,
  kind: z.enum(LISTING_KINDS),
  listing: ListingMetadataSchema,
  version: VersionSchema,
  changelog: z.string().max(5000).default(''),
  /** Validated against the kind's schema when submitted for review (a draft may be incomplete). */
  manifest: z.record(z.string(), z.unknown()),
  /** save_draft keeps it private; submit sends it to review. */
  action: z.enum(['save_draft', 'submit']).default('submit'),
});
export type SubmitListingVersionInput = z.input<typeof SubmitListingVersionSchema>;
