// The CDN files: Lit, the English content and every element in one
// self-contained, minified file, as an ES module and as a classic script
// (the same code; its exports on window.MsWidgets):
//   ms-widgets.js, ms-widgets.iife.js            the elements (src/elements.ts)
//   ms-widgets-full.js, ms-widgets-full.iife.js  the same plus the content API
//                                                (registerContent…; src/index.ts)
// scripts/integrity.js then writes their SRI hashes. rollup.hydrate.config.js
// builds the file for server-rendered pages; per-element ESM for bundlers
// comes from tsc; their HTML and CSS templates are minified in dist/ already
// (scripts/minify-dist.js).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// `module: true` lets terser drop unused top-level names; the classic script
// must keep its global assignment, so it is minified as a script.
const minify = (module) => terser({ module, ecma: 2022, compress: { passes: 2 }, format: { comments: false } });

const cdn = (input, name) => ({
  input,
  output: [
    {
      file: `dist/cdn/${name}.js`,
      format: 'es',
      sourcemap: true,
      plugins: [minify(true)],
    },
    {
      file: `dist/cdn/${name}.iife.js`,
      format: 'iife',
      name: 'MsWidgets',
      sourcemap: true,
      plugins: [minify(false)],
    },
  ],
  plugins: [nodeResolve({ exportConditions: ['browser', 'production'] })],
});

export default [cdn('dist/elements.js', 'ms-widgets'), cdn('dist/index.js', 'ms-widgets-full')];
