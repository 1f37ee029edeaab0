/**
 * Fixtures for embed API tests, written with the Prisma client (independent of the demo seed): two partners,
 * each with tenants, an embed app with a known secret, campaigns, daily metrics and FX rates.
 */
import type { Channel } from '../../../widgets/src/contract.ts';
import type { Db } from '../../../prisma/connect.ts';
import { encryptSecret, generateSecret } from '../../../portal/lib/secret-box.ts';

export const APP_ORIGIN = 'https://app.agency-a.test';

export interface FixtureApp {
  id: string;
  secret: string;
}

export async function createPartner(db: Db, slug: string, opts: { currency?: string } = {}) {
  return db.partner.create({ data: { slug, name: `Agency ${slug}`, defaultCurrency: opts.currency ?? 'USD' } });
}

export async function createTenant(db: Db, partnerId: string, slug: string, opts: { currency?: string; locale?: string; trustGateThreshold?: number } = {}) {
  return db.tenant.create({
    data: { partnerId, slug, name: `Client ${slug}`, currency: opts.currency ?? 'USD', locale: opts.locale ?? 'en', trustGateThreshold: opts.trustGateThreshold ?? 70 },
  });
}

export async function createEmbedApp(
  db: Db,
  partnerId: string,
  opts: { origins?: string[]; scopes?: string[]; revokedAt?: Date; previousSecret?: { secret: string; expiresAt: Date } } = {},
): Promise<FixtureApp> {
  const secret = generateSecret('esk');
  const app = await db.embedApp.create({
    data: {
      partnerId,
      name: 'Test app',
      allowedOrigins: opts.origins ?? [APP_ORIGIN],
      allowedScopes: opts.scopes ?? ['dashboards:*', 'recommendations', 'recommendations:apply', 'copilot', 'export'],
      secretEncrypted: encryptSecret(secret),
      previousSecretEncrypted: opts.previousSecret ? encryptSecret(opts.previousSecret.secret) : null,
      previousSecretExpiresAt: opts.previousSecret?.expiresAt ?? null,
      revokedAt: opts.revokedAt ?? null,
    },
  });
  return { id: app.id, secret };
}

export async function createCampaign(db: Db, tenantId: string, name: string, channel: Channel, currency = 'USD') {
  return db.campaign.create({ data: { tenantId, name, channel, dailyBudget: 100, currency } });
}

export interface MetricFixture {
  tenantId: string;
  campaignId: string;
  channel: Channel;
  currency: string;
  date: string;
  spend: number;
  impressions: number;
  clicks: number;
  conversions: number;
  revenue: number;
  variantId?: string | null;
}

export async function insertMetrics(db: Db, rows: MetricFixture[]): Promise<void> {
  await db.metricDaily.createMany({
    data: rows.map((r) => ({
      tenantId: r.tenantId,
      campaignId: r.campaignId,
      channel: r.channel,
      currency: r.currency,
      date: new Date(`${r.date}T00:00:00.000Z`),
      spend: r.spend,
      impressions: r.impressions,
      clicks: r.clicks,
      conversions: r.conversions,
      revenue: r.revenue,
      variantId: r.variantId ?? null,
      variantKey: r.variantId ?? '-',
    })),
  });
}

export async function insertFxRates(db: Db, rates: { currency: string; date: string; rateToUsd: number }[]): Promise<void> {
  await db.fxRate.createMany({ data: rates.map((r) => ({ currency: r.currency, date: new Date(`${r.date}T00:00:00.000Z`), rateToUsd: r.rateToUsd })) });
}
