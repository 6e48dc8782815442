// dist/cdn/ms-widgets-resizer.js: the host page's auto-height script for
// embed iframes (src/resizer/resizer.ts, compiled by tsc into dist/ first).
// A classic script, so it loads the same way everywhere (no module, no
// CORS); it exports nothing and binds no global name. Kept apart from the
// main CDN build: it shares no code with the elements.
import { minifyCdn } from './scripts/build/minify-cdn.js';

export default {
  input: 'dist/resizer/resizer.js',
  output: {
    file: 'dist/cdn/ms-widgets-resizer.js',
    format: 'iife',
    sourcemap: true,
  },
  plugins: [minifyCdn({ module: false, compileHint: false })],
};
