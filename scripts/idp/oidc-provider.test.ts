import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedRedirect, startIdp, type RunningIdp } from './oidc-provider.ts';
import { findIdpUser } from './demo-users.ts';

/** Port 3139: the portal helper's range, free during unit tests. */
let idp: RunningIdp;
beforeAll(async () => {
  idp = await startIdp({ port: 3139, clientSecret: 'unit-test-secret', portalUrls: ['http://localhost:3999'], quiet: true });
});
afterAll(() => idp.close());

describe('local OIDC IdP', () => {
  it('publishes discovery for http://localhost:<port> with PKCE S256', async () => {
    const doc = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(doc.issuer).toBe('http://localhost:3139');
    expect(doc.code_challenge_methods_supported).toEqual(['S256']);
    expect(doc.claims_supported).toEqual(expect.arrayContaining(['email', 'name']));
  });

  it('refuses an authorization request without PKCE', async () => {
    const url = new URL(`${idp.issuer}/auth`);
    url.search = new URLSearchParams({ client_id: 'stratum-portal', response_type: 'code', scope: 'openid email', redirect_uri: 'http://localhost:3999/api/auth/callback/sso-x', state: 's', nonce: 'n' }).toString();
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.headers.get('location') ?? '').toContain('error=invalid_request');
  });

  it('accepts callbacks of listed portals only, under /api/auth/callback/<provider>', () => {
    const portals = ['http://localhost:3999'];
    expect(isAllowedRedirect('http://localhost:3999/api/auth/callback/sso-abc123', portals)).toBe(true);
    expect(isAllowedRedirect('http://127.0.0.1:3999/api/auth/callback/sso-abc123', portals)).toBe(false);
    expect(isAllowedRedirect('http://localhost:3999/api/auth/callback/sso-abc?next=evil', portals)).toBe(false);
    expect(isAllowedRedirect('http://evil.test/api/auth/callback/sso-abc', portals)).toBe(false);
  });

  it('knows only addresses on its own domains', () => {
    expect(findIdpUser('new.hire@northwind.test')).toMatchObject({ email: 'new.hire@northwind.test', name: 'New Hire' });
    expect(findIdpUser('owner@bluepeak.test')).toBeUndefined();
    expect(findIdpUser('not an email')).toBeUndefined();
  });
});
