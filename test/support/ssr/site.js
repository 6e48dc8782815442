// The demo site the browser tests look at: demo/ssr/src rendered by the real
// CLI into demo/ssr/site, exactly as `npm run demo:ssr` does.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function buildSite() {
  execFileSync(process.execPath, ['dist/ssr/cli.js', 'render', 'demo/ssr/src', '-o', 'demo/ssr/site'], { cwd: ROOT, stdio: 'pipe' });
}

export const read = (path) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** The article's sentences, split as test/article.test.ts does: 60 pieces, "1. " numbering and a title's colon dropped. */
export function articleSentences() {
  const sentences = [];
  for (const raw of read('test/fixtures/source-article.txt').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    for (const piece of line.replace(/^\d+\.\s+/, '').split(/(?<=[.:?!])\s+/)) sentences.push(piece.replace(/:$/, ''));
  }
  return sentences;
}

/** A page of the source site with its script (the hydrate loader) swapped, served by test/support/ssr/server.js at the same depth. */
export const withScript = (html, script) => html.replace(/ms-widgets-hydrate(-loader)?\.js/, script);
