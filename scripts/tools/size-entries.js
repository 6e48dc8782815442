// Per-element budgets: bundles `import 'ms-stem-cell-widgets/<element>'` for
// every element, as a user's bundler would (scripts/tools/bundle-entry.js), into
// node_modules/.cache/ms-stem-cell-widgets/size/<element>.js, where
// size-limit (.size-limit.json) measures them with brotli.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { bundleEntry } from './bundle-entry.js';

const root = new URL('../../', import.meta.url);
const out = new URL('node_modules/.cache/ms-stem-cell-widgets/size/', root);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

// One export per element: "./benefit-list" → dist/components/benefit-list/…
export const elementExports = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && /^\.\/dist\/components\//.test(target.default ?? ''))
  .map(([key]) => key.slice(2));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const name of elementExports) {
  writeFileSync(new URL(`${name}.js`, out), await bundleEntry(`import 'ms-stem-cell-widgets/${name}';\n`));
}
console.log(`size-entries: ${elementExports.length} element bundles in ${out.pathname}`);
