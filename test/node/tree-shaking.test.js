// Importing one element in a bundler pulls only that element, the elements
// it composes and the English it shows: `import 'ms-stem-cell-widgets/<x>'`
// bundled with rollup through the package's exports map and sideEffects
// field (scripts/bundle-entry.js), then searched for the other tags and the
// other parts of the article. Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bundleEntry } from '../../scripts/bundle-entry.js';

const en = JSON.parse(readFileSync(new URL('../../content/en.json', import.meta.url), 'utf8'));

const TAGS = [
  'ms-article',
  'ms-section',
  'ms-benefit-list',
  'ms-evidence-card',
  'ms-evidence-list',
  'ms-risk-panel',
  'ms-source-list',
  'ms-disclaimer',
];
const PARTS = ['title', 'sections', 'benefits', 'evidence', 'precautions', 'sources', 'ui'];

/** What each entry must carry: its tags and its parts of the English pack. Nothing else. */
const EXPECTED = {
  section: { tags: ['ms-section'], parts: ['sections'] },
  'benefit-list': { tags: ['ms-benefit-list'], parts: ['benefits'] },
  'evidence-card': { tags: ['ms-evidence-card'], parts: ['evidence', 'ui'] },
  'evidence-list': { tags: ['ms-evidence-list', 'ms-evidence-card'], parts: ['evidence', 'ui'] },
  'risk-panel': { tags: ['ms-risk-panel'], parts: ['precautions'] },
  'source-list': { tags: ['ms-source-list'], parts: ['sources'] },
  disclaimer: { tags: ['ms-disclaimer'], parts: ['title', 'ui'] },
  article: { tags: TAGS, parts: PARTS },
};

/** Every string of a part of the pack that a reader sees (ids and flags left out). */
function texts(value, key = '') {
  if (typeof value === 'string') return ['id', 'url', 'origin', 'lang', 'dir'].includes(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => texts(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, k));
  return [];
}
// The title is repeated nowhere else; `ui` words are short, so check the long ones.
const partTexts = (part) => (part === 'title' ? [en.title] : texts(en[part]).filter((t) => t.length > 12));

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
    for (const part of PARTS) {
      const shown = want.parts.includes(part);
      for (const text of partTexts(part)) {
        assert.equal(code.includes(text), shown, `${part} text ${shown ? 'missing from' : 'pulled into'} the ${entry} bundle: "${text.slice(0, 60)}…"`);
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
  assert.equal(code.includes(en.title), true, 'getContent("en") returns the whole built-in pack');
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
