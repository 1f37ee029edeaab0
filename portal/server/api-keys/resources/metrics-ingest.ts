import 'server-only';
import { randomUUID } from 'node:crypto';
import { type z } from 'zod';
import type { Db, DbKind } from '@/lib/db';
import { zodIssues, type ErrorIssue } from '@/lib/errors';
import { invalidateTenantMetrics } from '@/server/analytics/query-cache';
import { recommendationsDue } from '@/server/recommendations/refresh-job';
import { markRecommendationsStale } from '@/server/recommendations/refresh-recommendations';
import { MetricRowSchema } from './schemas';

type MetricRow = z.infer<typeof MetricRowSchema>;
const COLUMNS = ['id', 'tenantId', 'campaignId', 'variantId', 'variantKey', 'channel', 'date', 'spend', 'impressions', 'clicks', 'conversions', 'revenue', 'currency'] as const;
const ROWS_PER_STATEMENT = 500;

export interface IngestResult {
  received: number;
  upserted: number;
  rejected: number;
  errors: { index: number; issues: ErrorIssue[] }[];
}

/** Stored timestamps: SQLite keeps Prisma's ISO text, PostgreSQL a TIMESTAMP(3) cast from the same text. */
function dateParam(kind: DbKind, day: string): string {
  return kind === 'sqlite' ? `${day}T00:00:00.000+00:00` : `${day} 00:00:00`;
}

function upsertSql(kind: DbKind, rowCount: number): string {
  let n = 0;
  const placeholder = (column: (typeof COLUMNS)[number]) => {
    if (kind === 'sqlite') return '?';
    n += 1;
    return column === 'channel' ? `$${n}::"Channel"` : column === 'date' ? `$${n}::timestamp` : `$${n}`;
  };
  const values = Array.from({ length: rowCount }, () => `(${COLUMNS.map(placeholder).join(', ')})`).join(', ');
  const updates = ['spend', 'impressions', 'clicks', 'conversions', 'revenue', 'currency', 'channel', 'tenantId'].map((c) => `"${c}" = excluded."${c}"`).join(', ');
  return `INSERT INTO "MetricDaily" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ${values} ON CONFLICT ("campaignId", "variantKey", "date") DO UPDATE SET ${updates}`;
}

/**
 * Idempotent batch upsert of daily metrics (≤ 10,000 rows): each row is validated on its own; rows naming a
 * campaign or variant outside the partner are rejected with their index, the good rows are stored. Tenant,
 * channel and currency come from the campaign. A repeated (campaign, variant, date) in one batch: the last wins.
 */
export async function ingestMetrics(db: Db, kind: DbKind, partnerId: string, rows: unknown[]): Promise<IngestResult> {
  const errors: IngestResult['errors'] = [];
  const valid: { index: number; row: MetricRow }[] = [];
  rows.forEach((raw, index) => {
    const parsed = MetricRowSchema.safeParse(raw);
    if (parsed.success) valid.push({ index, row: parsed.data });
    else errors.push({ index, issues: zodIssues(parsed.error) });
  });

  const campaignIds = [...new Set(valid.map((v) => v.row.campaignId))];
  const variantIds = [...new Set(valid.map((v) => v.row.variantId).filter((v): v is string => !!v))];
  const [campaigns, variants] = await Promise.all([
    db.campaign.findMany({ where: { id: { in: campaignIds }, tenant: { partnerId } }, select: { id: true, tenantId: true, channel: true, currency: true } }),
    variantIds.length ? db.adVariant.findMany({ where: { id: { in: variantIds }, campaign: { tenant: { partnerId } } }, select: { id: true, campaignId: true } }) : [],
  ]);
  const campaignById = new Map(campaigns.map((c) => [c.id, c]));
  const variantCampaign = new Map(variants.map((v) => [v.id, v.campaignId]));

  const byKey = new Map<string, unknown[]>();
  const tenants = new Set<string>();
  for (const { index, row } of valid) {
    const campaign = campaignById.get(row.campaignId);
    if (!campaign) {
      errors.push({ index, issues: [{ path: 'campaignId', message: 'not a campaign of this partner' }] });
      continue;
    }
    if (row.variantId && variantCampaign.get(row.variantId) !== campaign.id) {
      errors.push({ index, issues: [{ path: 'variantId', message: 'not a variant of this campaign' }] });
      continue;
    }
    const variantKey = row.variantId ?? '-';
    tenants.add(campaign.tenantId);
    byKey.set(`${campaign.id}|${variantKey}|${row.date}`, [
      randomUUID(),
      campaign.tenantId,
      campaign.id,
      row.variantId ?? null,
      variantKey,
      campaign.channel,
      dateParam(kind, row.date),
      row.spend,
      row.impressions,
      row.clicks,
      row.conversions,
      row.revenue,
      campaign.currency,
    ]);
  }

  const values = [...byKey.values()];
  await db.$transaction(async (tx) => {
    for (let start = 0; start < values.length; start += ROWS_PER_STATEMENT) {
      const chunk = values.slice(start, start + ROWS_PER_STATEMENT);
      await tx.$executeRawUnsafe(upsertSql(kind, chunk.length), ...chunk.flat());
    }
  });
  for (const tenantId of tenants) {
    invalidateTenantMetrics(tenantId);
    markRecommendationsStale(tenantId);
  }
  // New data: the worker recomputes these tenants' recommendations at its next pass.
  await recommendationsDue(db, tenants);
  errors.sort((a, b) => a.index - b.index);
  // Each row has at most one entry in `errors`.
  return { received: rows.length, upserted: rows.length - errors.length, rejected: errors.length, errors };
}
