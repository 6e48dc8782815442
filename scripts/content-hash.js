// The content hash of the built-in English (meta.hash): SHA-256, written as
// Subresource Integrity writes it ("sha256-" and base64), of the canonical
// JSON (object keys sorted, no white space) of everything the widgets show:
// the pack without its editor hint and without meta.hash itself, and the
// citation checks the study cards show. scripts/gen-content.js writes it into
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

/** What a study card shows of content/citations.json: journal, year and DOI of a record, and the notes. */
export function studyChecks(citations) {
  return Object.fromEntries(
    citations.studies.map((s) => [
      s.id,
      {
        record: s.record && { journal: s.record.journal, year: s.record.year, doi: s.record.doi },
        notes: s.differences,
      },
    ]),
  );
}
