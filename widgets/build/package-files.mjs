/**
 * Rollup plugins that finish the package in dist/widgets after the bundle is written: the type declarations
 * (tsc), custom-elements.json (from the classes' JSDoc), the package.json of the publishable package, and the
 * example host apps (React, Vue) bundled with esbuild. Skipped in watch mode, where only the bundle matters.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

function run(label, command, args) {
  const result = spawnSync(process.execPath, [command, ...args], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status})`);
}

/** package.json of the publishable package (dist/widgets is its root). */
export function packageManifest(version) {
  return {
    name: '@stratum/widgets',
    version,
    description: 'White-label embedded marketing analytics as web components.',
    type: 'module',
    main: './stratum.js',
    module: './stratum.js',
    types: './types/index.d.ts',
    customElements: './custom-elements.json',
    exports: {
      '.': { types: './types/index.d.ts', import: './stratum.js' },
      './react': { types: './types/react/index.d.ts', import: './react.js' },
      './bundle': './stratum.bundle.js',
      './custom-elements.json': './custom-elements.json',
    },
    // The modules that register elements (in the sources, only widgets/src/define/* do).
    sideEffects: ['./stratum.js', './stratum.bundle.js', './react.js'],
    peerDependencies: { react: '>=18' },
    peerDependenciesMeta: { react: { optional: true } },
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

