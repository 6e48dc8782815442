// The pack says what the article says: every line of the article is in
// content/en.json, and every article string in the pack comes from the
// article. Only `ui` holds the project's own words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const article = read('test/fixtures/source-article.txt');
const pack = JSON.parse(read('content/en.json'));

/** Every string value in an object, with its path. */
function strings(value, path = 'pack', out = []) {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

// Not words: the editor hint, tags, ids, and the pack's version and dates.
const NOT_TEXT = /^pack\.(\$schema|lang|dir)$|\.id$|^pack\.ui\.origin$|^pack\.meta\.(version|hash|reviewed|nextReview)$/;
const articleStrings = strings(pack).filter(([path]) => !NOT_TEXT.test(path) && !path.startsWith('pack.ui.'));

test('every line of the article is in the pack, verbatim', () => {
  const all = articleStrings.map(([, s]) => s);
  for (const raw of article.split('\n').filter((l) => l.trim())) {
    // "1. " numbering is presentation; "Title: text" lines are stored as title and text.
    const line = raw.replace(/^\d+\.\s+/, '');
    const whole = all.includes(line);
    const split = line.split(/: (.*)/s);
    const asTitleText = split.length > 1 && all.includes(split[0]) && all.includes(split[1]);
    const heading = line.endsWith(':') && all.includes(line.slice(0, -1));
    assert.ok(whole || asTitleText || heading, `missing from content/en.json: ${raw}`);
  }
});

test('every article string in the pack appears in the article', () => {
  for (const [path, s] of articleStrings) {
    assert.ok(article.includes(s), `${path} is not in the article: ${s}`);
  }
});

test('each sentence is kept once (the seed repeats the article)', () => {
  const seen = new Map();
  for (const [path, s] of articleStrings) {
    assert.ok(!seen.has(s), `${path} repeats ${seen.get(s)}`);
    seen.set(s, path);
  }
});

test('the project’s own words are marked as such', () => {
  assert.equal(pack.ui.origin, 'project');
});
