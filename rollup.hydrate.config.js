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
//
// Then dist/cdn/ms-widgets-hydrate-loader.js (src/hydrate-loader.ts), which
// loads the hydrate file after the page's first frame and checks it against
// the hash of the file just written: rollup builds the configs in order.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minifyCdn } from './scripts/build/minify-cdn.js';
import { sri } from './scripts/build/integrity.js';

const HYDRATE_FILE = 'dist/cdn/ms-widgets-hydrate.js';
const PLACEHOLDER = 'sha384-HYDRATE-FILE';

/** Writes the hydrate file's SRI hash into the loader, which runs it only if it matches. */
const hydrateIntegrity = () => ({
  name: 'hydrate-integrity',
  renderChunk(code) {
    if (!code.includes(PLACEHOLDER)) throw new Error(`hydrate-integrity: ${PLACEHOLDER} is not in the loader`);
    return { code: code.replace(PLACEHOLDER, sri(readFileSync(HYDRATE_FILE))), map: null };
  },
});

export default [
  {
    input: 'dist/hydrate-cdn.js',
    output: { file: HYDRATE_FILE, format: 'es', sourcemap: true },
    plugins: [nodeResolve({ exportConditions: ['browser', 'production'] }), minifyCdn({ module: true })],
  },
  {
    input: 'dist/hydrate-loader.js',
    output: { file: 'dist/cdn/ms-widgets-hydrate-loader.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve({ exportConditions: ['browser', 'production'] }), hydrateIntegrity(), minifyCdn({ module: true, compileHint: false })],
  },
];
