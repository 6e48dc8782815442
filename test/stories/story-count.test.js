// Counts the stories Storybook built (storybook-static/index.json, written by
// `npm run build-storybook`, which `npm run test:stories` runs first), so a
// story that goes missing fails the run even though no test fails for it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const indexPath = new URL('../../storybook-static/index.json', import.meta.url);

/** Stories per element file; change these numbers together with the stories. */
const EXPECTED = {
  'Elements/ms-article': 20,
  'Elements/ms-section': 24,
  'Elements/ms-benefit-list': 27,
  'Elements/ms-evidence-card': 22,
  'Elements/ms-evidence-list': 18,
  'Elements/ms-risk-panel': 21,
  'Elements/ms-source-list': 18,
  'Elements/ms-disclaimer': 21,
  'Guides/Theming': 5,
  'Guides/Content packs': 3,
  Examples: 2,
};

/** States every element is shown in (story export names). */
const EVERY_ELEMENT = [
  'HeadingLevel1',
  'HeadingLevel3',
  'HeadingLevel4',
  'HeadingLevel5',
  'HeadingLevel6',
  'HeadingSlot',
  'InvalidHeadingLevel',
  'UnknownLanguage',
  'TranslatedPack',
  'DarkPage',
  'ClinicBrand',
  'RightToLeft',
  'EnglishOnRtlPage',
  'LongText',
  'Narrow320',
];

const ELEMENTS = ['article', 'section', 'benefit-list', 'evidence-card', 'evidence-list', 'risk-panel', 'source-list', 'disclaimer'];

const load = () => {
  assert.ok(existsSync(indexPath), 'storybook-static/index.json is missing: run `npm run build-storybook` first');
  return Object.values(JSON.parse(readFileSync(indexPath, 'utf8')).entries);
};

test('each element file and guide has exactly its expected number of stories', () => {
  const counts = {};
  for (const entry of load()) if (entry.type === 'story') counts[entry.title] = (counts[entry.title] ?? 0) + 1;
  assert.deepEqual(counts, EXPECTED);
});

test('one stories file per element, with autodocs', () => {
  const entries = load();
  for (const name of ELEMENTS) {
    const title = `Elements/ms-${name}`;
    const files = new Set(entries.filter((e) => e.title === title).map((e) => e.importPath));
    assert.deepEqual([...files], [`./stories/${name}.stories.ts`], title);
    assert.ok(
      entries.some((e) => e.title === title && e.type === 'docs'),
      `${title} has a docs page`,
    );
  }
});

test('every element is shown at every heading level, with the slot, bad input, languages and themes', () => {
  const entries = load();
  for (const name of ELEMENTS) {
    const exports = entries.filter((e) => e.title === `Elements/ms-${name}` && e.type === 'story').map((e) => e.exportName);
    const missing = EVERY_ELEMENT.filter((s) => !exports.includes(s));
    assert.deepEqual(missing, [], `ms-${name} lacks stories`);
  }
});

/** The trust features' states: the footer on each element that shows one, the review dates on the disclaimer and the article. */
const TRUST_STORIES = {
  section: ['SourceUrl', 'NoAttribution'],
  'benefit-list': ['SourceUrl', 'NoAttribution'],
  'evidence-card': ['SourceUrl', 'NoAttribution'],
  'evidence-list': ['SourceUrl', 'NoAttribution'],
  'risk-panel': ['SourceUrl', 'NoAttribution'],
  'source-list': ['SourceUrl', 'NoAttribution'],
  disclaimer: ['NextReview', 'ReviewOverdue', 'InvalidNextReview'],
  article: ['ReviewOverdue'],
};

test('source-url, no-attribution, next-review and the overdue state each have their story', () => {
  const entries = load();
  for (const [name, wanted] of Object.entries(TRUST_STORIES)) {
    const exports = entries.filter((e) => e.title === `Elements/ms-${name}` && e.type === 'story').map((e) => e.exportName);
    assert.deepEqual(
      wanted.filter((s) => !exports.includes(s)),
      [],
      `ms-${name} lacks stories`,
    );
  }
});

test('the guides are there: Introduction, Theming, Content packs, Embeds', () => {
  const docs = load()
    .filter((e) => e.type === 'docs' && !e.title.startsWith('Elements/'))
    .map((e) => e.title)
    .sort();
  assert.deepEqual(docs, ['Guides/Content packs', 'Guides/Embeds', 'Guides/Theming', 'Introduction']);
});
