// dist/ ships its templates minified (scripts/build/minify-dist.js), so that a
// user's bundler gets them small without a template plugin, and so that one
// that does run the plugin changes nothing: server-rendered pages hydrate
// only when the client's template strings are the server's. Run
// `npm run build` first: this reads dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { dist, distModules } from '../../scripts/build/dist-modules.js';

const files = distModules();

test('every element module is in dist/', () => {
  for (const name of ['article', 'benefit-list', 'disclaimer', 'evidence-card', 'evidence-list', 'risk-panel', 'section', 'source-list']) {
    assert.ok(files.some((f) => f.endsWith(join('components', name, `${name}.js`))), name);
  }
});

test('a template minifier finds nothing left to minify in dist/', async () => {
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const result = await minifyHTMLLiterals(source, { fileName: file });
    assert.ok(!result || result.code === source, `${relative(dist, file)} has unminified templates`);
  }
});
