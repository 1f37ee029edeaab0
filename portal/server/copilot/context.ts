import 'server-only';
import type { EmbedScope, RowFilters } from '@stratum/contract';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { EmbedContext } from '@/server/embed/context';
import type { DecisionActor } from '@/server/recommendations/decide-recommendation';

/** Everything a copilot turn may touch: one tenant, one viewer, the token's scopes and row filters. */
export interface CopilotContext {
  db: Db;
  partnerId: string;
  tenantId: string;
  viewerId: string;
  rowFilters: RowFilters;
  scopes: EmbedScope[];
  currency: string;
  tenant: { name: string; currency: string; trustGateThreshold: number };
  /** The reference day of relative dates: the tenant's latest data day (or today). */
  today: string;
  actor: DecisionActor;
}

export function copilotContextFromEmbed(db: Db, embed: EmbedContext, today: string): CopilotContext {
  return {
    db,
    partnerId: embed.partnerId,
    tenantId: embed.tenantId,
    viewerId: embed.viewerId,
    rowFilters: embed.rowFilters,
    scopes: embed.scopes,
    currency: embed.currency,
    tenant: { name: embed.tenant.name, currency: embed.tenant.currency, trustGateThreshold: embed.tenant.trustGateThreshold },
    today,
    actor: { type: 'embed', id: embed.viewerId, label: `${embed.viewerId} (embed: ${embed.app.name})` },
  };
}

export function requireScope(ctx: CopilotContext, scope: EmbedScope, what: string): void {
  if (!ctx.scopes.includes(scope)) throw new AppError('SCOPE_FORBIDDEN', `This embed may not ${what} (it lacks the "${scope}" scope).`);
}
