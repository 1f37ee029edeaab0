import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './widgets/build/minify-templates.mjs';

/**
 * dist/widgets/stratum.js: the ESM entry (registers every element) with lazy chunks beside it (the chart
 * engine, locales). Lit's legacy decorators need experimentalDecorators and useDefineForClassFields: false,
 * which esbuild reads from tsconfig.json.
 */
const plugins = [
  minifyTemplates(),
  nodeResolve({ browser: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false }),
  terser({ ecma: 2022, module: true, compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true }, format: { comments: false } }),
];

export default [
  {
    input: { stratum: 'widgets/src/index.ts' },
    output: {
      dir: 'dist/widgets',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins,
  },
];
