/** Scopes an API key may carry; "*" grants all of them. */
export const API_SCOPES = [
  'tenants:read',
  'tenants:write',
  'campaigns:read',
  'campaigns:write',
  'dashboards:read',
  'dashboards:write',
  'embed_apps:read',
  'embed_apps:write',
  'embed_tokens:create',
  'metrics:read',
  'metrics:write',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export function keyHasScope(granted: readonly string[], scope: ApiScope): boolean {
  return granted.includes('*') || granted.includes(scope);
}
