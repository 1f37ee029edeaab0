import type { Prisma } from '../generated/sqlite/client.ts';
import type { DashboardLayout } from '../../widgets/src/contract.ts';
import type { SeedContext } from './context.ts';
import { AGENCY_TEMPLATE, CHANNEL_MIX, type SeededDashboard } from './dashboards.ts';
import type { SeededPartner, SeededTenant } from './tenancy.ts';

type Kind = 'template' | 'integration' | 'solution' | 'community';
type Status = 'draft' | 'in_review' | 'published' | 'rejected' | 'unpublished';
type VersionStatus = 'draft' | 'in_review' | 'published' | 'rejected' | 'superseded';

interface ListingSpec {
  slug: string;
  publisher: string;
  kind: Kind;
  status: Status;
  title: string;
  summary: string;
  categories: string[];
  pricing: string;
  verified: boolean;
  versions: { version: string; status: VersionStatus; changelog: string; rejectionReason?: string }[];
  manifest: Record<string, unknown>;
}

const dashboardManifest = (key: string, title: string, layout: DashboardLayout) => ({ key, title, layout });

/** JSON Schema of the credentials an integration asks for; secrets are marked writeOnly. */
const shopifyCredentials = {
  type: 'object',
  required: ['shopDomain', 'accessToken'],
  properties: {
    shopDomain: { type: 'string', title: 'Shop domain', pattern: '^[a-z0-9-]+\\.myshopify\\.com$' },
    accessToken: { type: 'string', title: 'Admin API access token', writeOnly: true, minLength: 20 },
  },
};

