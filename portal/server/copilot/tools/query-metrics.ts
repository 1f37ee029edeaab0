import 'server-only';
import type { MetricAnswer } from '@stratum/contract';
import type { z } from 'zod';
import { runMetricQuery } from '@/server/analytics/run-query';
import { MetricQuerySchema } from '@/server/embed/schemas';
import type { CopilotContext } from '../context.ts';

export const QueryMetricsInput = MetricQuerySchema;
export type QueryMetricsInput = z.infer<typeof QueryMetricsInput>;

/** Runs a metric query inside the viewer's tenant and row filters (the embed query engine). */
export async function queryMetrics(ctx: CopilotContext, input: QueryMetricsInput): Promise<MetricAnswer> {
  const result = await runMetricQuery(ctx.db, { partnerId: ctx.partnerId, tenantId: ctx.tenantId, rowFilters: ctx.rowFilters, currency: ctx.currency }, input);
  const { meta: _meta, ...rest } = result;
  return { query: input, result: rest };
}
