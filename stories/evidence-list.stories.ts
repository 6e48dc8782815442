import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { STUDY_IDS } from '../src/content/ids.js';
import '../src/components/evidence-list/evidence-list.js';
import { longText } from './support/pseudo-locales.js';
import {
  attr,
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

type Args = CommonArgs & AttributionArgs;

const meta = {
  title: 'Elements/ms-evidence-list',
  component: 'ms-evidence-list',
  tags: ['autodocs'],
  render: (args) =>
    html`<ms-evidence-list
      heading-level=${attr(args['heading-level'])}
      style=${tokenStyle(args)}
      source-url=${attr(args['source-url'])}
      ?no-attribution=${args['no-attribution']}
      >${headingSlot(args)}</ms-evidence-list
    >`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await storyElement(canvasElement);
    await expect(partTexts(el, 'heading')).toEqual([packOf(el).evidence.heading]);
    await expect(partTexts(el, 'intro')).toEqual([packOf(el).evidence.intro]);
    const pack = packOf(el);
    await expect(partTexts(el, 'card-text')).toEqual(pack.evidence.items.map((s) => s.text));
    // Each card is named in the article's words, never "Study 1", and its check is labelled with who checked and when.
    await expect(partTexts(el, 'card-heading')).toEqual(pack.evidence.items.map((s) => pack.ui.studyNames[s.id]));
    const labels = partTexts(el, 'card-check-label');
    await expect(labels.map((l) => l.startsWith(`${pack.ui.checkedBy}, `))).toEqual(STUDY_IDS.map(() => true));
    // Card headings are one level below the list's heading.
    const cardHeadings = [...(el.shadowRoot ?? el).querySelectorAll('[part~="card-heading"]')];
    await expect(cardHeadings.map((h) => h.localName)).toEqual(STUDY_IDS.map(() => 'h3'));
  },
};

export const HeadingLevel1: Story = headingLevelStory(1);
export const HeadingLevel3: Story = headingLevelStory(3);
export const HeadingLevel4: Story = headingLevelStory(4);
export const HeadingLevel5: Story = headingLevelStory(5);
export const HeadingLevel6: Story = headingLevelStory(6);

export const HeadingSlot: Story = headingSlotStory('What the article cites as evidence');

export const SourceUrl: Story = sourceUrlStory();
export const NoAttribution: Story = noAttributionStory();

export const InvalidHeadingLevel: Story = invalidHeadingLevelStory();
export const UnknownLanguage: Story = unknownLanguageStory(english().evidence.intro);
export const TranslatedPack: Story = translatedPackStory(longText(english().evidence.intro));

export const DarkPage: Story = themeStory('dark');
export const ClinicBrand: Story = themeStory('clinic');
export const RightToLeft: Story = themeStory('rtl');
export const EnglishOnRtlPage: Story = themeStory('rtlPage');
export const LongText: Story = themeStory('longText');
export const Narrow320: Story = themeStory('narrow');