const SPECS: ListingSpec[] = [
  {
    slug: 'ecommerce-kpi-pack', publisher: 'bluepeak', kind: 'template', status: 'published', title: 'E-commerce KPI pack',
    summary: 'Revenue, ROAS and CPA at a glance, with campaign and channel breakdowns for online stores.', categories: ['dashboards', 'ecommerce'], pricing: 'free', verified: true,
    versions: [
      { version: '1.0.0', status: 'superseded', changelog: 'First release.' },
      { version: '1.1.0', status: 'published', changelog: 'Adds the channel mix page.' },
    ],
    manifest: { schemaVersion: 1, kind: 'template', dashboards: [dashboardManifest('kpis', 'E-commerce KPIs', AGENCY_TEMPLATE), dashboardManifest('channel-mix', 'Channel mix', CHANNEL_MIX)] },
  },
  {
    slug: 'shopify-orders', publisher: 'northwind', kind: 'integration', status: 'published', title: 'Shopify orders connector',
    summary: 'Feeds Shopify orders and revenue into Stratum every hour, matched to campaigns by UTM.', categories: ['integrations', 'ecommerce'], pricing: 'free', verified: true,
    versions: [{ version: '1.0.0', status: 'published', changelog: 'First release.' }],
    manifest: { schemaVersion: 1, kind: 'integration', provider: 'shopify', credentials: shopifyCredentials, metrics: ['revenue', 'conversions'], sync: { interval: 'hourly' } },
  },
  {
    slug: 'retail-growth-bundle', publisher: 'northwind', kind: 'solution', status: 'published', title: 'Retail growth bundle',
    summary: "Northwind's retail playbook: KPI dashboards, the Shopify connector and budget guardrails in one install.", categories: ['solutions', 'ecommerce'], pricing: 'contact us', verified: true,
    versions: [{ version: '2.0.0', status: 'published', changelog: 'Bundles the Shopify connector.' }],
    manifest: {
      schemaVersion: 1, kind: 'solution', includes: { listings: ['shopify-orders', 'ecommerce-kpi-pack'] },
      dashboards: [dashboardManifest('retail-overview', 'Retail overview', AGENCY_TEMPLATE)],
      automationPresets: [{ key: 'guardrails', name: 'Budget guardrails', config: { maxBudgetIncreasePct: 20, minSignalHealth: 70 } }],
    },
  },
  {
    slug: 'weekly-exec-summary', publisher: 'bluepeak', kind: 'community', status: 'published', title: 'Weekly executive summary',
    summary: 'A one-page weekly view for client leadership: four KPIs and the trend.', categories: ['dashboards', 'reporting'], pricing: 'free', verified: false,
    versions: [{ version: '1.0.0', status: 'published', changelog: 'Shared with the community.' }],
    manifest: { schemaVersion: 1, kind: 'community', dashboards: [dashboardManifest('exec', 'Executive summary', { defaultRange: 'last_7_days', widgets: AGENCY_TEMPLATE.widgets.slice(0, 5) })] },
  },
  {
    slug: 'budget-pacing-guardrails', publisher: 'northwind', kind: 'template', status: 'in_review', title: 'Budget pacing guardrails',
    summary: 'Recommendation thresholds that keep budget changes small while signal health is weak.', categories: ['automation'], pricing: 'free', verified: false,
    versions: [{ version: '0.9.0', status: 'in_review', changelog: 'Submitted for review.' }],
    manifest: { schemaVersion: 1, kind: 'template', automationPresets: [{ key: 'pacing', name: 'Budget pacing', config: { maxBudgetIncreasePct: 15, minConfidence: 0.8, minSignalHealth: 75 } }] },
  },
  {
    slug: 'hubspot-crm-sync', publisher: 'bluepeak', kind: 'integration', status: 'in_review', title: 'HubSpot CRM sync',
    summary: 'Brings closed-won deals from HubSpot in as conversions, for B2B clients.', categories: ['integrations', 'crm'], pricing: '$49 / month', verified: false,
    versions: [{ version: '1.0.0', status: 'in_review', changelog: 'First submission.' }],
    manifest: {
      schemaVersion: 1, kind: 'integration', provider: 'hubspot', metrics: ['conversions', 'revenue'], sync: { interval: 'daily' },
      credentials: { type: 'object', required: ['privateAppToken'], properties: { privateAppToken: { type: 'string', title: 'Private app token', writeOnly: true, minLength: 20 } } },
    },
  },
  {
    slug: 'saas-pipeline-starter', publisher: 'bluepeak', kind: 'solution', status: 'draft', title: 'SaaS pipeline starter',
    summary: 'Pipeline dashboards and the HubSpot sync for software clients.', categories: ['solutions', 'saas'], pricing: 'contact us', verified: false,
    versions: [{ version: '0.1.0', status: 'draft', changelog: 'Work in progress.' }],
    manifest: { schemaVersion: 1, kind: 'solution', includes: { listings: ['hubspot-crm-sync'] }, dashboards: [dashboardManifest('pipeline', 'Pipeline', CHANNEL_MIX)] },
  },
  {
    slug: 'creative-fatigue-tracker', publisher: 'northwind', kind: 'community', status: 'draft', title: 'Creative fatigue tracker',
    summary: 'Spot ads whose click-through rate decays week over week.', categories: ['dashboards', 'creative'], pricing: 'free', verified: false,
    versions: [{ version: '0.1.0', status: 'draft', changelog: 'Draft.' }],
    manifest: { schemaVersion: 1, kind: 'community', dashboards: [dashboardManifest('fatigue', 'Creative fatigue', { widgets: [{ id: 'ctr-trend', kind: 'chart', title: 'CTR by week', chartType: 'line', metric: 'ctr', dimension: 'date', grain: 'week', layout: { w: 12, h: 3 } }] })] },
  },
  {
    slug: 'legacy-csv-importer', publisher: 'northwind', kind: 'integration', status: 'rejected', title: 'Legacy CSV importer',
    summary: 'Upload spend and conversions from spreadsheets.', categories: ['integrations'], pricing: 'free', verified: false,
    versions: [{ version: '1.0.0', status: 'rejected', changelog: 'First submission.', rejectionReason: 'The manifest declares no metrics it feeds, and the description links to an external download.' }],
    manifest: { schemaVersion: 1, kind: 'integration', provider: 'csv', credentials: { type: 'object', properties: {} }, metrics: [] },
  },
  {
    slug: 'holiday-2025-dashboard', publisher: 'bluepeak', kind: 'template', status: 'unpublished', title: 'Holiday 2025 dashboard',
    summary: 'Black Friday to New Year pacing, retired after the season.', categories: ['dashboards', 'seasonal'], pricing: 'free', verified: false,
    versions: [{ version: '1.0.0', status: 'published', changelog: 'Holiday season release.' }],
    manifest: { schemaVersion: 1, kind: 'template', dashboards: [dashboardManifest('holiday', 'Holiday pacing', AGENCY_TEMPLATE)] },
  },
];

export interface ListingRows {
  listingRows: Prisma.ListingCreateManyInput[];
  versionRows: Prisma.ListingVersionCreateManyInput[];
  installationRows: Prisma.InstallationCreateManyInput[];
  reviewRows: Prisma.ReviewCreateManyInput[];
  /** Dashboards created by installing a template (they carry the installation's id). */
  installedDashboards: { dashboard: SeededDashboard; row: Prisma.DashboardCreateManyInput; version: Prisma.DashboardVersionCreateManyInput }[];
  listings: { id: string; slug: string; status: Status; publisherId: string; title: string }[];
}

function description(spec: ListingSpec, publisher: SeededPartner): string {
  return `## ${spec.title}\n\n${spec.summary}\n\nPublished by **${publisher.name}**.\n\n- Kind: ${spec.kind}\n- Categories: ${spec.categories.join(', ')}\n`;
}

/**
 * Marketplace listings in every status and of every kind, with versions (a published listing with a superseded
 * older version), two installations (one creates a dashboard in a client) and two reviews.
 */
