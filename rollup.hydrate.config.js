// dist/cdn/ms-widgets-hydrate.js: the CDN file for server-rendered pages,
// ms-widgets-full.js plus Lit's hydration support (src/hydrate.ts). Kept in its
// own config so it can change apart from the main CDN build.
//
// HTML templates stay as written here, unlike ms-widgets.js: hydration checks
// each template against a digest of its strings that the server wrote from
// the unminified templates in dist/, so those strings must not change. CSS
// literals are not part of that digest, and are minified as in ms-widgets.js.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

export default {
  input: 'dist/hydrate.js',
  output: {
    file: 'dist/cdn/ms-widgets-hydrate.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    minifyHTML({ options: { shouldMinify: () => false } }),
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
