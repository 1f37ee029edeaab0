import { z } from 'zod';
import { ListingSlugSchema } from '../listing-input';

/** A partner's packaged offer: other published listings installed together, and what the package is. */
export const SolutionManifestSchema = z
  .strictObject({
    kind: z.literal('solution'),
    bundles: z.array(ListingSlugSchema).min(1, 'a solution bundles at least one listing').max(20),
    description: z.string().min(1).max(2000),
  })
  .superRefine((m, ctx) => {
    const duplicate = m.bundles.find((slug, i) => m.bundles.indexOf(slug) !== i);
    if (duplicate) ctx.addIssue({ code: 'custom', path: ['bundles'], message: `"${duplicate}" is listed twice` });
  });
