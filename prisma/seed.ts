/**
 * `npm run seed`: wipes the database named by DATABASE_URL (migrated beforehand with `npm run db:migrate`) and
 * rebuilds the deterministic demo data, then writes .stratum/demo.json. SEED_SCALE=bench makes ≥ 1M metric rows.
 * See prisma/seed/README.md for the data, the planted effects and every environment variable.
 */
import { runSeed, summarize } from './seed/run.ts';

try {
  const result = await runSeed();
  console.log(summarize(result));
} catch (error) {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.SEED_DEBUG === '1' && error instanceof Error) console.error(error.stack);
  process.exit(1);
}
