// dist/cdn/ms-widgets-hydrate.js: the CDN file for server-rendered pages,
// ms-widgets-full.js plus Lit's hydration support (src/hydrate.ts), behind a
// wait for the page's first frame (src/hydrate-cdn.ts). Kept in its own
// config so it can change apart from the main CDN build. It must stay one
// module: that wait holds what follows it only within one module.
//
// Hydration checks each template against a digest of its strings that the
// server wrote from dist/. The templates there are already minified
// (scripts/build/minify-dist.js), so this file takes them as they are and the
// digests match.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/hydrate-cdn.js',
  output: {
    file: 'dist/cdn/ms-widgets-hydrate.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
