import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@/': path.resolve('portal') + '/',
      '@stratum/contract': path.resolve('widgets/src/contract.ts'),
      // Route code imports 'server-only' to keep it out of client bundles; in unit tests it is a no-op.
      'server-only': path.resolve('scripts/empty-module.ts'),
    },
  },
  test: {
    include: ['widgets/src/**/*.test.ts', 'portal/**/*.test.ts', 'prisma/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'portal/.next/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
