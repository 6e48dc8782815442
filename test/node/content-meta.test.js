// The pack's metadata (meta): the title, stored once; the content version;
// the review dates, which the English pack leaves empty (null) because
// nobody has set them; and the content hash, computed by the build
// (scripts/build/gen-content.js) into the generated module, never stored in
// content/en.json. Run `npm run build` first: this reads dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { canonicalJson, contentHash, studyChecks } from '../../scripts/build/content-hash.js';

const root = new URL('../../', import.meta.url);
const json = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const en = json('content/en.json');
const citations = json('content/citations.json');
const article = readFileSync(new URL('test/fixtures/source-article.txt', root), 'utf8');

const validator = () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(json('content/schema.json'));
};

test('the title is stored once, in meta, and is the article\u2019s first line', () => {
  assert.equal(en.meta.title, article.split('\n')[0].trim());
  assert.equal('title' in en, false, 'no top-level title besides meta.title');
  assert.deepEqual(Object.keys(en.meta), ['title', 'version', 'reviewed', 'nextReview']);
});

test('the English pack sets no review dates: nobody has reviewed it, so none is invented', () => {
  assert.equal(en.meta.reviewed, null);
  assert.equal(en.meta.nextReview, null);
  assert.match(en.meta.version, /^\d+\.\d+\.\d+$/);
});

test('the hash is computed at build time into the generated module, not stored in content/en.json', async () => {
  assert.equal('hash' in en.meta, false);
  const generated = (await import(new URL('dist/content/en.generated.js', root))).default;
  const expected = contentHash(en, studyChecks(citations));
  assert.match(expected, /^sha256-[A-Za-z0-9+/]{43}=$/);
  assert.equal(generated.meta.hash, expected);
  const { hash, ...rest } = generated.meta;
  assert.ok(hash);
  assert.deepEqual(rest, en.meta, 'the rest of meta is en.json\u2019s');
});

test('the hash changes with any word shown, and with the citation checks; not with white space or key order', () => {
  const base = contentHash(en, studyChecks(citations));
  const edited = structuredClone(en);
  edited.precautions.items[1].text = edited.precautions.items[1].text.replace('bleeding', 'bruising');
  assert.notEqual(contentHash(edited, studyChecks(citations)), base);
  const dated = structuredClone(en);
  dated.meta.reviewed = '2026-11-25';
  assert.notEqual(contentHash(dated, studyChecks(citations)), base);
  const checks = studyChecks(citations);
  checks['halt-ms'].notes = ['Another note.'];
  assert.notEqual(contentHash(en, checks), base);
  // The same data in another key order, with an editor hint, hashes the same.
  const reordered = Object.fromEntries(Object.entries(structuredClone(en)).reverse());
  assert.equal(contentHash({ ...reordered, $schema: 'x' }, studyChecks(citations)), base);
  assert.equal(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }), '{"a":[{"c":3,"d":2}],"b":1}');
});

test('the schema checks meta: dates as YYYY-MM-DD or null, the hash\u2019s form, nothing missing', () => {
  const validate = validator();
  const ok = structuredClone(en);
  ok.meta = { ...ok.meta, hash: `sha256-${'A'.repeat(43)}=`, reviewed: '2026-11-25', nextReview: '2027-05-25' };
  assert.equal(validate(ok), true, JSON.stringify(validate.errors));
  const cases = [
    ['reviewed', '2026-02-30'],
    ['reviewed', '25/11/2026'],
    ['nextReview', 'soon'],
    ['hash', 'sha256-abc'],
    ['hash', null],
    ['version', ''],
  ];
  for (const [key, value] of cases) {
    const bad = structuredClone(ok);
    bad.meta[key] = value;
    assert.equal(validate(bad), false, `meta.${key} = ${JSON.stringify(value)}`);
    assert.ok(validate.errors.some((e) => e.instancePath === `/meta/${key}`), `the error names /meta/${key}`);
  }
  for (const key of ['title', 'version', 'reviewed', 'nextReview']) {
    const missing = structuredClone(ok);
    Reflect.deleteProperty(missing.meta, key);
    assert.equal(validate(missing), false, `meta.${key} missing`);
  }
});
