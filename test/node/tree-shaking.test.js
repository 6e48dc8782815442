// Importing one element in a bundler pulls only that element, the elements
// it composes and the English it shows: `import 'ms-stem-cell-widgets/<x>'`
// bundled with rollup through the package's exports map and sideEffects
// field (scripts/tools/bundle-entry.js), then searched for the other tags and the
// other parts of the article. Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bundleEntry } from '../../scripts/tools/bundle-entry.js';
import { TAGS } from '../support/tags.js';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const en = read('content/en.json');
const citations = read('content/citations.json');


/** Every string of a part of the pack that a reader sees (ids and flags left out). */
function texts(value, key = '') {
  if (typeof value === 'string') return ['id', 'url', 'origin', 'lang', 'dir'].includes(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => texts(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, k));
  return [];
}

/**
 * What can be in a bundle, each with the strings that give it away: the
 * article's parts, the single words of `meta` and `ui` (the footer of every
 * element needs the title and three words, not the disclaimer's sentences),
 * and the citation checks the study cards show. `meta.version` is too short to search for.
 */
const PIECES = {
  sections: texts(en.sections).filter((t) => t.length > 12),
  benefits: texts(en.benefits).filter((t) => t.length > 12),
  evidence: texts(en.evidence.items).filter((t) => t.length > 12),
  'evidence heading and intro': [en.evidence.heading, en.evidence.intro],
  precautions: texts(en.precautions).filter((t) => t.length > 12),
  sources: texts(en.sources).filter((t) => t.length > 12),
  'meta.title': [en.meta.title],
  ...Object.fromEntries(
    ['disclaimer', 'attribution', 'lastReviewed', 'disclaimerLabel', 'notAdvice', 'sourcesLink', 'nextReview', 'reviewOverdue', 'record', 'checkedBy'].map(
      (k) => [`ui.${k}`, [en.ui[k]]],
    ),
  ),
  // The names of the studies: the HALT-MS trial's is also the start of its sentence, so only the other two give it away.
  'ui.studyNames': [en.ui.studyNames['mesenchymal-stem-cells'], en.ui.studyNames['systematic-review']],
  checks: citations.studies.flatMap((s) => [...s.differences, ...(s.record ? [s.record.doi] : [])]),
};
// The footer's words; `disclaimerLabel` names the link to the page's one full line.
const FOOTER = ['meta.title', 'ui.attribution', 'ui.disclaimerLabel', 'ui.notAdvice', 'ui.sourcesLink'];

/** What each entry must carry: its tags and its pieces of the English. Nothing else. */
const EXPECTED = {
  section: { tags: ['ms-section'], pieces: ['sections', ...FOOTER] },
  'benefit-list': { tags: ['ms-benefit-list'], pieces: ['benefits', ...FOOTER] },
  // A card shows one study: not the evidence section's heading and intro.
  'evidence-card': { tags: ['ms-evidence-card'], pieces: ['evidence', ...FOOTER, 'ui.studyNames', 'ui.record', 'ui.checkedBy', 'checks'] },
  'evidence-list': { tags: ['ms-evidence-list'], pieces: ['evidence', 'evidence heading and intro', ...FOOTER, 'ui.studyNames', 'ui.record', 'ui.checkedBy', 'checks'] },
  'risk-panel': { tags: ['ms-risk-panel'], pieces: ['precautions', ...FOOTER] },
  'source-list': { tags: ['ms-source-list'], pieces: ['sources', ...FOOTER] },
  // The disclaimer's own words, not the footer's (it has none) nor the cards'.
  disclaimer: {
    tags: ['ms-disclaimer'],
    pieces: ['meta.title', ...['disclaimer', 'attribution', 'lastReviewed', 'disclaimerLabel', 'nextReview', 'reviewOverdue'].map((k) => `ui.${k}`)],
  },
  // The article composes every element but the lone study card: the evidence list draws its own cards.
  article: { tags: TAGS.filter((t) => t !== 'ms-evidence-card'), pieces: Object.keys(PIECES) },
};

// A tag appears in a bundle as its define() call or in a template that composes it.
const hasTag = (code, tag) => new RegExp(`["'\`<]${tag}[\\s"'\`>]`).test(code);
// The validator's wording: only registerContent needs it.
const VALIDATOR = 'must be a non-empty string';

for (const [entry, want] of Object.entries(EXPECTED)) {
  test(`import 'ms-stem-cell-widgets/${entry}' carries ${want.tags.join(', ')} and only its own text`, async () => {
    const code = await bundleEntry(`import 'ms-stem-cell-widgets/${entry}';\n`);
    for (const tag of TAGS) {
      assert.equal(hasTag(code, tag), want.tags.includes(tag), `${tag} ${want.tags.includes(tag) ? 'missing from' : 'pulled into'} the ${entry} bundle`);
    }
    for (const [piece, strings] of Object.entries(PIECES)) {
      const shown = want.pieces.includes(piece);
      for (const text of strings) {
        assert.equal(code.includes(text), shown, `${piece} ${shown ? 'missing from' : 'pulled into'} the ${entry} bundle: "${text.slice(0, 60)}…"`);
      }
    }
    assert.equal(code.includes(VALIDATOR), false, `the content validator was pulled into the ${entry} bundle`);
    // Lit is bundled, once.
    assert.equal(code.match(/litElementVersions/g)?.length, 1);
  });
}

test("the content API ('ms-stem-cell-widgets/content') registers no element", async () => {
  const code = await bundleEntry(
    "import { getContent, registerContent } from 'ms-stem-cell-widgets/content';\nconsole.log(getContent, registerContent);\n",
  );
  for (const tag of TAGS) assert.equal(hasTag(code, tag), false, `${tag} pulled into the content bundle`);
  assert.equal(code.includes(VALIDATOR), true, 'registerContent checks packs');
  for (const [piece, strings] of Object.entries(PIECES)) {
    // getContent("en") returns the whole built-in pack; the citation checks are not part of any pack.
    for (const text of strings) assert.equal(code.includes(text), piece !== 'checks', `${piece} in the content bundle: "${text.slice(0, 60)}…"`);
  }
});

test("one React wrapper ('ms-stem-cell-widgets/react') pulls only its element", async () => {
  const code = await bundleEntry(
    "import { MsRiskPanel } from 'ms-stem-cell-widgets/react';\nconsole.log(MsRiskPanel);\n",
    { external: ['react'] },
  );
  for (const tag of TAGS) assert.equal(hasTag(code, tag), tag === 'ms-risk-panel', `${tag} in the MsRiskPanel wrapper bundle`);
  assert.match(code, /onMsToggle:"ms-toggle"/);
});

test('the whole package (".") registers every element', async () => {
  const code = await bundleEntry("import 'ms-stem-cell-widgets';\n");
  for (const tag of TAGS) assert.equal(hasTag(code, tag), true, `${tag} missing from the "." bundle`);
});
