import 'server-only';
import type { z } from 'zod';
import { toAppError, zodIssues } from '@/lib/errors';
import { requestMeta } from '@/server/auth/request-meta';
import type { SessionUser } from '@/server/auth/current-user';
import type { ActionResult } from '@/server/tenancy/action';
import { platformAdminOrThrow } from './guard';

export interface PlatformActionContext {
  user: SessionUser;
  actor: { type: 'user'; id: string; label: string };
  ip: string | null;
  userAgent: string | null;
}

/** Server actions of /admin: validated input, the platform-admin check, failures as messages (never a 500). */
export function platformAdminAction<S extends z.ZodType<object>, T>(schema: S, handler: (input: z.infer<S>, ctx: PlatformActionContext) => Promise<T>) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return { ok: false, code: 'VALIDATION_FAILED', message: 'Please check the highlighted fields.', issues: zodIssues(parsed.error) };
      const user = await platformAdminOrThrow();
      const meta = await requestMeta();
      return { ok: true, data: await handler(parsed.data, { user, actor: { type: 'user', id: user.id, label: user.email }, ...meta }) };
    } catch (error) {
      const appError = toAppError(error);
      return { ok: false, code: appError.code, message: appError.message, ...(appError.issues ? { issues: appError.issues } : {}) };
    }
  };
}
