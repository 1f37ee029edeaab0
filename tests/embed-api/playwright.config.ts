/**
 * Runs the embed API HTTP specs against an already running portal (e.g. a benchmark or dev instance):
 *   E2E_PORT=3111 E2E_DATA_DIR=<its data dir> npx playwright test -c tests/embed-api/playwright.config.ts
 * The main playwright.config.ts runs the same specs against the e2e server.
 */
import { defineConfig } from '@playwright/test';
import { E2E } from '../e2e-env.ts';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  reporter: 'list',
  use: { baseURL: E2E.portalUrl },
});
