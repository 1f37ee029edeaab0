import { defineConfig } from 'prisma/config';

// The Prisma CLI's view of the postgres schema; scripts/db.ts picks this file when DATABASE_URL is a postgres URL.
export default defineConfig({
  schema: 'postgres',
  migrations: { path: 'postgres/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
