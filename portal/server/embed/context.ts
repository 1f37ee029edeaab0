import type { EmbedScope, RowFilters } from '@stratum/contract';

/** Who is asking, established from a verified embed token. Every embed query is scoped by it. */
export interface EmbedContext {
  app: { id: string; name: string; allowedOrigins: string[] };
  partnerId: string;
  tenantId: string;
  tenant: { id: string; slug: string; name: string; currency: string; locale: string; timezone: string; trustGateThreshold: number };
  /** The token's `sub`: the partner's own user id, opaque to us. */
  viewerId: string;
  scopes: EmbedScope[];
  /** Row-level filters from the token; applied inside every query's where. */
  rowFilters: RowFilters;
  /** The token's locale/currency, else the tenant's. */
  locale: string;
  currency: string;
  tokenId: string | undefined;
  expiresAt: Date;
}

/** Scopes a route may require: a fixed scope, or "dashboards" (any dashboard scope), checked by withEmbed. */
export type RequiredScope = 'recommendations' | 'recommendations:apply' | 'copilot' | 'export' | 'dashboards';

/** Whether the token carries `scope`, or any of a list of them. */
export function hasScope(ctx: Pick<EmbedContext, 'scopes'>, scope: RequiredScope | readonly RequiredScope[]): boolean {
  if (typeof scope !== 'string') return scope.some((s) => hasScope(ctx, s));
  if (scope === 'dashboards') return ctx.scopes.some((s) => s === 'dashboards:*' || s.startsWith('dashboard:'));
  return ctx.scopes.includes(scope);
}

/** Whether the token may open this dashboard: `dashboards:*` or `dashboard:<id>`. */
export function canSeeDashboard(ctx: Pick<EmbedContext, 'scopes'>, dashboardId: string): boolean {
  return ctx.scopes.includes('dashboards:*') || ctx.scopes.includes(`dashboard:${dashboardId}`);
}

/** Whether an app that may grant `allowed` may grant `scope` (an app with dashboards:* may grant dashboard:<id>). */
export function appMayGrant(allowed: readonly string[], scope: EmbedScope): boolean {
  if (allowed.includes(scope)) return true;
  return scope.startsWith('dashboard:') && allowed.includes('dashboards:*');
}
