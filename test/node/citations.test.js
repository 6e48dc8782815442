// content/citations.json is the one place citation facts come from: what was
// checked about the article's three studies and five sources. The study
// cards show only the fields this file confirms (journal, year, DOI) and its
// `differences` verbatim; nothing shown may go beyond it. Run `npm run build`
// first: this reads dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkedMonth, studyChecks } from '../../scripts/build/content-hash.js';

const root = new URL('../../', import.meta.url);
const text = (path) => readFileSync(new URL(path, root), 'utf8');
const json = (path) => JSON.parse(text(path));

const citations = json('content/citations.json');
const en = json('content/en.json');
const STUDY_IDS = ['halt-ms', 'mesenchymal-stem-cells', 'systematic-review'];
// Crossref's pattern for modern DOIs: nothing in one needs escaping in a URL path.
const DOI = /^10\.\d{4,9}\/[-._;()/:A-Z0-9]+$/i;

test('it covers the three studies, in the article order, and the five sources', () => {
  assert.deepEqual(
    citations.studies.map((s) => s.id),
    STUDY_IDS,
  );
  assert.deepEqual(
    en.evidence.items.map((s) => s.id),
    STUDY_IDS,
  );
  assert.deepEqual(
    citations.sources.map((s) => [s.position, s.title]),
    en.sources.items.map((s, i) => [i + 1, s.title]),
  );
});

test('every study says what the article says, and each confirmed fact says where it was seen', () => {
  for (const study of citations.studies) {
    const sentence = en.evidence.items.find((s) => s.id === study.id).text;
    assert.ok(sentence.startsWith(study.article_sentence_starts), `${study.id}: the article's sentence`);
    assert.ok(sentence.includes(study.article_says.journal), `${study.id}: the journal the article names`);
    assert.ok(study.differences.length > 0, `${study.id}: a neutral note`);
    for (const record of [study.record, ...study.related].filter(Boolean)) {
      assert.match(record.seen_at, /^https:\/\//, `${study.id}: where "${record.title}" was seen`);
      assert.match(record.doi, DOI, `${study.id}: ${record.doi}`);
      assert.equal(typeof record.year, 'number');
    }
  }
  assert.equal(citations.studies.find((s) => s.id === 'systematic-review').record, null);
});

test('no source has a confirmed link, and the pack links none', () => {
  assert.deepEqual(
    citations.sources.map((s) => s.url),
    [null, null, null, null, null],
  );
  assert.deepEqual(
    en.sources.items.map((s) => s.url),
    citations.sources.map((s) => s.url),
  );
});

test('the cards get only journal, year and DOI of a record, the differences verbatim, and the month of the check', async () => {
  const { checks } = await import(new URL('dist/content/checks.generated.js', root));
  assert.deepEqual(Object.keys(checks), STUDY_IDS);
  for (const study of citations.studies) {
    const check = checks[study.id];
    assert.deepEqual(Object.keys(check), ['record', 'notes', 'checked', 'checkedInEnglish']);
    assert.deepEqual(check.notes, study.differences);
    // citations.json has no date field; its `about` names the month the records were seen, and only that.
    assert.match(citations.about, / in November 2026\./);
    assert.equal(check.checked, '2026-11');
    // English readers see the month in about's own words.
    assert.equal(check.checkedInEnglish, 'November 2026');
    if (study.record === null) {
      assert.equal(check.record, null, `${study.id}: no record, so nothing of one`);
    } else {
      assert.deepEqual(check.record, { journal: study.record.journal, year: study.record.year, doi: study.record.doi });
    }
  }
  assert.deepEqual(JSON.parse(JSON.stringify(checks)), studyChecks(citations));
});

test('the month of the checks comes from citations.json alone: none, or two, stop the build', () => {
  assert.equal(checkedMonth(citations), '2026-11');
  assert.throws(() => checkedMonth({ ...citations, about: 'Records seen in public sources.' }), /must name the month of the checks exactly once.*found 0/);
  assert.throws(() => checkedMonth({ ...citations, about: 'Seen in March 2026 and again in May 2026.' }), /found 2/);
});

test('the CDN files hold no DOI, journal or title that content/citations.json does not confirm', () => {
  const confirmed = citations.studies.flatMap((s) => (s.record ? [s.record] : []));
  for (const file of ['dist/cdn/ms-widgets.js', 'dist/cdn/ms-widgets.iife.js', 'dist/cdn/ms-widgets-full.js', 'dist/cdn/ms-widgets-full.iife.js', 'dist/cdn/ms-widgets-hydrate.js']) {
    const code = text(file);
    const dois = [...code.matchAll(/10\.\d{4,9}\/[-._;()/:A-Z0-9]+/gi)].map((m) => m[0]);
    assert.deepEqual([...new Set(dois)].sort(), confirmed.map((r) => r.doi).sort(), `${file}: the DOIs`);
    for (const record of confirmed) assert.ok(code.includes(`"${record.journal}"`), `${file}: ${record.journal}`);
    // What the cards do not show stays out: titles, authors, related records.
    for (const study of citations.studies) {
      for (const other of [study.record, ...study.related].filter(Boolean)) {
        assert.equal(code.includes(other.title), false, `${file}: the title "${other.title.slice(0, 40)}…"`);
        if (other.authors) assert.equal(code.includes(other.authors), false, `${file}: the authors ${other.authors}`);
      }
    }
  }
});
