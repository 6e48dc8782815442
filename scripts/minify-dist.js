// dist/ ships its HTML and CSS templates minified, as Lit ships its own code:
// every user's bundler then gets them small, whether or not it runs a
// template minifier, and the server renderer (dist/ssr) and the hydrating
// client share the same template strings, which hydration requires.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

let changed = 0;
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
  const file = join(entry.parentPath, entry.name);
  if (file.startsWith(join(dist, 'cdn'))) continue;
  const source = readFileSync(file, 'utf8');
  const result = await minifyHTMLLiterals(source, { fileName: file });
  if (result && result.code !== source) {
    writeFileSync(file, result.code);
    changed++;
  }
}
console.log(`minify-dist: templates minified in ${changed} files`);
