import { z } from 'zod';
import { ATTRIBUTION_MODELS } from '@stratum/contract';
import { db } from '@/lib/db';
import { listParam } from '@/lib/http';
import { attributionReport } from '@/server/attribution/attribution-report';
import { ChannelSchema, DateRangeSchema, IdSchema } from '@/server/embed/schemas';
import { embedPreflight, withEmbed } from '@/server/embed/with-embed';

export const dynamic = 'force-dynamic';

const AttributionQuerySchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  models: z.preprocess(listParam, z.array(z.enum(ATTRIBUTION_MODELS)).min(1).optional()),
  halfLifeDays: z.coerce.number().min(0.25).max(90).optional(),
  channels: z.preprocess(listParam, z.array(ChannelSchema).optional()),
  campaignIds: z.preprocess(listParam, z.array(IdSchema).optional()),
});

/** GET /api/embed/v1/attribution?from=&to=[&models=…][&halfLifeDays=7] — AttributionResult: credit per channel per model. */
export const GET = withEmbed(
  ({ embed, query }) => {
    const q = query(AttributionQuerySchema);
    const range = DateRangeSchema.parse({ from: q.from, to: q.to });
    return attributionReport(db, embed, {
      range,
      models: q.models ?? ATTRIBUTION_MODELS,
      ...(q.halfLifeDays ? { halfLifeDays: q.halfLifeDays } : {}),
      filters: { ...(q.channels ? { channels: q.channels } : {}), ...(q.campaignIds ? { campaignIds: q.campaignIds } : {}) },
    });
  },
  { scope: 'dashboards' },
);

export const OPTIONS = embedPreflight;
