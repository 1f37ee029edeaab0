import { describe, expect, it } from 'vitest';
import { resolveTheme } from '../theming/theme-schema.ts';
import type { ReportBrand } from './brand.ts';
import { linkOnOrigin, signInMailFor } from './sign-in-mail.ts';

const brand: ReportBrand = {
  theme: resolveTheme({ brandName: 'Bluepeak Reports', primaryColor: '#0f766e' }),
  brandName: 'Bluepeak Reports',
  senderName: 'Bluepeak <Agency> & Co',
  logoAssetId: null,
  faviconAssetId: null,
  customDomain: 'insights.bluepeak.example',
};

describe('linkOnOrigin', () => {
  it('moves the callback and its return address to the custom domain, keeping the token', () => {
    const link = 'http://localhost:3150/api/auth/callback/nodemailer?callbackUrl=http%3A%2F%2Flocalhost%3A3150%2Fr%2Facme%2Fd1%3Ffrom%3D2026-01-01&token=abc&email=a%40b.example';
    const moved = new URL(linkOnOrigin(link, 'https://insights.bluepeak.example'));
    expect(moved.origin).toBe('https://insights.bluepeak.example');
    expect(moved.pathname).toBe('/api/auth/callback/nodemailer');
    expect(moved.searchParams.get('callbackUrl')).toBe('https://insights.bluepeak.example/r/acme/d1?from=2026-01-01');
    expect(moved.searchParams.get('token')).toBe('abc');
    expect(moved.searchParams.get('email')).toBe('a@b.example');
  });

  it('keeps a port of the custom origin (local setups)', () => {
    expect(new URL(linkOnOrigin('http://localhost:3150/api/auth/callback/nodemailer?token=t', 'http://reports.agency.test:3150')).host).toBe('reports.agency.test:3150');
  });
});

describe('signInMailFor', () => {
  it("speaks in the agency's name, from its domain, and escapes what it writes into HTML", () => {
    const mail = signInMailFor(brand, 'https://insights.bluepeak.example/api/auth/callback/nodemailer?token=t&x="><script>');
    expect(mail.from).toEqual({ name: 'Bluepeak <Agency> & Co', address: 'no-reply@insights.bluepeak.example' });
    expect(mail.subject).toContain('Bluepeak Reports');
    expect(`${mail.subject}\n${mail.text}\n${mail.html}`).not.toMatch(/stratum/i);
    expect(mail.html).toContain('Bluepeak &lt;Agency&gt; &amp; Co');
    expect(mail.html).not.toContain('"><script>');
    expect(mail.html).toContain('#0f766e');
  });
});
