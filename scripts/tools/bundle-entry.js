// Bundles an import of this package the way a user's bundler would: the
// package is linked into a throwaway project as node_modules/ms-stem-cell-widgets,
// so the `exports` map and the `sideEffects` field of package.json decide
// what is kept. Minified with terser, as a plain rollup set-up would: the
// package's templates come minified already, so no template plugin is needed.
// Used by the size budgets (scripts/tools/size-entries.js) and the tree-shaking test.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The minified bundle of `source` (an ES module importing from
 * 'ms-stem-cell-widgets/…'). `external` lists bare imports left out
 * (e.g. react).
 */
export async function bundleEntry(source, { external = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ms-bundle-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(repo, join(dir, 'node_modules', 'ms-stem-cell-widgets'), 'dir');
    const input = join(dir, 'entry.js');
    writeFileSync(input, source);
    const bundle = await rollup({
      input,
      external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
      plugins: [
        nodeResolve({ exportConditions: ['browser', 'production'] }),
        terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
      ],
      onwarn(warning, warn) {
        if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
      },
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    return output[0].code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
