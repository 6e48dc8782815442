// Subresource Integrity for the CDN files: writes dist/cdn/integrity.json,
// { "ms-widgets.js": "sha384-…", … }, from every dist/cdn/*.js exactly as
// built, so a page can load them with `integrity` (npm run build runs this
// after rollup).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The SRI value of some bytes: sha384, base64. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL('../../dist/cdn/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
  if (files.length === 0) throw new Error('integrity: no dist/cdn/*.js; run rollup first');
  const hashes = Object.fromEntries(files.map((f) => [f, sri(readFileSync(new URL(f, dir)))]));
  writeFileSync(new URL('integrity.json', dir), `${JSON.stringify(hashes, null, 2)}\n`);
  console.log(`integrity: ${files.join(', ')}`);
}
