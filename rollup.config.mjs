import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './widgets/build/minify-templates.mjs';
import { ELEMENT_ENTRIES, exampleApps, packageFiles, pruneStaleChunks } from './widgets/build/package-files.mjs';

/**
 * `npm run build:widgets` builds the widget package into dist/widgets:
 * - stratum.js: for a <script type="module"> tag (registers every element: one file, so a page makes one request
 *   for the core), with lazy chunks/ (the chart engine, each locale, the AI and report elements);
 * - stratum.bundle.js: everything in one file, nothing lazy;
 * - esm/: the modules for bundlers (the package's exports: the library, one define file per element, the React
 *   wrappers from @lit/react), lit, chart.js and react left to the consumer's bundler as dependencies;
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
    input: { stratum: 'widgets/src/index.ts' },
    preserveEntrySignatures: 'allow-extension',
    output: { dir: outDir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    plugins: [...plugins(), pruneStaleChunks({ dir: `${outDir}/chunks` })],
  },
  {
    // For bundlers: every module on its own (tree-shaking, one class per element shared by every entry).
    input: ['widgets/src/index.ts', 'widgets/src/react/index.ts', ...Object.values(ELEMENT_ENTRIES)],
    external: (id) => /^(lit|@lit\/[\w-]+|chart\.js|react)(\/.*)?$/.test(id),
    output: { dir: `${outDir}/esm`, format: 'es', preserveModules: true, preserveModulesRoot: 'widgets/src', entryFileNames: '[name].js', sourcemap: true },
    plugins: [minifyTemplates(), nodeResolve({ browser: true }), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), packageFiles({ outDir, version })],
  },
  {
    input: 'widgets/src/index.ts',
    output: { file: `${outDir}/stratum.bundle.js`, format: 'es', inlineDynamicImports: true, sourcemap: true },
    plugins: [...plugins(), exampleApps({ outDir: `${outDir}/examples` })],
  },
];
