// The rules a registered content pack must follow (src/content/pack-rules.ts,
// read by validatePack): they cover every field of the English pack, keep
// exactly what they checked, and name the path of a field that breaks them.
// The browser suite (test/content.test.ts) tries each bad value in turn; this
// one walks the whole pack. Run `npm run build` first: this reads dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validatePack } from '../../dist/content/validate.js';

const en = JSON.parse(readFileSync(new URL('../../content/en.json', import.meta.url), 'utf8'));
// An editor hint, not content: the validator does not keep it.
delete en.$schema;

/** Every path of a field in `value`, as the validator names them: `meta.title`, `sections[0].paragraphs[1]`, `ui.studyNames.halt-ms`. */
function paths(value, at) {
  if (Array.isArray(value)) return value.flatMap((v, i) => [`${at}[${i}]`, ...paths(v, `${at}[${i}]`)]);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [`${at}.${k}`, ...paths(v, `${at}.${k}`)]);
  return [];
}

/** A copy of `pack` without the field at `path`. */
function without(pack, path) {
  const copy = structuredClone(pack);
  const keys = path.replace(/^pack\./, '').match(/[^.[\]]+/g);
  const last = keys.pop();
  const parent = keys.reduce((o, k) => o[k], copy);
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else Reflect.deleteProperty(parent, last);
  return copy;
}

test('the English pack passes and comes back whole: every field has a rule', () => {
  assert.deepEqual(validatePack(structuredClone(en)), en);
});

test('a field of the English pack taken out is reported by its path (or its list\u2019s)', () => {
  let checked = 0;
  for (const path of paths(en, 'pack')) {
    // An item taken out of a list of ids makes the list incomplete; a last paragraph, an empty list.
    const holder = path.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
    let error;
    try {
      validatePack(without(en, path));
    } catch (e) {
      error = e;
    }
    // Sources and paragraphs may be fewer: only a list's own items are optional there.
    if (!error && /\.(sources\.items|paragraphs)\[\d+\]$/.test(path)) continue;
    assert.ok(error instanceof TypeError, `taking out ${path} is rejected`);
    assert.ok(error.message.startsWith(`${path} must be`) || error.message.startsWith(`${holder} must be`), `${path}: ${error.message}`);
    checked++;
  }
  assert.ok(checked > 100, `${checked} fields checked`);
});

test('the hash is the one field a pack may leave out, and the dates may be null', () => {
  const hash = `sha256-${'A'.repeat(43)}=`;
  assert.equal(validatePack({ ...en, meta: { ...en.meta, hash } }).meta.hash, hash);
  assert.equal('hash' in validatePack(en).meta, false);
  assert.deepEqual(validatePack({ ...en, meta: { ...en.meta, reviewed: '2026-11-25', nextReview: '2027-11-25' } }).meta, {
    ...en.meta,
    reviewed: '2026-11-25',
    nextReview: '2027-11-25',
  });
});
