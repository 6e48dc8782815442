// dist/ ships its HTML and CSS templates minified, as Lit ships its own code:
// every user's bundler then gets them small, whether or not it runs a
// template minifier, and the server renderer (dist/ssr) and the hydrating
// client share the same template strings, which hydration requires.
import { readFileSync, writeFileSync } from 'node:fs';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { distModules } from './dist-modules.js';

let changed = 0;
for (const file of distModules()) {
  const source = readFileSync(file, 'utf8');
  const result = await minifyHTMLLiterals(source, { fileName: file });
  if (result && result.code !== source) {
    writeFileSync(file, result.code);
    changed++;
  }
}
console.log(`minify-dist: templates minified in ${changed} files`);
