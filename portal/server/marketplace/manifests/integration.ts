import { z } from 'zod';
import { ChannelSchema, MetricSchema } from './dashboard-layout';
import { ConfigFieldsSchema } from './config-fields';

/** A data connector: the credentials it needs (validated at install) and the metrics it feeds. */
export const IntegrationManifestSchema = z
  .strictObject({
    kind: z.literal('integration'),
    /** The service it connects to, e.g. "shopify". */
    provider: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a provider id such as "shopify"').optional(),
    credentials: ConfigFieldsSchema.refine((fields) => fields.length > 0, 'an integration declares at least one credential field'),
    metrics: z.array(MetricSchema).min(1, 'an integration feeds at least one metric'),
    channels: z.array(ChannelSchema).default([]),
    /** Where the connector's documentation or setup lives. */
    setupUrl: z.url({ protocol: /^https$/ }).optional(),
    /** How often it syncs, in minutes. */
    syncIntervalMinutes: z.number().int().min(5).max(1440).default(60),
  })
  .superRefine((m, ctx) => {
    const duplicate = m.metrics.find((metric, i) => m.metrics.indexOf(metric) !== i);
    if (duplicate) ctx.addIssue({ code: 'custom', path: ['metrics'], message: `"${duplicate}" is listed twice` });
  });
