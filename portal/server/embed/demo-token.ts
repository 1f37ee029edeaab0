import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { DemoTokenResult, EmbedScope } from '@stratum/contract';
import type { DemoManifest } from '../../../prisma/demo-manifest.ts';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { listParam } from '@/lib/http';
import { fromRoot } from '@/lib/paths';
import { appMayGrant } from './context';
import { mintEmbedToken } from './mint-token';
import { normalizeOrigin } from './origin-policy';
import { ChannelSchema, CurrencySchema, EmbedScopeSchema, IdSchema, LocaleSchema } from './schemas';

export const DemoTokenQuerySchema = z.object({
  tenant: z.string().min(1).max(64).optional(),
  scopes: z.preprocess(listParam, z.array(EmbedScopeSchema).max(50).optional()),
  channels: z.preprocess(listParam, z.array(ChannelSchema).optional()),
  campaigns: z.preprocess(listParam, z.array(IdSchema).max(200).optional()),
  locale: LocaleSchema.optional(),
  currency: CurrencySchema.optional(),
  viewer: z.string().min(1).max(100).optional(),
});
export type DemoTokenQuery = z.infer<typeof DemoTokenQuerySchema>;


function manifestPath(): string {
  return path.join(process.env.STRATUM_DATA_DIR ? path.resolve(process.env.STRATUM_DATA_DIR) : fromRoot('.stratum'), 'demo.json');
}

/**
 * The demo manifest, only when the demo is switched on (STRATUM_DEMO=1, set by `npm start`) and the seed wrote
 * .stratum/demo.json. Otherwise null: the demo token endpoint then does not exist (404).
 */
export function loadDemoManifest(): DemoManifest | null {
  if (!env().STRATUM_DEMO) return null;
  const file = manifestPath();
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DemoManifest;
  } catch {
    return null;
  }
}

export function demoAllowsOrigin(manifest: DemoManifest, origin: string): boolean {
  const normalized = normalizeOrigin(origin);
  return normalized !== null && manifest.partners.some((p) => p.embedApp.allowedOrigins.map(normalizeOrigin).includes(normalized));
}

/** Mints a demo embed token for a tenant of the demo data with the demo embed app of its partner. */
export async function mintDemoToken(manifest: DemoManifest, query: DemoTokenQuery, selfOrigin: string): Promise<DemoTokenResult> {
  const candidates = manifest.partners.flatMap((partner) => partner.tenants.map((tenant) => ({ partner, tenant })));
  const match = query.tenant ? candidates.find(({ tenant }) => tenant.slug === query.tenant || tenant.id === query.tenant) : candidates[0];
  if (!match) throw new AppError('NOT_FOUND', `No demo tenant "${query.tenant ?? ''}".`);
  const { partner, tenant } = match;
  const allowed = partner.embedApp.allowedScopes;
  const scopes: EmbedScope[] = query.scopes ?? allowed.filter((s): s is EmbedScope => EmbedScopeSchema.safeParse(s).success);
  const refused = scopes.filter((s) => !appMayGrant(allowed, s));
  if (refused.length) throw new AppError('SCOPE_FORBIDDEN', `The demo embed app may not grant: ${refused.join(', ')}.`, { status: 400 });
  const filters = { ...(query.channels ? { channels: query.channels } : {}), ...(query.campaigns ? { campaignIds: query.campaigns } : {}) };
  const { token, expiresAt } = await mintEmbedToken({
    appId: partner.embedApp.id,
    secret: partner.embedApp.secret,
    viewerId: query.viewer ?? 'demo-viewer',
    tenant: tenant.id,
    scopes,
    filters,
    ...(query.locale ? { locale: query.locale } : {}),
    ...(query.currency ? { currency: query.currency } : {}),
  });
  return {
    token,
    expiresAt: expiresAt.toISOString(),
    apiBase: `${selfOrigin}/api/embed/v1`,
    tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name },
    dashboards: tenant.dashboards,
    today: manifest.today,
  };
}
