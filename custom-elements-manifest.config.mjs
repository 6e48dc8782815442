// custom-elements.json comes from the JSDoc on the elements (npm run manifest).
export default {
  globs: ['src/components/**/*.ts', 'src/shared/ms-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
};
