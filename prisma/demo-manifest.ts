/**
 * The shape of .stratum/demo.json, written by the seed and read by examples, tests and benchmarks.
 * Ids are database ids; everything here is demo-only data.
 */
export interface DemoManifest {
  generatedAt: string;
  /** The portal's public URL (PORTAL_URL, default http://localhost:3000). */
  portalUrl: string;
  scale: 'demo' | 'bench';
  /** The fixed "today" the seed's series end on (YYYY-MM-DD); dates in planted effects are relative to it. */
  today: string;
  platformAdmin: { email: string };
  users: { email: string; name: string; role: 'owner' | 'admin' | 'analyst' | 'viewer' | 'client'; partner: string; tenant?: string }[];
  partners: {
    id: string;
    slug: string;
    name: string;
    /** The partner's REST API key (full key, shown here only because this is demo data). */
    apiKey: string;
    embedApp: { id: string; secret: string; allowedOrigins: string[]; allowedScopes: string[] };
    /** The partner's webhook endpoint (a local sink) and its signing secret ("whsec_…"). */
    webhook: { id: string; url: string; secret: string };
    /** The partner's dashboard templates (tenantId null). */
    templates: { id: string; title: string }[];
    tenants: {
      id: string;
      slug: string;
      name: string;
      currency: string;
      locale: string;
      timezone: string;
      dashboards: { id: string; title: string }[];
      campaignCount: number;
    }[];
  }[];
  /** The demo partner's OIDC connection; the local IdP reads its client secret from here. */
  sso: { partner: string; connectionId: string; issuer: string; clientId: string; clientSecret: string; domains: string[] };
  /** The second partner's SAML connection to the local SAML IdP (by metadata URL). */
  samlSso?: { partner: string; connectionId: string; metadataUrl: string; domains: string[] };
  /** Effects planted in the data, which the recommendation engine must find. */
  plantedEffects: PlantedEffect[];
  /** Rows per table after seeding, keyed by model name (e.g. "MetricDaily"). */
  counts: Record<string, number>;
  /** How long the seed took, in seconds. */
  seconds: number;
}

export type PlantedEffect =
  | { kind: 'budget_capped_rising_roas'; tenantId: string; campaignId: string; from: string; to: string }
  | { kind: 'losing_variant'; tenantId: string; campaignId: string; variantId: string; winnerVariantId: string; from?: string; to?: string }
  | { kind: 'conversion_drop'; tenantId: string; campaignId?: string; channel: string; date: string }
  | { kind: 'signal_degradation'; tenantId: string; channel: string; from: string; to: string }
  | { kind: 'bleeding_campaign'; tenantId: string; campaignId: string; from: string; to: string };
