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
  /** A version's manifest defaults to the listing's (the latest). */
  versions: { version: string; status: VersionStatus; changelog: string; rejectionReason?: string; manifest?: Record<string, unknown> }[];
  manifest: Record<string, unknown>;
}

const dashboardManifest = (key: string, title: string, layout: DashboardLayout) => ({ key, title, layout });

/** The template whose v1.1.0 is installed in acme-outfitters (it creates both dashboards). */
const KPI_PACK_DASHBOARDS = [dashboardManifest('kpis', 'E-commerce KPIs', AGENCY_TEMPLATE), dashboardManifest('channel-mix', 'E-commerce channel mix', CHANNEL_MIX)];

/** Manifests in the canonical shape of portal/server/marketplace/manifests (checked by listings.test.ts). */
const SPECS: ListingSpec[] = [
  {
    slug: 'ecommerce-kpi-pack', publisher: 'bluepeak', kind: 'template', status: 'published', title: 'E-commerce KPI pack',
    summary: 'Revenue, ROAS and CPA at a glance, with campaign and channel breakdowns for online stores.', categories: ['dashboards', 'ecommerce'], pricing: 'free', verified: true,
    versions: [
      { version: '1.0.0', status: 'superseded', changelog: 'First release.', manifest: { kind: 'template', dashboards: KPI_PACK_DASHBOARDS.slice(0, 1), presets: [], config: [] } },
      { version: '1.1.0', status: 'published', changelog: 'Adds the channel mix page.' },
    ],
    manifest: { kind: 'template', dashboards: KPI_PACK_DASHBOARDS, presets: [], config: [] },
  },
  {
    slug: 'shopify-orders', publisher: 'northwind', kind: 'integration', status: 'published', title: 'Shopify orders connector',
    summary: 'Feeds Shopify orders and revenue into Stratum every hour, matched to campaigns by UTM.', categories: ['integrations', 'ecommerce'], pricing: 'free', verified: true,
    versions: [{ version: '1.0.0', status: 'published', changelog: 'First release.' }],
    manifest: {
      kind: 'integration', provider: 'shopify', metrics: ['revenue', 'conversions'], channels: [], syncIntervalMinutes: 60,
      credentials: [
        { key: 'shopDomain', label: 'Shop domain', type: 'string', required: true, pattern: '^[a-z0-9-]+\\.myshopify\\.com$' },
        { key: 'accessToken', label: 'Admin API access token', type: 'secret', required: true, minLength: 20 },
      ],
    },
  },
  {
    slug: 'retail-growth-bundle', publisher: 'northwind', kind: 'solution', status: 'published', title: 'Retail growth bundle',
    summary: "Northwind's retail playbook: KPI dashboards, the Shopify connector and budget guardrails in one install.", categories: ['solutions', 'ecommerce'], pricing: 'contact us', verified: true,
    versions: [{ version: '2.0.0', status: 'published', changelog: 'Bundles the Shopify connector.' }],
    manifest: {
      kind: 'solution', bundles: ['shopify-orders', 'ecommerce-kpi-pack'], description: 'Everything Northwind sets up for a new retail client.',
      dashboards: [dashboardManifest('retail-overview', 'Retail overview', AGENCY_TEMPLATE)],
      presets: [{ key: 'guardrails', name: 'Budget guardrails', config: { maxBudgetIncreasePct: 20, minSignalHealth: 70 } }], config: [],
    },
  },
  {
    slug: 'weekly-exec-summary', publisher: 'bluepeak', kind: 'community', status: 'published', title: 'Weekly executive summary',
    summary: 'A one-page weekly view for client leadership: four KPIs and the trend.', categories: ['dashboards', 'reporting'], pricing: 'free', verified: false,
    versions: [{ version: '1.0.0', status: 'published', changelog: 'Shared with the community.' }],
    manifest: {
      kind: 'community', dashboards: [dashboardManifest('exec', 'Executive summary', { defaultRange: 'last_7_days', widgets: AGENCY_TEMPLATE.widgets.slice(0, 5) })], presets: [], config: [],
      links: [{ label: 'How we run weekly client reviews', url: 'https://bluepeak.test/blog/weekly-reviews' }],
    },
  },
  {
    slug: 'budget-pacing-guardrails', publisher: 'northwind', kind: 'template', status: 'in_review', title: 'Budget pacing guardrails',
    summary: 'Recommendation thresholds that keep budget changes small while signal health is weak.', categories: ['automation'], pricing: 'free', verified: false,
    versions: [{ version: '0.9.0', status: 'in_review', changelog: 'Submitted for review.' }],
    manifest: {
      kind: 'template', dashboards: [], presets: [{ key: 'pacing', name: 'Budget pacing', config: { maxBudgetIncreasePct: 15, minConfidence: 0.8, minSignalHealth: 75 } }],
      config: [{ key: 'maxBudgetIncreasePct', label: 'Largest budget increase (%)', type: 'number', min: 1, max: 100, integer: true, default: 15 }],
    },
  },
  {
    slug: 'hubspot-crm-sync', publisher: 'bluepeak', kind: 'integration', status: 'in_review', title: 'HubSpot CRM sync',
    summary: 'Brings closed-won deals from HubSpot in as conversions, for B2B clients.', categories: ['integrations', 'crm'], pricing: '$49 / month', verified: false,
    versions: [{ version: '1.0.0', status: 'in_review', changelog: 'First submission.' }],
    manifest: {
      kind: 'integration', provider: 'hubspot', metrics: ['conversions', 'revenue'], channels: [], syncIntervalMinutes: 1440,
      credentials: [{ key: 'privateAppToken', label: 'Private app token', type: 'secret', required: true, minLength: 20 }],
    },
  },
  {
    slug: 'saas-pipeline-starter', publisher: 'bluepeak', kind: 'solution', status: 'draft', title: 'SaaS pipeline starter',
    summary: 'Pipeline dashboards and the HubSpot sync for software clients.', categories: ['solutions', 'lead-gen'], pricing: 'contact us', verified: false,
    versions: [{ version: '0.1.0', status: 'draft', changelog: 'Work in progress.' }],
    manifest: { kind: 'solution', bundles: ['hubspot-crm-sync'], dashboards: [dashboardManifest('pipeline', 'Pipeline', CHANNEL_MIX)], presets: [], config: [] },
  },
  {
    slug: 'creative-fatigue-tracker', publisher: 'northwind', kind: 'community', status: 'draft', title: 'Creative fatigue tracker',
    summary: 'Spot ads whose click-through rate decays week over week.', categories: ['dashboards', 'paid-social'], pricing: 'free', verified: false,
    versions: [{ version: '0.1.0', status: 'draft', changelog: 'Draft.' }],
    manifest: {
      kind: 'community', presets: [], config: [], links: [],
      dashboards: [dashboardManifest('fatigue', 'Creative fatigue', { widgets: [{ id: 'ctr-trend', kind: 'chart', title: 'CTR by week', chartType: 'line', metric: 'ctr', dimension: 'date', grain: 'week', layout: { w: 12, h: 3 } }] })],
    },
  },
  {
    slug: 'legacy-csv-importer', publisher: 'northwind', kind: 'integration', status: 'rejected', title: 'Legacy CSV importer',
    summary: 'Upload spend and conversions from spreadsheets.', categories: ['integrations', 'data-quality'], pricing: 'free', verified: false,
    versions: [{ version: '1.0.0', status: 'rejected', changelog: 'First submission.', rejectionReason: 'The description asks users to download an external desktop tool; connectors must sync through the API.' }],
    manifest: {
      kind: 'integration', provider: 'csv', metrics: ['spend', 'conversions'], channels: [], syncIntervalMinutes: 1440,
      credentials: [{ key: 'uploadUrl', label: 'Spreadsheet URL', type: 'url', required: true }],
    },
  },
  {
    slug: 'holiday-2025-dashboard', publisher: 'bluepeak', kind: 'template', status: 'unpublished', title: 'Holiday 2025 dashboard',
    summary: 'Black Friday to New Year pacing, retired after the season.', categories: ['dashboards', 'reporting'], pricing: 'free', verified: false,
    versions: [{ version: '1.0.0', status: 'published', changelog: 'Holiday season release.' }],
    manifest: { kind: 'template', dashboards: [dashboardManifest('holiday', 'Holiday pacing', AGENCY_TEMPLATE)], presets: [], config: [] },
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
        id: versionId, listingId: id, version: version.version, manifest: (version.manifest ?? spec.manifest) as Prisma.InputJsonValue, changelog: version.changelog, status: version.status,
        rejectionReason: version.rejectionReason ?? null, submittedAt: submitted ? ctx.at(-195 + index * 10 + v) : null,
        reviewedAt: reviewed ? ctx.at(-194 + index * 10 + v) : null, reviewedById: reviewed ? platformAdminId : null, createdAt: ctx.at(-196 + index * 10 + v),
      });
    });
  });

  const listing = (slug: string) => out.listings.find((l) => l.slug === slug)!;
  const northwind = bySlug.get('northwind')!;
  const bluepeak = bySlug.get('bluepeak')!;
  const acme = tenants.find((t) => t.slug === 'acme-outfitters')!;
  // Installing the KPI pack into acme-outfitters created one dashboard per manifest dashboard; the installation's
  // config records them by key (the shape of StoredInstallationConfig in portal/server/marketplace).
  const templateInstall = random.id();
  const installedAt = ctx.at(-30);
  const created = KPI_PACK_DASHBOARDS.map((spec) => ({ spec, id: random.id() }));
  out.installationRows.push(
    {
      id: templateInstall, listingId: listing('ecommerce-kpi-pack').id, listingVersionId: versionIds.get('ecommerce-kpi-pack@1.1.0')!, partnerId: northwind.id, tenantId: acme.id, scope: 'tenant',
      config: { values: {}, secrets: {}, includeFuture: false, resources: { dashboards: Object.fromEntries(created.map((c) => [c.spec.key, [c.id]])), presets: {} } },
      installedById: northwind.ownerUserId, createdAt: installedAt, updatedAt: installedAt,
    },
    {
      id: random.id(), listingId: listing('shopify-orders').id, listingVersionId: versionIds.get('shopify-orders@1.0.0')!, partnerId: bluepeak.id, tenantId: null, scope: 'partner',
      config: { values: { shopDomain: 'harbour-finch.myshopify.com' }, secrets: { accessToken: ctx.seal(`shpat_demo_${random.token(32)}`) }, includeFuture: false, resources: { dashboards: {}, presets: {} } },
      installedById: bluepeak.ownerUserId, createdAt: ctx.at(-25), updatedAt: ctx.at(-25),
    },
  );
  for (const { spec, id } of created) {
    const layout = spec.layout as unknown as Prisma.InputJsonValue;
    out.installedDashboards.push({
      dashboard: { id, partnerId: northwind.id, tenantId: acme.id, title: spec.title },
      row: { id, partnerId: northwind.id, tenantId: acme.id, title: spec.title, description: 'Installed from the marketplace: E-commerce KPI pack 1.1.0.', layout, installationId: templateInstall, createdAt: installedAt, updatedAt: installedAt },
      version: { id: random.id(), dashboardId: id, version: 1, title: spec.title, layout, createdById: northwind.ownerUserId, createdAt: installedAt },
    });
  }
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
