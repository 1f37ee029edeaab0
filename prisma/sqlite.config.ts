import { defineConfig } from 'prisma/config';

// The Prisma CLI's view of the sqlite schema; scripts/db.ts picks this file when DATABASE_URL is a sqlite URL.
export default defineConfig({
  schema: 'sqlite',
  migrations: { path: 'sqlite/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
