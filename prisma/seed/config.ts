import path from 'node:path';
import { z } from 'zod';
import { utcDay } from './dates.ts';

/** Everything the seed reads from the environment, validated once. */
export interface SeedConfig {
  /** The PRNG's seed: fixed, so the same configuration always produces the same rows. */
  seed: string;
  scale: 'demo' | 'bench';
  today: Date;
  /** Days of history, ending on (and including) today. */
  days: number;
  /** Campaigns per tenant, in tenant order (the sum is the campaign count). */
  campaignsPerTenant: number[];
  conversionPathsPerTenant: number;
  portalUrl: string;
  dataDir: string;
  oidcIssuer: string;
  oidcClientSecret: string;
  /** The local SAML IdP (scripts/idp/saml-idp.ts); the second demo partner's SAML connection reads its metadata URL. */
  samlIdpUrl: string;
  /** Extra embed origins, from DEMO_ALLOWED_ORIGINS. */
  extraOrigins: string[];
  /** Print a progress bar on stderr. */
  progress: boolean;
}

export const DEFAULT_TODAY = '2026-11-25';
export const DEFAULT_SEED = 'stratum-embed-demo-v1';
export const TENANT_COUNT = 6;
/** Deterministic demo value; the local IdP reads it back from demo.json. */
export const DEMO_OIDC_CLIENT_SECRET = 'demo-oidc-secret-northwind-7f3a9c21';

const DEMO_CAMPAIGNS = [38, 30, 34, 36, 28, 34];
/** Campaigns every tenant gets at least: its planted ones plus one on each of the five channels. */
export const MIN_CAMPAIGNS_PER_TENANT = 8;

const envSchema = z.object({
  SEED_SCALE: z.enum(['demo', 'bench']).default('demo'),
  SEED_TODAY: z.string().default(DEFAULT_TODAY),
  SEED_RANDOM: z.string().min(1).default(DEFAULT_SEED),
  /** Overrides the total campaign count (e.g. 17000 for a ~10M-row benchmark). */
  SEED_CAMPAIGNS: z.coerce.number().int().min(TENANT_COUNT * MIN_CAMPAIGNS_PER_TENANT).max(100_000).optional(),
  SEED_PROGRESS: z.enum(['0', '1']).optional(),
  PORTAL_URL: z.url().default('http://localhost:3000'),
  STRATUM_DATA_DIR: z.string().default('.stratum'),
  OIDC_ISSUER_URL: z.url().default('http://localhost:3001'),
  DEMO_OIDC_CLIENT_SECRET: z.string().min(8).default(DEMO_OIDC_CLIENT_SECRET),
  SAML_IDP_URL: z.url().default('http://localhost:3002'),
  DEMO_ALLOWED_ORIGINS: z.string().default(''),
});

/** Spreads a total over the tenants: the minimum each, the rest in the demo's proportions. */
export function spreadCampaigns(total: number): number[] {
  const weights = DEMO_CAMPAIGNS;
  const sum = weights.reduce((a, b) => a + b, 0);
  const rest = Math.max(0, total - MIN_CAMPAIGNS_PER_TENANT * weights.length);
  const counts = weights.map((w) => MIN_CAMPAIGNS_PER_TENANT + Math.floor((rest * w) / sum));
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < total; i++) counts[i % counts.length]! += 1;
  return counts;
}

export type SeedEnv = Record<string, string | undefined>;

export function readSeedConfig(env: SeedEnv = process.env): SeedConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid seed environment: ${problems}`);
  }
  const e = parsed.data;
  const bench = e.SEED_SCALE === 'bench';
  const total = e.SEED_CAMPAIGNS ?? (bench ? 1800 : 200);
  const origins = e.DEMO_ALLOWED_ORIGINS.split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean);
  for (const origin of origins) z.url().parse(origin);
  return {
    seed: e.SEED_RANDOM,
    scale: e.SEED_SCALE,
    today: utcDay(e.SEED_TODAY),
    days: 730,
    campaignsPerTenant: spreadCampaigns(total),
    conversionPathsPerTenant: 3000,
    portalUrl: e.PORTAL_URL.replace(/\/$/, ''),
    dataDir: path.resolve(e.STRATUM_DATA_DIR),
    oidcIssuer: e.OIDC_ISSUER_URL.replace(/\/$/, ''),
    oidcClientSecret: e.DEMO_OIDC_CLIENT_SECRET,
    samlIdpUrl: e.SAML_IDP_URL.replace(/\/$/, ''),
    extraOrigins: origins,
    progress: e.SEED_PROGRESS ? e.SEED_PROGRESS === '1' : bench || Boolean(process.stderr.isTTY),
  };
}
