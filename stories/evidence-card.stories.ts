import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import citations from '../content/citations.json';
import { STUDY_IDS, type StudyId } from '../src/content/ids.js';
import '../src/components/evidence-card/evidence-card.js';
import { longText } from './support/pseudo-locales.js';
import {
  attr,
  badInputStory,
  english,
  headingLevelStory,
  headingSlot,
  headingSlotStory,
  invalidHeadingLevelStory,
  packOf,
  partTexts,
  storyElement,
  themeStory,
  tokenStyle,
  translatedPackStory,
  unknownLanguageStory,
  noAttributionStory,
  sourceUrlStory,
  type AttributionArgs,
  type CommonArgs,
} from './support/story-kit.js';

interface Args extends CommonArgs, AttributionArgs {
  study?: string;
}

const studyText = (id: StudyId, el?: Element) => (el ? packOf(el) : english()).evidence.items.find((s) => s.id === id)?.text;

/**
 * One story per study: its name in the article's words ("The HALT-MS
 * trial"), the article's sentence about it, and what was checked
 * (content/citations.json), in a note labelled with who checked and when: the
 * record with its DOI link, where one was confirmed, and the notes, verbatim.
 */
const study = (id: StudyId): StoryObj<Args> => ({
  args: { study: id },
  play: async ({ canvasElement }) => {
    const el = await storyElement(canvasElement);
    const { ui } = packOf(el);
    const checked = citations.studies.find((s) => s.id === id);
    const record = checked?.record;
    await expect(partTexts(el, 'heading')).toEqual([ui.studyNames[id]]);
    // Who checked, then the month (in the pack's language; content/citations.json says November 2026).
    const [label] = partTexts(el, 'check-label');
    await expect(label.startsWith(`${ui.checkedBy}, `)).toBe(true);
    await expect(el.shadowRoot?.querySelector('[part~="check-label"] time')?.getAttribute('datetime')).toBe('2026-11');
    await expect(el.shadowRoot?.querySelector('[part~="check"]')?.getAttribute('role')).toBe('note');
    await expect(partTexts(el, 'text')).toEqual([studyText(id, el)]);
    await expect(partTexts(el, 'record')).toEqual(record ? [`${ui.record} ${record.journal}, ${record.year}, doi:${record.doi}`] : []);
    await expect(el.shadowRoot?.querySelector('a[part~="doi"]')?.getAttribute('href')).toBe(record ? `https://doi.org/${record.doi}` : undefined);
    await expect(partTexts(el, 'note')).toEqual(checked?.differences);
  },
});

const meta = {
  title: 'Elements/ms-evidence-card',
  component: 'ms-evidence-card',
  tags: ['autodocs'],
  args: { study: 'halt-ms' },
  argTypes: {
    // The manifest types `study` as StudyId; offer the valid ids.
    study: { control: { type: 'select' }, options: [...STUDY_IDS] },
  },
  render: (args) =>
    html`<ms-evidence-card
      study=${attr(args.study)}
      heading-level=${attr(args['heading-level'])}
      style=${tokenStyle(args)}
      source-url=${attr(args['source-url'])}
      ?no-attribution=${args['no-attribution']}
      >${headingSlot(args)}</ms-evidence-card
    >`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const HaltMs: Story = study('halt-ms');
export const MesenchymalStemCells: Story = study('mesenchymal-stem-cells');
export const SystematicReview: Story = study('systematic-review');

export const HeadingLevel1: Story = headingLevelStory(1);
export const HeadingLevel3: Story = headingLevelStory(3);
export const HeadingLevel4: Story = headingLevelStory(4);
export const HeadingLevel5: Story = headingLevelStory(5);
export const HeadingLevel6: Story = headingLevelStory(6);

export const HeadingSlot: Story = headingSlotStory('The first study the article cites');

export const SourceUrl: Story = sourceUrlStory();
export const NoAttribution: Story = noAttributionStory();

export const UnknownStudy: Story = badInputStory<Args>(
  { study: 'halt' },
  'study: "halt" is not valid',
  "An unknown study id: nothing of the element's own, only the tag's content (a Get code snippet's fallback link; none here).",
  async (el) => {
    await expect(el.shadowRoot?.querySelector('[part~="base"]')).toBeNull();
  },
);

export const MissingStudy: Story = badInputStory<Args>(
  { study: undefined },
  'study: "" is not valid',
  "No `study` at all: nothing of the element's own, only the tag's content (none here).",
  async (el) => {
    await expect(el.shadowRoot?.querySelector('[part~="base"]')).toBeNull();
  },
);

export const InvalidHeadingLevel: Story = invalidHeadingLevelStory();
export const UnknownLanguage: Story = unknownLanguageStory(studyText('halt-ms') ?? '');
export const TranslatedPack: Story = translatedPackStory(longText(studyText('halt-ms') ?? ''));

export const DarkPage: Story = themeStory('dark');
export const ClinicBrand: Story = themeStory('clinic');
export const RightToLeft: Story = themeStory('rtl');
export const EnglishOnRtlPage: Story = themeStory('rtlPage');
export const LongText: Story = themeStory('longText');
export const Narrow320: Story = themeStory('narrow');
