// The CDN file: one self-contained, minified ES module with Lit, the English
// content and every element. Per-element ESM for bundlers comes from tsc.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

export default {
  input: 'dist/index.js',
  output: {
    file: 'dist/cdn/ms-widgets.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    minifyHTML(),
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
