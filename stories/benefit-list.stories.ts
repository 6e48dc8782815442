import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { BENEFIT_IDS } from '../src/content/ids.js';
import '../src/components/benefit-list/benefit-list.js';
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
  benefits?: string;
  layout?: string;
}

const title = (el: Element, id: string) => packOf(el).benefits.items.find((b) => b.id === id)?.title;

/** Shows the benefits with these ids, in this order. */
const shows = (ids: readonly string[]): StoryObj<Args>['play'] =>
  async ({ canvasElement }) => {
    const el = await storyElement(canvasElement);
    await expect(partTexts(el, 'item-heading')).toEqual(ids.map((id) => title(el, id)));
  };

const meta = {
  title: 'Elements/ms-benefit-list',
  component: 'ms-benefit-list',
  tags: ['autodocs'],
  render: (args) =>
    html`<ms-benefit-list
      benefits=${attr(args.benefits)}
      layout=${attr(args.layout)}
      heading-level=${attr(args['heading-level'])}
      style=${tokenStyle(args)}
      source-url=${attr(args['source-url'])}
      ?no-attribution=${args['no-attribution']}
      >${headingSlot(args)}</ms-benefit-list
    >`,
  play: shows(BENEFIT_IDS),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const LayoutList: Story = { args: { layout: 'list' } };

export const LayoutGrid: Story = {
  args: { layout: 'grid' },
  parameters: {
    docs: {
      description: {
        story:
          'Cards side by side where the widget has room, in whole rows only: four go 1 × 4, 2 × 2 or 4 × 1, never 3 + 1; three stay one per row until all three fit side by side.',
      },
    },
  },
};

export const OneBenefit: Story = {
  args: { benefits: 'immune-system-modulation' },
  play: shows(['immune-system-modulation']),
};

export const TwoBenefits: Story = {
  args: { benefits: 'regeneration-of-myelin improved-quality-of-life' },
  play: shows(['regeneration-of-myelin', 'improved-quality-of-life']),
};

export const ReversedOrder: Story = {
  args: { benefits: [...BENEFIT_IDS].reverse().join(' ') },
  play: shows([...BENEFIT_IDS].reverse()),
};

export const SubsetInGrid: Story = {
  args: { benefits: 'potential-disease-modification regeneration-of-myelin', layout: 'grid' },
  play: shows(['potential-disease-modification', 'regeneration-of-myelin']),
};

export const HeadingLevel1: Story = headingLevelStory(1);
export const HeadingLevel3: Story = headingLevelStory(3);
export const HeadingLevel4: Story = headingLevelStory(4);
export const HeadingLevel5: Story = headingLevelStory(5);
export const HeadingLevel6: Story = headingLevelStory(6);

export const HeadingSlot: Story = headingSlotStory('What the article lists as benefits');

export const SourceUrl: Story = sourceUrlStory();
export const NoAttribution: Story = noAttributionStory();

export const PartlyUnknownBenefits: Story = badInputStory<Args>(
  { benefits: 'regeneration regeneration-of-myelin' },
  'benefits: "regeneration" is not valid',
  'One unknown id among valid ones: the valid benefit is shown.',
  async (el) => {
    await expect(partTexts(el, 'item-heading')).toEqual([title(el, 'regeneration-of-myelin')]);
  },
);

export const NoKnownBenefits: Story = badInputStory<Args>(
  { benefits: 'myelin' },
  'benefits: "myelin" is not valid',
  "No known id: nothing of the element's own, only the tag's content (a Get code snippet's fallback link; none here).",
  async (el) => {
    await expect(el.shadowRoot?.querySelector('[part~="base"]')).toBeNull();
  },
);

export const InvalidLayout: Story = badInputStory<Args>(
  { layout: 'columns' },
  'layout: "columns" is not valid',
  'An unknown layout falls back to `list`.',
  async (el) => {
    // The reflected attribute keeps the bad value, which the grid rule does not match: one column.
    const list = el.shadowRoot?.querySelector('ul');
    await expect(list).toBeTruthy();
    await expect(getComputedStyle(list as HTMLUListElement).gridTemplateColumns.split(' ')).toHaveLength(1);
    await expect(partTexts(el, 'item')).toHaveLength(BENEFIT_IDS.length);
  },
);

export const InvalidHeadingLevel: Story = invalidHeadingLevelStory();
export const UnknownLanguage: Story = unknownLanguageStory(english().benefits.heading);
export const TranslatedPack: Story = translatedPackStory(longText(english().benefits.heading));

export const DarkPage: Story = themeStory('dark');
export const ClinicBrand: Story = themeStory('clinic');
export const RightToLeft: Story = themeStory('rtl');
export const EnglishOnRtlPage: Story = themeStory('rtlPage');
export const LongText: Story = themeStory('longText');
export const Narrow320: Story = themeStory('narrow');
