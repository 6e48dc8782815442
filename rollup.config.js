// The CDN files: Lit, the English content and every element in one
// self-contained, minified file, as an ES module (ms-widgets.js) and as a
// classic script (ms-widgets.iife.js, the same code; its exports on
// window.MsWidgets). scripts/integrity.js then writes their SRI hashes.
// Per-element ESM for bundlers comes from tsc.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

// `module: true` lets terser drop unused top-level names; the classic script
// must keep its global assignment, so it is minified as a script.
const minify = (module) => terser({ module, ecma: 2022, compress: { passes: 2 }, format: { comments: false } });

export default {
  input: 'dist/index.js',
  output: [
    {
      file: 'dist/cdn/ms-widgets.js',
      format: 'es',
      sourcemap: true,
      plugins: [minify(true)],
    },
    {
      file: 'dist/cdn/ms-widgets.iife.js',
      format: 'iife',
      name: 'MsWidgets',
      sourcemap: true,
      plugins: [minify(false)],
    },
  ],
  plugins: [
    minifyHTML(),
    nodeResolve({ exportConditions: ['browser', 'production'] }),
  ],
};
