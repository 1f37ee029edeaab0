/**
 * Scopes an API key may carry; "*" grants all of them. The portal's key form (server/embed-apps-admin) should
 * offer exactly this list.
 */
export const API_SCOPES = [
  'tenants:read',
  'tenants:write',
  'campaigns:read',
  'campaigns:write',
  'dashboards:read',
  'dashboards:write',
  'embed-apps:read',
  'embed-apps:write',
  'embed-tokens:create',
  'metrics:read',
  'metrics:write',
  'recommendations:read',
  'listings:read',
  'listings:write',
  'listings:install',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export function keyHasScope(granted: readonly string[], scope: ApiScope): boolean {
  return granted.includes('*') || granted.includes(scope);
}
