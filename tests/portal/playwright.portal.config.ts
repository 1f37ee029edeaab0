/**
 * Runs only the portal specs against an already running portal and IdP (E2E_PORT / E2E_DATA_DIR), for working on
 * them without the full suite's server:
 *   E2E_PORT=3130 E2E_DATA_DIR=.stratum npx playwright test -c tests/portal/playwright.portal.config.ts
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../../playwright.config.ts';
import { E2E } from '../e2e-env.ts';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  outputDir: '../../.stratum/portal-test-results',
  use: { baseURL: E2E.portalUrl, trace: 'retain-on-failure', launchOptions: chromiumLaunchOptions, navigationTimeout: 60_000 },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions } }],
});
