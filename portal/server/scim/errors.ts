/**
 * SCIM's own error shape (RFC 7644 §3.12): IdPs (Okta, Azure AD, BoxyHQ) read `status` and `scimType`, not our
 * ApiErrorBody, so SCIM routes answer with this instead of portal/lib/errors' format.
 */
export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const SCIM_CONTENT_TYPE = 'application/scim+json';

export type ScimType = 'invalidFilter' | 'invalidValue' | 'invalidPath' | 'invalidSyntax' | 'noTarget' | 'uniqueness' | 'mutability' | 'tooMany';

export class ScimError extends Error {
  readonly status: number;
  readonly scimType: ScimType | undefined;

  constructor(status: number, detail: string, scimType?: ScimType) {
    super(detail);
    this.name = 'ScimError';
    this.status = status;
    this.scimType = scimType;
  }
}

export const invalidValue = (detail: string) => new ScimError(400, detail, 'invalidValue');
export const notFound = (what: string) => new ScimError(404, `${what} not found.`);

export function scimJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': SCIM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...headers } });
}

export function scimErrorResponse(error: ScimError): Response {
  const body = { schemas: [SCIM_ERROR_SCHEMA], status: String(error.status), ...(error.scimType ? { scimType: error.scimType } : {}), detail: error.message };
  return scimJson(body, error.status, error.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="scim"' } : {});
}
