import 'server-only';
import { db } from '@/lib/db';
import { hashApiKey } from '@/server/api-keys/keys';
import type { AuditActor } from '@/server/audit/record';
import { ScimError, scimErrorResponse } from './errors';
import { asScimRole, parseGroupRoleMap, type GroupRoleMap, type ScimRole } from './role-map';

export interface ScimContext {
  directory: { id: string; partnerId: string; name: string; defaultRole: ScimRole; groupRoleMap: GroupRoleMap };
  /** …/api/scim/v2/<directory>, for meta.location. */
  baseUrl: string;
  actor: AuditActor;
  ip: string | null;
  userAgent: string | null;
}

/** Where IdPs reach a directory: the portal's public URL when configured, else the request's origin. */
export function scimBaseUrl(directoryId: string, origin: string): string {
  return `${(process.env.PORTAL_URL ?? origin).replace(/\/$/, '')}/api/scim/v2/${directoryId}`;
}

/**
 * The bearer token must be the one of the directory named in the URL: the lookup has both the token's hash and
 * the directory id in its `where`, so partner A's token finds nothing under partner B's directory (401, no data).
 */
async function authenticate(request: Request, directoryId: string): Promise<ScimContext> {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S{20,200})$/i.exec(header.trim());
  if (!match) throw new ScimError(401, 'A bearer token is required.');
  const directory = await db.scimDirectory.findFirst({
    where: { id: directoryId, tokenHash: hashApiKey(match[1]!) },
    select: { id: true, partnerId: true, name: true, defaultRole: true, groupRoleMap: true },
  });
  if (!directory) throw new ScimError(401, 'The token is not valid for this directory.');
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return {
    directory: { ...directory, defaultRole: asScimRole(directory.defaultRole), groupRoleMap: parseGroupRoleMap(directory.groupRoleMap) },
    baseUrl: scimBaseUrl(directory.id, new URL(request.url).origin),
    // AuditEvent.actorId points at a user: the directory is named in the label instead.
    actor: { type: 'scim', label: `SCIM: ${directory.name}` },
    ip: forwarded || request.headers.get('x-real-ip') || null,
    userAgent: request.headers.get('user-agent'),
  };
}

type Params = Promise<{ directory: string; id?: string }>;

/** Wraps a SCIM route: token → directory, errors in SCIM's format, never a 500 for the caller's mistake. */
export function withScim(handler: (input: { request: Request; ctx: ScimContext; id: string | undefined; url: URL }) => Promise<Response>) {
  return async (request: Request, { params }: { params: Params }): Promise<Response> => {
    try {
      const { directory, id } = await params;
      const ctx = await authenticate(request, directory);
      const response = await handler({ request, ctx, id, url: new URL(request.url) });
      if (request.method !== 'GET') await db.scimDirectory.update({ where: { id: ctx.directory.id }, data: { lastSyncAt: new Date() } });
      return response;
    } catch (error) {
      if (error instanceof ScimError) return scimErrorResponse(error);
      console.error('[scim] unexpected error', error);
      return scimErrorResponse(new ScimError(500, 'Something went wrong on our side.'));
    }
  };
}

/** Reads a JSON body (IdPs send application/scim+json); malformed JSON is a 400 invalidSyntax. */
export async function scimBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > 1_000_000) throw new ScimError(413, 'The request body is too large.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ScimError(400, 'The request body is not valid JSON.', 'invalidSyntax');
  }
}

/** zod result → SCIM 400 invalidValue naming the first problem. */
export function scimParse<T>(result: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }): T {
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ScimError(400, issue ? `${issue.path.map(String).join('.') || 'body'}: ${issue.message}` : 'The request is not valid.', 'invalidValue');
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'P2002';
}
