import 'server-only';
import { requestIdOf } from '@/lib/http';
import { toResponse } from '@/lib/errors';
import type { Permission } from '@/lib/permissions';
import type { PartnerContext } from './membership';
import { partnerMemberOrThrow } from './require-member';

type RouteParams = { params: Promise<{ partner: string } & Record<string, string>> };

/**
 * Wraps a portal JSON route (/api/portal/[partner]/…): session, membership and permission checked once, errors
 * answered with their status (401/403/404/422), never a 500 for a user mistake.
 */
export function withPartnerRoute(
  handler: (input: { request: Request; ctx: PartnerContext; params: Record<string, string> }) => Promise<Response>,
  options: { permission: Permission },
) {
  return async (request: Request, { params }: RouteParams): Promise<Response> => {
    const requestId = requestIdOf(request);
    try {
      const resolved = await params;
      const ctx = await partnerMemberOrThrow(resolved.partner, options.permission);
      return await handler({ request, ctx, params: resolved });
    } catch (error) {
      return toResponse(error, { requestId });
    }
  };
}
