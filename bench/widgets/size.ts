/**
 * Gzip sizes of the widget bundle (run `npm run build:widgets` first), written to bench/results/widgets-size.json:
 * - core: stratum.js and every chunk it imports statically (all elements, without the lazy chart engine and
 *   locale chunks), each file gzipped on its own as a browser downloads it — budget ≤ 30 KB;
 * - chart: the lazy chart.js chunk; aiElements: the lazy recommendations + copilot chunks (loaded when one of
 *   them is on the page); locales: each lazy translation chunk; bundle: the one-file script.
 * Usage: npx tsx bench/widgets/size.ts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist/widgets';
const BUDGET_CORE_BYTES = 30 * 1024;

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Static imports (`import … from "./x.js"` / `import "./x.js"`), not dynamic import(). */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    found.add(path.join(path.dirname(file), match[1]!));
  }
  for (const match of code.matchAll(/(?:^|[;}\s])export\s*[\w*{}\s,$]*from\s*["']([^"']+)["']/g)) {
    found.add(path.join(path.dirname(file), match[1]!));
  }
  return [...found];
}

function closure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  visit(entry);
  return [...seen];
}

const coreFiles = closure(path.join(DIST, 'stratum.js'));
const core = coreFiles.reduce((sum, file) => sum + gzipBytes(file), 0);
const chunkDir = path.join(DIST, 'chunks');
const lazy = readdirSync(chunkDir).filter((name) => name.endsWith('.js') && !coreFiles.includes(path.join(chunkDir, name)));
const chart = lazy.filter((name) => name.startsWith('chart-engine')).reduce((sum, name) => sum + gzipBytes(path.join(chunkDir, name)), 0);
const locales = Object.fromEntries(lazy.filter((name) => /^(de|fr|ar)-/.test(name)).map((name) => [name.slice(0, 2), gzipBytes(path.join(chunkDir, name))]));
const bundle = gzipBytes(path.join(DIST, 'stratum.bundle.js'));
const ai = lazy.filter((name) => /^(stratum-copilot|stratum-recommendations|ai-)/.test(name)).reduce((sum, name) => sum + gzipBytes(path.join(chunkDir, name)), 0);

const result = {
  measuredAt: new Date().toISOString(),
  gzipBytes: { core, chart, aiElements: ai, bundle, locales },
  coreFiles: coreFiles.map((file) => path.relative(DIST, file)),
  budget: { coreBytes: BUDGET_CORE_BYTES, withinBudget: core <= BUDGET_CORE_BYTES },
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/widgets-size.json', `${JSON.stringify(result, null, 2)}\n`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`core (all elements, no chart engine): ${kb(core)} gzip in ${coreFiles.length} files — budget ${kb(BUDGET_CORE_BYTES)}: ${result.budget.withinBudget ? 'ok' : 'OVER'}`);
console.log(`chart chunk: ${kb(chart)} gzip · AI elements: ${kb(ai)} gzip · one-file bundle: ${kb(bundle)} gzip · locales: ${Object.entries(locales).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`);
process.exitCode = result.budget.withinBudget ? 0 : 1;
