import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { SECTION_IDS, type SectionId } from '../src/content/ids.js';
import '../src/components/section/section.js';
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
  name?: string;
}

const section = (id: SectionId, el?: Element) => {
  const found = (el ? packOf(el) : english()).sections.find((s) => s.id === id);
  if (!found) throw new Error(`No section ${id} in the English pack`);
  return found;
};

/** One story per section name: its heading and paragraphs, verbatim. */
const named = (id: SectionId): StoryObj<Args> => ({
  args: { name: id },
  play: async ({ canvasElement }) => {
    const el = await storyElement(canvasElement);
    await expect(partTexts(el, 'heading')).toEqual([section(id, el).heading]);
    await expect(partTexts(el, 'paragraph')).toEqual(section(id, el).paragraphs);
  },
});

const meta = {
  title: 'Elements/ms-section',
  component: 'ms-section',
  tags: ['autodocs'],
  args: { name: 'introduction' },
  argTypes: {
    // The manifest types `name` as SectionId; offer the valid ids.
    name: { control: { type: 'select' }, options: [...SECTION_IDS] },
  },
  render: (args) =>
    html`<ms-section
      name=${attr(args.name)}
      heading-level=${attr(args['heading-level'])}
      style=${tokenStyle(args)}
      source-url=${attr(args['source-url'])}
      ?no-attribution=${args['no-attribution']}
      >${headingSlot(args)}</ms-section
    >`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Introduction: Story = named('introduction');
export const UnderstandingMs: Story = named('understanding-ms');
export const ConventionalTreatments: Story = named('conventional-treatments');
export const ExploringStemCellTherapy: Story = named('exploring-stem-cell-therapy');
export const Conclusion: Story = named('conclusion');

export const HeadingLevel1: Story = headingLevelStory(1);
export const HeadingLevel3: Story = headingLevelStory(3);
export const HeadingLevel4: Story = headingLevelStory(4);
export const HeadingLevel5: Story = headingLevelStory(5);
export const HeadingLevel6: Story = headingLevelStory(6);

export const HeadingSlot: Story = headingSlotStory('Where the article starts');

export const SourceUrl: Story = sourceUrlStory();
export const NoAttribution: Story = noAttributionStory();

export const UnknownName: Story = badInputStory<Args>(
  { name: 'summary' },
  'name: "summary" is not valid',
  "An unknown section name: nothing of the element's own, only the tag's content (a Get code snippet's fallback link; none here).",
  async (el) => {
    await expect(el.shadowRoot?.querySelector('[part~="base"]')).toBeNull();
  },
);

export const MissingName: Story = badInputStory<Args>(
  { name: undefined },
  'name: "" is not valid',
  "No `name` at all: nothing of the element's own, only the tag's content (none here).",
  async (el) => {
    await expect(el.shadowRoot?.querySelector('[part~="base"]')).toBeNull();
  },
);

export const InvalidHeadingLevel: Story = invalidHeadingLevelStory();
export const UnknownLanguage: Story = unknownLanguageStory(section('introduction').heading);
export const TranslatedPack: Story = translatedPackStory(longText(section('introduction').heading));

export const DarkPage: Story = themeStory('dark');
export const ClinicBrand: Story = themeStory('clinic');
export const RightToLeft: Story = themeStory('rtl');
export const EnglishOnRtlPage: Story = themeStory('rtlPage');
export const LongText: Story = themeStory('longText');
export const Narrow320: Story = themeStory('narrow');
