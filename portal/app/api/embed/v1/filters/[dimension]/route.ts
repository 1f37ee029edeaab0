import { z } from 'zod';
import { db } from '@/lib/db';
import { listParam } from '@/lib/http';
import { filterValues } from '@/server/analytics/filter-values';
import { ChannelSchema } from '@/server/embed/schemas';
import { embedPreflight, withEmbed } from '@/server/embed/with-embed';

export const dynamic = 'force-dynamic';

const FilterQuerySchema = z.object({
  q: z.string().max(100).optional(),
  channels: z.preprocess(listParam, z.array(ChannelSchema).optional()),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

/** GET /api/embed/v1/filters/:dimension (channel | campaign) — FilterValuesResult, only values the token may see. */
export const GET = withEmbed(
  ({ embed, params, query }) => {
    const { q, channels, limit } = query(FilterQuerySchema);
    return filterValues(db, embed, params.dimension, { ...(q ? { search: q } : {}), ...(channels ? { channels } : {}), ...(limit ? { limit } : {}) });
  },
  { scope: 'dashboards', params: z.object({ dimension: z.enum(['channel', 'campaign']) }) },
);

export const OPTIONS = embedPreflight;