export function buildListings(ctx: SeedContext, partners: SeededPartner[], tenants: SeededTenant[], platformAdminId: string): ListingRows {
  const random = ctx.random.fork('listings');
  const bySlug = new Map(partners.map((p) => [p.slug, p]));
  const out: ListingRows = { listingRows: [], versionRows: [], installationRows: [], reviewRows: [], installedDashboards: [], listings: [] };
  const versionIds = new Map<string, string>();

  SPECS.forEach((spec, index) => {
    const publisher = bySlug.get(spec.publisher)!;
    const id = random.id();
    const createdAt = ctx.at(-200 + index * 10);
    const live = spec.status === 'published' || spec.status === 'unpublished';
    out.listings.push({ id, slug: spec.slug, status: spec.status, publisherId: publisher.id, title: spec.title });
    out.listingRows.push({
      id, publisherId: publisher.id, kind: spec.kind, slug: spec.slug, title: spec.title, summary: spec.summary, description: description(spec, publisher),
      categories: spec.categories, screenshots: [], pricing: spec.pricing, verified: spec.verified, status: spec.status,
      publishedAt: live ? ctx.at(-190 + index * 10) : null, createdAt, updatedAt: createdAt,
    });
    spec.versions.forEach((version, v) => {
      const versionId = random.id();
      versionIds.set(`${spec.slug}@${version.version}`, versionId);
      const submitted = version.status !== 'draft';
      const reviewed = ['published', 'rejected', 'superseded'].includes(version.status);
      out.versionRows.push({
        id: versionId, listingId: id, version: version.version, manifest: spec.manifest as Prisma.InputJsonValue, changelog: version.changelog, status: version.status,
        rejectionReason: version.rejectionReason ?? null, submittedAt: submitted ? ctx.at(-195 + index * 10 + v) : null,
        reviewedAt: reviewed ? ctx.at(-194 + index * 10 + v) : null, reviewedById: reviewed ? platformAdminId : null, createdAt: ctx.at(-196 + index * 10 + v),
      });
    });
  });

  const listing = (slug: string) => out.listings.find((l) => l.slug === slug)!;
  const northwind = bySlug.get('northwind')!;
  const bluepeak = bySlug.get('bluepeak')!;
  const acme = tenants.find((t) => t.slug === 'acme-outfitters')!;
  const templateInstall = random.id();
  out.installationRows.push(
    { id: templateInstall, listingId: listing('ecommerce-kpi-pack').id, listingVersionId: versionIds.get('ecommerce-kpi-pack@1.1.0')!, partnerId: northwind.id, tenantId: acme.id, scope: 'tenant', config: {}, installedById: northwind.ownerUserId, createdAt: ctx.at(-30), updatedAt: ctx.at(-30) },
    { id: random.id(), listingId: listing('shopify-orders').id, listingVersionId: versionIds.get('shopify-orders@1.0.0')!, partnerId: bluepeak.id, tenantId: null, scope: 'partner', config: { shopDomain: 'harbour-finch.myshopify.com' }, installedById: bluepeak.ownerUserId, createdAt: ctx.at(-25), updatedAt: ctx.at(-25) },
  );
  const dashboardId = random.id();
  out.installedDashboards.push({
    dashboard: { id: dashboardId, partnerId: northwind.id, tenantId: acme.id, title: 'E-commerce KPIs' },
    row: { id: dashboardId, partnerId: northwind.id, tenantId: acme.id, title: 'E-commerce KPIs', description: 'Installed from the marketplace: E-commerce KPI pack 1.1.0.', layout: AGENCY_TEMPLATE as unknown as Prisma.InputJsonValue, installationId: templateInstall, createdAt: ctx.at(-30), updatedAt: ctx.at(-30) },
    version: { id: random.id(), dashboardId, version: 1, title: 'E-commerce KPIs', layout: AGENCY_TEMPLATE as unknown as Prisma.InputJsonValue, createdById: northwind.ownerUserId, createdAt: ctx.at(-30) },
  });
  out.reviewRows.push(
    { id: random.id(), listingId: listing('ecommerce-kpi-pack').id, userId: northwind.ownerUserId, partnerId: northwind.id, rating: 5, body: 'Set up a client report in two minutes. The channel mix page is great.', createdAt: ctx.at(-20), updatedAt: ctx.at(-20) },
    { id: random.id(), listingId: listing('shopify-orders').id, userId: bluepeak.ownerUserId, partnerId: bluepeak.id, rating: 4, body: 'Reliable hourly sync; would love refunds as a metric.', reply: 'Refunds are on the roadmap for 1.1.', repliedAt: ctx.at(-15), createdAt: ctx.at(-18), updatedAt: ctx.at(-15) },
  );
  for (const row of out.listingRows) {
    const installs = out.installationRows.filter((i) => i.listingId === row.id).length;
    const ratings = out.reviewRows.filter((r) => r.listingId === row.id).map((r) => r.rating);
    row.installCount = installs;
    row.ratingCount = ratings.length;
    row.ratingAverage = ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : 0;
  }
  return out;
}
