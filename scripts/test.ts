/**
 * `npm test`: every check, in order — lint, typecheck, migration drift, unit tests, the production build and the
 * end-to-end suite in real Chromium. Runs them all, prints one summary, exits non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Step {
  name: string;
  args: string[];
  /** Reads passed/failed counts from the runner's JSON report. */
  count?: () => { passed: number; failed: number; skipped: number };
}

const REPORTS = '.stratum/reports';
const node = process.execPath;

function vitestCounts() {
  const report = JSON.parse(readFileSync(`${REPORTS}/vitest.json`, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts() {
  const report = JSON.parse(readFileSync(`${REPORTS}/playwright.json`, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
}

const only = process.argv.slice(2);
const steps: Step[] = [
  { name: 'lint', args: ['node_modules/eslint/bin/eslint.js', '.'] },
  { name: 'typecheck', args: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'] },
  { name: 'migrations match the models', args: ['--import', 'tsx', 'scripts/db.ts', 'check'] },
  {
    name: 'unit tests',
    args: ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/vitest.json`],
    count: vitestCounts,
  },
  { name: 'widgets build', args: ['node_modules/rollup/dist/bin/rollup', '-c'] },
  { name: 'portal build', args: ['node_modules/next/dist/bin/next', 'build', 'portal'] },
  { name: 'end-to-end tests', args: ['node_modules/@playwright/test/cli.js', 'test'], count: playwrightCounts },
].filter((step) => only.length === 0 || only.some((word) => step.name.includes(word)));

mkdirSync(REPORTS, { recursive: true });
const results: { name: string; ok: boolean; seconds: number; counts?: ReturnType<NonNullable<Step['count']>> }[] = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`);
  const started = Date.now();
  if (step.count) rmSync(`${REPORTS}/${step.name.startsWith('unit') ? 'vitest' : 'playwright'}.json`, { force: true });
  const { status } = spawnSync(node, step.args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  let counts;
  try {
    counts = step.count?.();
  } catch {
    counts = undefined; // the runner crashed before writing its report; its exit status already says so
  }
  results.push({ name: step.name, ok: status === 0, seconds: (Date.now() - started) / 1000, counts });
}

let passed = 0;
let failed = 0;
let skipped = 0;
console.log('\n━━ summary ━━');
for (const result of results) {
  const counts = result.counts ? ` — ${result.counts.passed} passed, ${result.counts.failed} failed, ${result.counts.skipped} skipped` : '';
  console.log(`${result.ok ? '✓' : '✗'} ${result.name} (${result.seconds.toFixed(1)} s)${counts}`);
  passed += result.counts?.passed ?? 0;
  failed += result.counts?.failed ?? 0;
  skipped += result.counts?.skipped ?? 0;
  if (!result.ok && !result.counts?.failed) failed += 1; // a failed step without test counts counts as one failure
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(results.every((result) => result.ok) ? 0 : 1);
