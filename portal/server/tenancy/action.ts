import 'server-only';
import { z } from 'zod';
import { AppError, toAppError, zodIssues, type ErrorIssue } from '@/lib/errors';
import type { Permission } from '@/lib/permissions';
import { requestMeta } from '@/server/auth/request-meta';
import { partnerMemberOrThrow } from './require-member';
import type { PartnerContext } from './membership';

export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: string; message: string; issues?: ErrorIssue[] };

export interface ActionContext extends PartnerContext {
  ip: string | null;
  userAgent: string | null;
  /** The actor for audit events. */
  actor: { type: 'user'; id: string; label: string };
}

const PartnerSlug = z.object({ partnerSlug: z.string().min(1).max(64) });

/**
 * The one validated action client: parses the input with zod, checks membership + permission, runs the handler,
 * and turns every failure into an ActionResult (a user mistake is a message, never a 500).
 */
export function partnerAction<S extends z.ZodType<object>, T>(
  options: { schema: S; permission: Permission },
  handler: (input: z.infer<S>, ctx: ActionContext) => Promise<T>,
): (raw: z.input<S> & { partnerSlug: string }) => Promise<ActionResult<T>> {
  return async (raw) => {
    try {
      const slug = PartnerSlug.safeParse(raw);
      if (!slug.success) return { ok: false, code: 'BAD_REQUEST', message: 'Missing partner.' };
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success) return { ok: false, code: 'VALIDATION_FAILED', message: 'Please check the highlighted fields.', issues: zodIssues(parsed.error) };
      const input = parsed.data;
      const ctx = await partnerMemberOrThrow(slug.data.partnerSlug, options.permission);
      const meta = await requestMeta();
      const data = await handler(input, { ...ctx, ...meta, actor: { type: 'user', id: ctx.user.id, label: ctx.user.email } });
      return { ok: true, data };
    } catch (error) {
      const appError = toAppError(error);
      return { ok: false, code: appError.code, message: appError.message, ...(appError.issues ? { issues: appError.issues } : {}) };
    }
  };
}

export { AppError };
