import 'server-only';
import { headers } from 'next/headers';
import type { EmbedScope, RowFilters } from '@stratum/contract';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { mintEmbedToken } from '@/server/embed/mint-token';
import type { PartnerContext } from '@/server/tenancy/membership';
import { visibleTenantWhere } from '@/server/tenancy/tenants';
import { embedAppSecret, portalEmbedApp } from './embed-apps';

/** The portal's own origin as the browser reached it (for the internal app's allowed origins). */
export async function portalOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') ? 'http' : 'https');
  return `${proto}://${host}`;
}

/**
 * An embed token for the portal's own previews, signed with the partner's internal embed app, for a tenant the
 * user may see. The portal eats its own cooking: the widgets then call the embed API like any host page.
 */
export async function mintPortalToken(ctx: PartnerContext, tenantId: string, options: { scopes?: EmbedScope[]; filters?: RowFilters; appId?: string } = {}) {
  const tenant = await db.tenant.findFirst({ where: { id: tenantId, ...visibleTenantWhere(ctx) }, select: { id: true, slug: true } });
  if (!tenant) throw new AppError('NOT_FOUND', 'No such client.');
  const app = options.appId ? await embedAppSecret(ctx, options.appId) : await portalEmbedApp(ctx.partner.id, await portalOrigin());
  const { token, expiresAt } = await mintEmbedToken({
    appId: app.id,
    secret: app.secret,
    viewerId: `portal:${ctx.user.id}`,
    tenant: tenant.id,
    scopes: options.scopes ?? ['dashboards:*', 'recommendations', 'copilot', 'export'],
    ...(options.filters ? { filters: options.filters } : {}),
    ttlSeconds: 600,
  });
  return { token, expiresAt: expiresAt.toISOString(), tenantId: tenant.id };
}
