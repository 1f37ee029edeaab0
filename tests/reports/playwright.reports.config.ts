/**
 * Runs only the report specs against an already running portal (E2E_PORT / E2E_DATA_DIR), for working on them
 * without the full suite's server: `E2E_PORT=3150 E2E_DATA_DIR=… npx playwright test -c tests/reports/playwright.reports.config.ts`.
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../../playwright.config.ts';
import { E2E } from '../e2e-env.ts';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: '../../.stratum/rep-test-results',
  use: { baseURL: E2E.portalUrl, trace: 'retain-on-failure', launchOptions: chromiumLaunchOptions },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions } }],
});
