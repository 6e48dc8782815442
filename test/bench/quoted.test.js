// The performance page quotes the benchmark: the block between its bench
// markers is what bench/report.js writes from bench/results.json, so a quote
// never drifts from the results it names (date, commit, machine load).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DOCS_PAGE, docsBlock, quotedBlock, withDocsBlock } from '../../bench/report.js';

const results = JSON.parse(readFileSync(new URL('../../bench/results.json', import.meta.url), 'utf8'));
const page = readFileSync(DOCS_PAGE, 'utf8');

test('stories/Performance.mdx quotes bench/results.json as bench/report.js writes it', () => {
  assert.equal(quotedBlock(page), docsBlock(results), 'run `node bench/report.js` to rewrite the quote from the results');
});

test('the quote names the run: date, commit, iterations, and whether the machine was quiet', () => {
  const block = docsBlock(results);
  assert.ok(block.includes(results.meta.date.slice(0, 10)));
  assert.ok(block.includes(`commit ${results.meta.commit}`));
  assert.match(block, /noisy, shared machine|The machine was quiet/);
});

test('rewriting the block touches nothing else on the page', () => {
  const rewritten = withDocsBlock(page, 'X');
  const [before, after] = page.split(quotedBlock(page));
  assert.equal(rewritten, `${before.trimEnd()}\n\nX\n\n${after.trimStart()}`);
  assert.throws(() => withDocsBlock('no markers here', 'X'), /lacks the markers/);
});
