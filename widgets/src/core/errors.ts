import type { ApiErrorBody, ErrorCode } from '../contract.js';

/** Codes the widgets add for failures that never reached the API. */
export type ClientErrorCode = 'NETWORK' | 'NOT_CONFIGURED' | 'BAD_RESPONSE';

/** How a widget shows a failure: each kind has its own message and recovery. */
export type ErrorKind = 'expired' | 'denied' | 'not-found' | 'invalid' | 'network' | 'server';

const EXPIRED_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'UNAUTHENTICATED', 'TOKEN_MISSING', 'TOKEN_MALFORMED', 'TOKEN_EXPIRED', 'TOKEN_NOT_YET_VALID',
  'TOKEN_BAD_SIGNATURE', 'TOKEN_ALGORITHM', 'TOKEN_LIFETIME', 'APP_UNKNOWN',
]);
/** Valid credentials that do not reach this data (whatever the status the server chose). */
const DENIED_CODES: ReadonlySet<string> = new Set<ErrorCode>(['APP_REVOKED', 'ORIGIN_NOT_ALLOWED', 'TENANT_FORBIDDEN', 'SCOPE_FORBIDDEN', 'FORBIDDEN']);

/** A failed embed API call, with the API's code (or a client-side one) and the HTTP status (0 when none). */
export class StratumApiError extends Error {
  override readonly name = 'StratumApiError';
  constructor(
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly status: number,
    readonly requestId?: string,
  ) {
    super(message);
  }

  get kind(): ErrorKind {
    if (DENIED_CODES.has(this.code)) return 'denied';
    if (this.status === 401 || EXPIRED_CODES.has(this.code)) return 'expired';
    if (this.status === 403) return 'denied';
    if (this.status === 404) return 'not-found';
    if (this.status === 400 || this.status === 422) return 'invalid';
    if (this.status === 0) return 'network';
    return 'server';
  }

  /** Whether trying again can help without the host doing anything. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'server';
  }

  static async fromResponse(response: Response): Promise<StratumApiError> {
    const requestId = response.headers.get('x-request-id') ?? undefined;
    try {
      const body = (await response.json()) as Partial<ApiErrorBody>;
      if (body?.error && typeof body.error.code === 'string') {
        return new StratumApiError(body.error.code, String(body.error.message ?? ''), response.status, body.error.requestId ?? requestId);
      }
    } catch {
      // Not JSON: fall through to a status-only error.
    }
    return new StratumApiError(response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL', response.statusText, response.status, requestId);
  }

  static from(error: unknown): StratumApiError {
    if (error instanceof StratumApiError) return error;
    return new StratumApiError('NETWORK', error instanceof Error ? error.message : String(error), 0);
  }
}
