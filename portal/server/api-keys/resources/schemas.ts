import { z } from 'zod';
import { CHANNELS } from '@stratum/contract';
import { CurrencySchema, DashboardLayoutSchema, EmbedScopeSchema, IdSchema, LocaleSchema, RowFiltersSchema } from '@/server/embed/schemas';

/** Request and response shapes of REST API v1; the OpenAPI document is generated from these. */

const Timestamp = z.iso.datetime();
const Slug = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'lowercase letters, digits and dashes');
const Timezone = z.string().min(1).max(64).refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'an IANA time zone such as Europe/Paris');

export const TenantSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  currency: z.string(),
  locale: z.string(),
  timezone: z.string(),
  industry: z.string(),
  trustGateThreshold: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export const TenantCreateSchema = z.strictObject({
  slug: Slug,
  name: z.string().min(1).max(200),
  currency: CurrencySchema.optional(),
  locale: LocaleSchema.optional(),
  timezone: Timezone.optional(),
  industry: z.string().min(1).max(64).optional(),
  trustGateThreshold: z.number().int().min(0).max(100).optional(),
});
export const TenantUpdateSchema = TenantCreateSchema.omit({ slug: true }).partial();

export const CampaignSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  name: z.string(),
  channel: z.enum(CHANNELS),
  status: z.enum(['draft', 'active', 'paused', 'archived']),
  dailyBudget: z.number(),
  currency: z.string(),
  objective: z.string(),
  startDate: Timestamp.nullable(),
  endDate: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export const CampaignCreateSchema = z.strictObject({
  name: z.string().min(1).max(200),
  channel: z.enum(CHANNELS),
  status: z.enum(['draft', 'active', 'paused', 'archived']).optional(),
  dailyBudget: z.number().min(0).max(1e9),
  /** Default: the tenant's currency. */
  currency: CurrencySchema.optional(),
  objective: z.string().min(1).max(64).optional(),
  startDate: z.iso.date().optional(),
  endDate: z.iso.date().optional(),
});
export const CampaignUpdateSchema = CampaignCreateSchema.omit({ channel: true, currency: true }).partial();

export const DashboardSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  layout: DashboardLayoutSchema,
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export const DashboardCreateSchema = z.strictObject({
  title: z.string().min(1).max(200),
  description: z.string().max(2000).optional(),
  layout: DashboardLayoutSchema,
});
export const DashboardUpdateSchema = DashboardCreateSchema.partial();

const Origin = z.url({ protocol: /^https?$/ }).refine((u) => new URL(u).origin === u.replace(/\/$/, ''), 'an origin: scheme://host[:port], no path');
export const EmbedAppSchema = z.object({
  id: z.string(),
  name: z.string(),
  allowedOrigins: z.array(z.string()),
  allowedScopes: z.array(z.string()),
  rotatedAt: Timestamp.nullable(),
  previousSecretExpiresAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
  createdAt: Timestamp,
});
export const EmbedAppWithSecretSchema = EmbedAppSchema.extend({ secret: z.string().describe('Shown once: store it in your backend.') });
export const EmbedAppCreateSchema = z.strictObject({
  name: z.string().min(1).max(200),
  allowedOrigins: z.array(Origin).min(1).max(50),
  allowedScopes: z.array(EmbedScopeSchema).min(1).max(100),
});
export const EmbedAppUpdateSchema = EmbedAppCreateSchema.partial();
export const EmbedAppRotateSchema = z.strictObject({
  /** How long the previous secret keeps working. Default one day, at most seven. */
  overlapSeconds: z.number().int().min(0).max(7 * 86_400).optional(),
});

export const EmbedTokenRequestSchema = z.strictObject({
  /** Default: the partner's oldest active embed app. */
  embedAppId: IdSchema.optional(),
  /** Tenant id or slug. */
  tenant: z.string().min(1).max(64),
  viewerId: z.string().min(1).max(200),
  scopes: z.array(EmbedScopeSchema).min(1).max(100),
  filters: RowFiltersSchema.optional(),
  locale: LocaleSchema.optional(),
  currency: CurrencySchema.optional(),
  /** Default 600, at most 900. */
  ttlSeconds: z.number().int().min(30).max(900).optional(),
});
export const EmbedTokenResponseSchema = z.object({ token: z.string(), expiresAt: Timestamp, embedAppId: z.string(), apiBase: z.string() });

export const MetricRowSchema = z.strictObject({
  campaignId: IdSchema,
  variantId: IdSchema.nullable().optional(),
  date: z.iso.date(),
  spend: z.number().min(0).max(1e12),
  impressions: z.number().int().min(0).max(2_000_000_000),
  clicks: z.number().int().min(0).max(2_000_000_000),
  conversions: z.number().int().min(0).max(2_000_000_000),
  revenue: z.number().min(0).max(1e12),
});
export const MetricBatchSchema = z.strictObject({ rows: z.array(z.unknown()).min(1).max(10_000) });
export const MetricBatchResultSchema = z.object({
  received: z.number().int(),
  upserted: z.number().int(),
  rejected: z.number().int(),
  errors: z.array(z.object({ index: z.number().int(), issues: z.array(z.object({ path: z.string(), message: z.string() })) })),
});

export const IdParamSchema = z.object({ id: IdSchema });
export const TenantParamSchema = z.object({ tenantId: IdSchema });
