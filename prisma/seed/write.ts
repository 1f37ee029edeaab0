import type { Db, DbKind } from '../connect.ts';
import type { SeedData } from './build.ts';
import { BulkInserter } from './bulk-insert.ts';
import type { SeedContext } from './context.ts';
import { withoutSecondaryIndexes } from './database.ts';
import { generateCampaignMetrics, type MetricRow } from './metrics.ts';
import { ProgressBar } from './progress.ts';
import { SqliteDirectInserter } from './sqlite-direct.ts';
import { CONVERSION_PATH_COLUMNS, METRIC_DAILY_COLUMNS, SIGNAL_HEALTH_COLUMNS } from './tables.ts';

const CHUNK = 500;

/** createMany in chunks, so no statement exceeds the databases' parameter limits. */
async function createInChunks<Row>(rows: Row[], create: (chunk: Row[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await create(rows.slice(i, i + CHUNK));
}

/** Inserts the seed in foreign-key order; the metrics are generated and written campaign by campaign. */
export async function writeSeed(db: Db, url: string, kind: DbKind, ctx: SeedContext, data: SeedData, phase: (name: string) => void = () => {}): Promise<void> {
  const { tenancy, access, rows } = data;
  await db.partner.createMany({ data: tenancy.partnerRows });
  await db.user.createMany({ data: tenancy.userRows });
  await db.tenant.createMany({ data: tenancy.tenantRows });
  await db.membership.createMany({ data: tenancy.membershipRows });
  await db.ssoConnection.createMany({ data: access.ssoRows });
  await db.ssoDomain.createMany({ data: access.ssoDomainRows });
  await db.theme.createMany({ data: rows.themes });
  await db.embedApp.createMany({ data: access.embedAppRows });
  await db.apiKey.createMany({ data: access.apiKeyRows });
  await db.webhookEndpoint.createMany({ data: access.webhookRows });
  await createInChunks(rows.campaigns, (data) => db.campaign.createMany({ data }));
  await createInChunks(rows.variants, (data) => db.adVariant.createMany({ data }));
  await db.listing.createMany({ data: rows.listings });
  await db.listingVersion.createMany({ data: rows.listingVersions });
  await db.installation.createMany({ data: rows.installations });
  await db.dashboard.createMany({ data: rows.dashboards });
  await db.dashboardVersion.createMany({ data: rows.dashboardVersions });
  await db.review.createMany({ data: rows.reviews });
  await db.scheduledReport.createMany({ data: rows.scheduledReports });
  await db.auditEvent.createMany({ data: rows.auditEvents });
  await createInChunks(rows.fxRates, (data) => db.fxRate.createMany({ data }));

  phase('small tables');
  const bulk = new BulkInserter(db, kind);
  await bulk.insert('SignalHealthDaily', SIGNAL_HEALTH_COLUMNS, rows.signalHealth);
  await bulk.insert('ConversionPath', CONVERSION_PATH_COLUMNS, rows.conversionPaths);
  phase('signal health and conversion paths');

  const progress = new ProgressBar('MetricDaily', data.expectedMetricRows, ctx.config.progress);
  const direct = kind === 'sqlite' ? new SqliteDirectInserter(url.slice('file:'.length)) : undefined;
  const flushEvery = bulk.rowsPerStatement(METRIC_DAILY_COLUMNS.length) * 4;
  const flush = async (pending: MetricRow[]) => {
    if (direct) direct.insert('MetricDaily', METRIC_DAILY_COLUMNS, pending, (n) => progress.tick(n));
    else await bulk.insert('MetricDaily', METRIC_DAILY_COLUMNS, pending, (n) => progress.tick(n));
  };
  try {
    await withoutSecondaryIndexes(db, kind, 'MetricDaily', async () => {
      let pending: MetricRow[] = [];
      for (const [ordinal, plan] of data.plans.entries()) {
        pending.push(...generateCampaignMetrics(ctx, plan, data.drops, ordinal));
        if (pending.length >= flushEvery) {
          await flush(pending);
          pending = [];
        }
      }
      await flush(pending);
    });
  } finally {
    direct?.close();
  }
  progress.finish();
  phase('metrics');
}

/** Rows per seeded table, read back from the database. */
export async function countRows(db: Db): Promise<Record<string, number>> {
  const counts = {
    Partner: db.partner.count(),
    Tenant: db.tenant.count(),
    User: db.user.count(),
    Membership: db.membership.count(),
    SsoConnection: db.ssoConnection.count(),
    SsoDomain: db.ssoDomain.count(),
    Theme: db.theme.count(),
    EmbedApp: db.embedApp.count(),
    ApiKey: db.apiKey.count(),
    WebhookEndpoint: db.webhookEndpoint.count(),
    Campaign: db.campaign.count(),
    AdVariant: db.adVariant.count(),
    MetricDaily: db.metricDaily.count(),
    SignalHealthDaily: db.signalHealthDaily.count(),
    FxRate: db.fxRate.count(),
    ConversionPath: db.conversionPath.count(),
    Dashboard: db.dashboard.count(),
    DashboardVersion: db.dashboardVersion.count(),
    Listing: db.listing.count(),
    ListingVersion: db.listingVersion.count(),
    Installation: db.installation.count(),
    Review: db.review.count(),
    AuditEvent: db.auditEvent.count(),
    ScheduledReport: db.scheduledReport.count(),
  };
  const entries = await Promise.all(Object.entries(counts).map(async ([table, count]) => [table, await count] as const));
  return Object.fromEntries(entries);
}
