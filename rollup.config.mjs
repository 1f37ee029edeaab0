import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './widgets/build/minify-templates.mjs';
import { exampleApps, packageFiles } from './widgets/build/package-files.mjs';

/**
 * `npm run build:widgets` builds the widget package into dist/widgets:
 * - stratum.js: the ESM entry (registers every element: one file, so a page makes one request for the core),
 *   react.js (React wrappers over it), lazy chunks/ (the chart engine, each locale);
 * - stratum.bundle.js: everything in one file for a plain <script type="module"> tag;
 * - types/, custom-elements.json, package.json; examples/ (the React and Vue host apps).
 * Lit's legacy decorators need experimentalDecorators and useDefineForClassFields: false, read from tsconfig.json.
 */
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const outDir = 'dist/widgets';

const plugins = () => [
  minifyTemplates(),
  nodeResolve({ browser: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

export default [
  {
    input: {
      stratum: 'widgets/src/index.ts',
      react: 'widgets/src/react/index.ts',
    },
    external: ['react'],
    preserveEntrySignatures: 'allow-extension',
    output: { dir: outDir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    plugins: [...plugins(), packageFiles({ outDir, version })],
  },
  {
    input: 'widgets/src/index.ts',
    output: { file: `${outDir}/stratum.bundle.js`, format: 'es', inlineDynamicImports: true, sourcemap: true },
    plugins: [...plugins(), exampleApps({ outDir: `${outDir}/examples` })],
  },
];
