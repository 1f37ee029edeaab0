/**
 * Runs only the marketplace specs against an already running production portal (E2E_PORT / E2E_DATA_DIR), for
 * working on them without the full suite's server:
 *   E2E_PORT=3140 E2E_DATA_DIR=… npx playwright test -c tests/marketplace/playwright.marketplace.config.ts
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../../playwright.config.ts';
import { E2E } from '../e2e-env.ts';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  outputDir: '../../.stratum/mkt-test-results',
  use: { baseURL: E2E.portalUrl, trace: 'retain-on-failure', launchOptions: chromiumLaunchOptions },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions } }],
});
