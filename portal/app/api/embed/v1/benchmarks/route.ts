import { z } from 'zod';
import { BENCHMARK_METRICS } from '@stratum/contract';
import { db } from '@/lib/db';
import { listParam } from '@/lib/http';
import { benchmarkReport } from '@/server/benchmarks/benchmark-report';
import { DateRangeSchema } from '@/server/embed/schemas';
import { embedPreflight, withEmbed } from '@/server/embed/with-embed';

export const dynamic = 'force-dynamic';

const BenchmarkQuerySchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  metrics: z.preprocess(listParam, z.array(z.enum(BENCHMARK_METRICS)).min(1).optional()),
});

/**
 * GET /api/embed/v1/benchmarks?from=&to=[&metrics=ctr,cpa,roas] — BenchmarkResult. A refusal (not opted in, cohort
 * under 5) is a 200 with status "refused" and a reason code, so widgets show an explanation rather than an error.
 */
export const GET = withEmbed(
  ({ embed, query }) => {
    const q = query(BenchmarkQuerySchema);
    return benchmarkReport(db, embed, { range: DateRangeSchema.parse({ from: q.from, to: q.to }), currency: embed.currency, ...(q.metrics ? { metrics: q.metrics } : {}) });
  },
  { scope: 'dashboards' },
);

export const OPTIONS = embedPreflight;
