import { z } from 'zod';
import { ListingSlugSchema } from '../listing-input';
import { TemplateContent } from './template';

/** A partner's packaged offer: other published listings installed together, and what the package is. */
export const SolutionManifestSchema = z
  .strictObject({
    kind: z.literal('solution'),
    bundles: z.array(ListingSlugSchema).min(1, 'a solution bundles at least one listing').max(20),
    /** What the package is, beyond the listing's description. */
    description: z.string().max(2000).optional(),
    /** A solution may ship its own dashboards and presets besides the listings it bundles. */
    ...TemplateContent,
  })
  .superRefine((m, ctx) => {
    const duplicate = m.bundles.find((slug, i) => m.bundles.indexOf(slug) !== i);
    if (duplicate) ctx.addIssue({ code: 'custom', path: ['bundles'], message: `"${duplicate}" is listed twice` });
  });
