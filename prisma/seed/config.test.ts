import { describe, expect, it } from 'vitest';
import { readSeedConfig, spreadCampaigns } from './config.ts';

describe('readSeedConfig', () => {
  it('defaults to the demo scale ending on 2026-11-25', () => {
    const config = readSeedConfig({});
    expect(config.scale).toBe('demo');
    expect(config.today.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(config.campaignsPerTenant.reduce((a, b) => a + b, 0)).toBe(200);
    expect(config.oidcIssuer).toBe('http://localhost:3001');
  });

  it('reads the bench scale, overrides and extra origins', () => {
    const config = readSeedConfig({ SEED_SCALE: 'bench', SEED_TODAY: '2027-01-31', DEMO_ALLOWED_ORIGINS: 'https://a.test/, https://b.test', OIDC_ISSUER_URL: 'http://localhost:4001/' });
    expect(config.campaignsPerTenant.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1600);
    expect(config.today.toISOString().slice(0, 10)).toBe('2027-01-31');
    expect(config.extraOrigins).toEqual(['https://a.test', 'https://b.test']);
    expect(config.oidcIssuer).toBe('http://localhost:4001');
  });

  it('refuses bad values with a message naming the variable', () => {
    expect(() => readSeedConfig({ SEED_SCALE: 'huge' })).toThrow(/SEED_SCALE/);
    expect(() => readSeedConfig({ SEED_TODAY: '2026-02-30' })).toThrow(/Not a calendar date/);
    expect(() => readSeedConfig({ SEED_CAMPAIGNS: '47' })).toThrow(/SEED_CAMPAIGNS/);
    expect(() => readSeedConfig({ DEMO_ALLOWED_ORIGINS: 'not a url' })).toThrow();
  });

  it('spreads any campaign count over the six tenants exactly', () => {
    for (const total of [48, 60, 200, 1701]) {
      const counts = spreadCampaigns(total);
      expect(counts).toHaveLength(6);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(8);
    }
  });
});
