import { ZodError } from 'zod';
import type { ApiErrorBody, ErrorCode } from '@stratum/contract';

/** The HTTP status each error code answers with, unless the thrower says otherwise. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  TOKEN_MISSING: 401,
  TOKEN_MALFORMED: 401,
  TOKEN_EXPIRED: 401,
  TOKEN_NOT_YET_VALID: 401,
  TOKEN_BAD_SIGNATURE: 401,
  TOKEN_ALGORITHM: 401,
  TOKEN_LIFETIME: 401,
  APP_UNKNOWN: 401,
  APP_REVOKED: 401,
  ORIGIN_NOT_ALLOWED: 401,
  TENANT_FORBIDDEN: 401,
  SCOPE_FORBIDDEN: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TRUST_GATE: 409,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export type ErrorIssue = { path: string; message: string };

/** An error whose code, message and status are meant for the caller. Anything else becomes a bland 500. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly issues: ErrorIssue[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(code: ErrorCode, message: string, options: { issues?: ErrorIssue[]; status?: number; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = options.status ?? ERROR_STATUS[code];
    this.issues = options.issues;
    this.headers = options.headers;
  }
}

export function zodIssues(error: ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** The client hung up while its request body was being read: its mistake (or choice), not ours. */
function isClientAbort(error: unknown): boolean {
  const { code, name, message } = (error ?? {}) as { code?: string; name?: string; message?: string };
  return code === 'ECONNRESET' || name === 'AbortError' || (name === 'Error' && message === 'aborted');
}

/** Normalises anything thrown into an AppError; unknown errors are logged here and never described to the caller. */
export function toAppError(error: unknown, requestId?: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues: zodIssues(error) });
  if (error instanceof SyntaxError) return new AppError('BAD_REQUEST', 'The request body is not valid JSON.');
  if (isClientAbort(error)) return new AppError('BAD_REQUEST', 'The request was aborted by the client.');
  console.error(`[${requestId ?? 'no-request-id'}] unexpected error`, error);
  return new AppError('INTERNAL', 'Something went wrong on our side.');
}

/** The one way an error leaves the API: an ApiErrorBody with the code's status, no internals. */
export function toResponse(error: unknown, options: { requestId?: string; headers?: HeadersInit } = {}): Response {
  const appError = toAppError(error, options.requestId);
  const body: ApiErrorBody = {
    error: {
      code: appError.code,
      message: appError.message,
      ...(appError.issues ? { issues: appError.issues } : {}),
      ...(options.requestId ? { requestId: options.requestId } : {}),
    },
  };
  const headers = new Headers(options.headers);
  for (const [key, value] of Object.entries(appError.headers ?? {})) headers.set(key, value);
  headers.set('Cache-Control', 'no-store');
  return Response.json(body, { status: appError.status, headers });
}
