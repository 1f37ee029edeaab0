import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { build } from 'esbuild';
import ts from 'typescript';

/**
 * The built package (dist/widgets, `npm run build:widgets`) used the way a consumer's project uses it: installed as
 * node_modules/@stratum/widgets, resolved through its `exports` map by a bundler (esbuild) and by TypeScript, and run
 * in Chromium. A per-element import registers that element only.
 */
const DIST = path.resolve('dist/widgets');
const manifest = JSON.parse(readFileSync(path.join(DIST, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { types: string; import: string }>;
  sideEffects: string[];
  customElements: string;
};

let consumer: string;
test.beforeAll(() => {
  consumer = mkdtempSync(path.join(tmpdir(), 'stratum-consumer-'));
  mkdirSync(path.join(consumer, 'node_modules/@stratum'), { recursive: true });
  symlinkSync(DIST, path.join(consumer, 'node_modules/@stratum/widgets'), 'dir');
});
test.afterAll(() => rmSync(consumer, { recursive: true, force: true }));

/** Bundles `source` as the consumer's entry; returns the code and the package files it pulled in. */
async function bundle(source: string): Promise<{ code: string; files: string[] }> {
  const entry = path.join(consumer, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source);
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, metafile: true, logLevel: 'silent', absWorkingDir: consumer });
  return {
    code: result.outputFiles.map((file) => file.text).join('\n'),
    files: Object.keys(result.metafile.inputs).filter((file) => file.includes('dist/widgets/')).map((file) => file.slice(file.indexOf('dist/widgets/') + 'dist/widgets/'.length)),
  };
}

/** Runs a bundle in a page of its own and lists the stratum-* tags it defined. */
async function definedTags(page: Page, code: string): Promise<string[]> {
  await page.route('http://consumer.test/**', (route) =>
    route.request().url().endsWith('/app.js')
      ? route.fulfill({ contentType: 'text/javascript', body: code })
      : route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><head><title>Consumer</title><script type="module" src="/app.js"></script></head><body></body></html>' }),
  );
  await page.goto('http://consumer.test/');
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  return page.evaluate(() =>
    ['embed', 'dashboard', 'filter-bar', 'kpi', 'chart', 'table', 'signal-health', 'recommendations', 'copilot', 'attribution', 'benchmarks'].map((name) => `stratum-${name}`).filter((tag) => customElements.get(tag)),
  );
}

test.describe('the @stratum/widgets package, as a consumer installs it', () => {
  test('every export resolves to a built file, with its type declarations, and the manifest lists every element', async () => {
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      for (const file of typeof target === 'string' ? [target] : [target.import, target.types]) {
        expect(existsSync(path.join(DIST, file)), `${subpath} → ${file}`).toBe(true);
      }
    }
    const elements = JSON.parse(readFileSync(path.join(DIST, manifest.customElements), 'utf8')) as { modules: { declarations?: { tagName?: string; events?: unknown[] }[] }[] };
    const tags = elements.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []);
    expect(tags).toEqual(expect.arrayContaining(['stratum-embed', 'stratum-dashboard', 'stratum-kpi', 'stratum-chart', 'stratum-table', 'stratum-signal-health', 'stratum-recommendations', 'stratum-copilot']));
    expect(manifest.sideEffects.every((pattern) => pattern.startsWith('./esm/define/') || ['./stratum.js', './stratum.bundle.js'].includes(pattern))).toBe(true);
  });

  test('TypeScript resolves the exports to their declarations (the tag map and the event types included)', () => {
    const file = path.join(consumer, 'consumer.ts');
    writeFileSync(
      file,
      `import '@stratum/widgets/kpi.js';
import { StratumDashboard, type RenderCompleteDetail, type WidgetTiming } from '@stratum/widgets';
import { StratumDashboardReact } from '@stratum/widgets/react';
const kpi = document.createElement('stratum-kpi');
kpi.metric = 'roas';
document.addEventListener('stratum-render-complete', (event) => {
  const detail: RenderCompleteDetail = event.detail;
  const widgets: WidgetTiming[] | undefined = detail.widgets;
  console.log(widgets?.length, StratumDashboard.name, StratumDashboardReact.displayName);
});
`,
    );
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      skipLibCheck: true,
      types: [],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(problems).toEqual([]);
  });

  test('a per-element import registers that element alone; the library entry registers all', async ({ page, browser }) => {
    const kpiOnly = await bundle(`import '@stratum/widgets/kpi.js';\nwindow.__ready = true;`);
    expect(kpiOnly.files).toContain('esm/define/stratum-kpi.js');
    // Nothing of the other elements, nor the chart engine, reaches a consumer who imports one element.
    expect(kpiOnly.files.filter((file) => /components\/(chart|dashboard|table|copilot|recommendations)\//.test(file))).toEqual([]);
    expect(kpiOnly.code).not.toContain('chart.js');
    expect(await definedTags(page, kpiOnly.code)).toEqual(['stratum-kpi']);

    const all = await bundle(`import { Stratum } from '@stratum/widgets';\nwindow.__ready = typeof Stratum.configure === 'function';`);
    const other = await browser.newPage();
    expect(await definedTags(other, all.code)).toEqual(expect.arrayContaining(['stratum-embed', 'stratum-dashboard', 'stratum-kpi', 'stratum-chart', 'stratum-table', 'stratum-signal-health', 'stratum-filter-bar']));
    await other.close();
  });
});
