// The package's ES modules in dist/: what tsc wrote, not the CDN bundles
// that rollup builds from them into dist/cdn/.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Absolute paths of every .js module in dist/ outside dist/cdn/. */
export const distModules = () =>
  readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !relative(dist, file).startsWith('cdn'));
