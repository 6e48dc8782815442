// The content hash of the built-in English (meta.hash): SHA-256, written as
// Subresource Integrity writes it ("sha256-" and base64), of the canonical
// JSON (object keys sorted, no white space) of everything the widgets show:
// the pack without its editor hint and without meta.hash itself, and the
// citation checks the study cards show. scripts/build/gen-content.js writes it into
// src/content/en.generated.ts; test/node/content-meta.test.js recomputes it.
import { createHash } from 'node:crypto';

/** JSON with every object's keys in sorted order, so the same data always hashes the same. */
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The hash of a pack (as in content/en.json) and the checks shown with it. */
export function contentHash(pack, checks) {
  const shown = { ...pack, meta: { ...pack.meta } };
  delete shown.$schema;
  delete shown.meta.hash;
  const digest = createHash('sha256').update(canonicalJson({ pack: shown, checks })).digest('base64');
  return `sha256-${digest}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The month of the checks as YYYY-MM. citations.json has no date field: its
 * `about` says when the records were seen ("… seen in public sources in
 * November 2026."), and that sentence is the only date it holds. Exactly one
 * month and year must be found there, or the build stops: a card never shows
 * a guessed date.
 */
export function checkedMonth(citations) {
  return checkedMonthFound(citations).iso;
}

/** The month of the checks both ways: `iso` (YYYY-MM) and `english`, the words as `about` writes them ("November 2026"). */
function checkedMonthFound(citations) {
  const found = [...String(citations.about).matchAll(new RegExp(`\\bin (${MONTHS.join('|')}) (\\d{4})\\b`, 'g'))];
  if (found.length !== 1) {
    throw new Error(`content/citations.json: "about" must name the month of the checks exactly once ("in November 2026"); found ${found.length}`);
  }
  const [words, month, year] = found[0];
  return { iso: `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}`, english: words.slice('in '.length) };
}

/**
 * What a study card shows of content/citations.json: journal, year and DOI of
 * a record, the notes, and the month of the check (YYYY-MM).
 */
export function studyChecks(citations) {
  const { iso: checked, english: checkedInEnglish } = checkedMonthFound(citations);
  return Object.fromEntries(
    citations.studies.map((s) => [
      s.id,
      {
        record: s.record && { journal: s.record.journal, year: s.record.year, doi: s.record.doi },
        notes: s.differences,
        checked,
        checkedInEnglish,
      },
    ]),
  );
}
