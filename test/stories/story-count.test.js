// Compares the stories Storybook built (storybook-static/index.json, written by
// `npm run build-storybook`, which `npm run test:stories` runs first) with the
// ones the stories files declare, so a story that goes missing fails the run.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const indexPath = new URL('../../storybook-static/index.json', import.meta.url);
const storiesDir = new URL('../../stories/', import.meta.url);

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

/**
 * The stories each file declares, read from its source: every
 * `export const Name: Story` is one story. Nothing here is counted by hand.
 */
const declaredStories = () => {
  const declared = {};
  for (const file of readdirSync(storiesDir).filter((f) => f.endsWith('.stories.ts'))) {
    const source = readFileSync(new URL(file, storiesDir), 'utf8');
    declared[`./stories/${file}`] = [...source.matchAll(/^export const (\w+): Story\b/gm)].map((m) => m[1]).sort();
  }
  return declared;
};

test('every story a stories file declares is built, and nothing else', () => {
  const built = {};
  for (const entry of load()) {
    if (entry.type !== 'story') continue;
    (built[entry.importPath] ??= []).push(entry.exportName);
  }
  for (const names of Object.values(built)) names.sort();
  const declared = declaredStories();
  assert.ok(Object.keys(declared).length >= 10, 'the stories files are found');
  assert.deepEqual(built, declared);
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

test('the docs pages are there: Introduction, the guides, Contributing', () => {
  const docs = load()
    .filter((e) => e.type === 'docs' && !e.title.startsWith('Elements/'))
    .map((e) => e.title)
    .sort();
  assert.deepEqual(docs, [
    'Contributing',
    'Guides/Content packs',
    'Guides/Embeds',
    'Guides/Install',
    'Guides/Performance',
    'Guides/Reliability and security',
    'Guides/Server rendering',
    'Guides/Theming',
    'Guides/Trust and citations',
    'Introduction',
  ]);
});
