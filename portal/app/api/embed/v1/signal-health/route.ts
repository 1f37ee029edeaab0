import { z } from 'zod';
import { db } from '@/lib/db';
import { signalHealth } from '@/server/analytics/signal-health';
import { embedPreflight, withEmbed } from '@/server/embed/with-embed';

export const dynamic = 'force-dynamic';

const SignalHealthQuerySchema = z.object({
  days: z.coerce.number().int().min(1).max(366).optional(),
  to: z.iso.date().optional(),
});

/** GET /api/embed/v1/signal-health[?days=30&to=YYYY-MM-DD] — SignalHealthResult; threshold = the tenant's trust gate. */
export const GET = withEmbed(
  ({ embed, query }) => {
    const { days, to } = query(SignalHealthQuerySchema);
    return signalHealth(db, embed, embed.tenant.trustGateThreshold, { ...(days ? { days } : {}), ...(to ? { to } : {}) });
  },
  { scope: ['dashboards', 'recommendations'] },
);

export const OPTIONS = embedPreflight;
