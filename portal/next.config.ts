import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

/** The repository root: the portal imports widgets/src/contract.ts, prisma/connect.ts and prisma/generated/*. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets a benchmark build and serve its own copy without disturbing a running portal.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
  // Native drivers and Prisma's runtime are loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['better-sqlite3', 'pg', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', '@prisma/client', '@prisma/driver-adapter-utils'],
  poweredByHeader: false,
  // /examples/<name>/ must keep its trailing slash so that the example's relative URLs resolve inside it.
  skipTrailingSlashRedirect: true,
  // Types are checked once, by `npm run typecheck` (tsc over the whole repository, portal included, same strict
  // options); a second pass inside `next build` doubled build time on small machines.
  typescript: { tsconfigPath: 'tsconfig.json', ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
