/**
 * Rollup plugins that finish the package in dist/widgets after the bundle is written: the type declarations
 * (tsc), custom-elements.json (from the classes' JSDoc), the package.json of the publishable package, and the
 * example host apps (React, Vue) bundled with esbuild. Skipped in watch mode, where only the bundle matters.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

function run(label, command, args) {
  const result = spawnSync(process.execPath, [command, ...args], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status})`);
}

/** The per-element entries: `@stratum/widgets/<name>.js` registers only <stratum-<name>> (global.js: window.Stratum). */
export const ELEMENT_ENTRIES = Object.fromEntries(
  ['embed', 'dashboard', 'filter-bar', 'kpi', 'chart', 'table', 'signal-health', 'recommendations', 'copilot', 'attribution', 'benchmarks', 'global'].map((name) => [
    name,
    `widgets/src/define/stratum-${name}.ts`,
  ]),
);

/** What the esm/ modules import and leave to the consumer's bundler. */
const DEPENDENCIES = ['lit', '@lit/context', '@lit/localize', '@lit/task', '@lit/react', 'chart.js'];

/** package.json of the publishable package (dist/widgets is its root). */
export function packageManifest(version, rootManifest = JSON.parse(readFileSync('package.json', 'utf8'))) {
  const elements = Object.fromEntries(
    Object.keys(ELEMENT_ENTRIES).flatMap((name) => {
      const target = { types: `./types/define/stratum-${name}.d.ts`, import: `./esm/define/stratum-${name}.js` };
      return [
        [`./${name}.js`, target],
        [`./${name}`, target],
      ];
    }),
  );
  return {
    name: '@stratum/widgets',
    version,
    description: 'White-label embedded marketing analytics as web components.',
    type: 'module',
    main: './esm/index.js',
    module: './esm/index.js',
    types: './types/index.d.ts',
    customElements: './custom-elements.json',
    exports: {
      '.': { types: './types/index.d.ts', import: './esm/index.js' },
      ...elements,
      './react': { types: './types/react/index.d.ts', import: './esm/react/index.js' },
      './stratum.js': './stratum.js',
      './bundle': './stratum.bundle.js',
      './custom-elements.json': './custom-elements.json',
      './package.json': './package.json',
    },
    // Only the modules that register elements: the define files (and the prebuilt script-tag files, which are
    // all of them in one). Everything else, the library entry included, a bundler may drop when unused.
    sideEffects: ['./esm/define/*.js', './stratum.js', './stratum.bundle.js'],
    dependencies: Object.fromEntries(DEPENDENCIES.map((name) => [name, rootManifest.dependencies[name]])),
    peerDependencies: { react: '>=18' },
    peerDependenciesMeta: { react: { optional: true } },
  };
}

/** Deletes the chunks a previous build left behind (hashed names change with their content), after the new ones are written. */
export function pruneStaleChunks({ dir }) {
  return {
    name: 'stratum-prune-stale-chunks',
    writeBundle(_options, bundle) {
      const current = new Set(Object.keys(bundle).map((file) => file.replace(/^chunks\//, '')));
      for (const name of readdirSync(dir)) {
        const base = name.replace(/\.map$/, '');
        if (!current.has(base) && !current.has(name)) rmSync(`${dir}/${name}`);
      }
    },
  };
}

export function packageFiles({ outDir, version }) {
  return {
    name: 'stratum-package-files',
    async writeBundle() {
      if (this.meta.watchMode) return;
      run('type declarations', 'node_modules/typescript/bin/tsc', ['-p', 'widgets/tsconfig.types.json']);
      run('custom elements manifest', 'node_modules/@custom-elements-manifest/analyzer/cem.js', ['analyze', '--quiet', '--config', 'widgets/build/cem.config.mjs']);
      writeFileSync(path.join(outDir, 'package.json'), `${JSON.stringify(packageManifest(version), null, 2)}\n`);
    },
  };
}

/** The React and Vue example apps, served by the portal at /widgets/examples/<name>/main.js. */
export function exampleApps({ outDir }) {
  return {
    name: 'stratum-example-apps',
    async writeBundle() {
      if (this.meta.watchMode) return;
      mkdirSync(outDir, { recursive: true });
      await build({
        entryPoints: { 'react/main': 'examples/react/src/main.tsx', 'vue/main': 'examples/vue/src/main.ts' },
        outdir: outDir,
        bundle: true,
        splitting: true,
        format: 'esm',
        target: 'es2022',
        minify: true,
        jsx: 'automatic',
        chunkNames: 'chunks/[name]-[hash]',
        tsconfig: 'tsconfig.json',
        legalComments: 'none',
        define: {
          'process.env.NODE_ENV': '"production"',
          __VUE_OPTIONS_API__: 'false',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        logLevel: 'warning',
      });
    },
  };
}

