/** @custom-elements-manifest/analyzer settings: the manifest goes into dist/widgets only (never the root package.json). */
export default {
  globs: ['widgets/src/components/**/*.ts', 'widgets/src/core/**/*.ts'],
  exclude: ['**/*.test.ts'],
  outdir: 'dist/widgets',
  litelement: true,
  packagejson: false,
};
