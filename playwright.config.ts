import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E } from './tests/e2e-env.ts';

/** Debian's chromium where it exists (this machine, CI); Playwright's own browser on a normal machine. */
const systemChromium = '/usr/bin/chromium';
export const chromiumLaunchOptions = {
  ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: '.stratum/reports/playwright.json' }]],
  use: {
    baseURL: E2E.portalUrl,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions } }],
  // E2E_EXISTING_SERVER=1 runs the specs against a portal already listening on E2E_PORT (with its data in
  // E2E_DATA_DIR), e.g. `E2E_EXISTING_SERVER=1 E2E_PORT=3150 npx playwright test tests/reports`.
  webServer: process.env.E2E_EXISTING_SERVER === '1' ? undefined : {
    // Prepares the e2e database (migrate + seed once), starts the identity provider and the production portal.
    command: 'node --import tsx scripts/e2e-server.ts',
    url: `${E2E.portalUrl}/api/embed/v1/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
