import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/components/source-list/source-list.js';
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
  title: 'Elements/ms-source-list',
  component: 'ms-source-list',
  tags: ['autodocs'],
  render: (args) =>
    html`<ms-source-list
      heading-level=${attr(args['heading-level'])}
      style=${tokenStyle(args)}
      source-url=${attr(args['source-url'])}
      ?no-attribution=${args['no-attribution']}
      >${headingSlot(args)}</ms-source-list
    >`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await storyElement(canvasElement);
    const { items } = packOf(el).sources;
    await expect(partTexts(el, 'item')).toEqual(items.map((s) => s.title));
    // Links only where the pack has a confirmed URL, and never carrying a referrer.
    const links = [...(el.shadowRoot?.querySelectorAll('a[part~="link"]') ?? [])];
    await expect(links.map((a) => a.getAttribute('href'))).toEqual(items.flatMap((s) => (s.url ? [s.url] : [])));
    await expect(links.every((a) => a.getAttribute('rel')?.includes('noreferrer'))).toBe(true);
  },
};

export const HeadingLevel1: Story = headingLevelStory(1);
export const HeadingLevel3: Story = headingLevelStory(3);
export const HeadingLevel4: Story = headingLevelStory(4);
export const HeadingLevel5: Story = headingLevelStory(5);
export const HeadingLevel6: Story = headingLevelStory(6);

export const HeadingSlot: Story = headingSlotStory('Read the sources yourself');

export const SourceUrl: Story = sourceUrlStory();
export const NoAttribution: Story = noAttributionStory();

export const InvalidHeadingLevel: Story = invalidHeadingLevelStory();
export const UnknownLanguage: Story = unknownLanguageStory(english().sources.heading);
export const TranslatedPack: Story = translatedPackStory(longText(english().sources.heading));

export const DarkPage: Story = themeStory('dark');
export const ClinicBrand: Story = themeStory('clinic');
export const RightToLeft: Story = themeStory('rtl');
export const EnglishOnRtlPage: Story = themeStory('rtlPage');
export const LongText: Story = themeStory('longText');
export const Narrow320: Story = themeStory('narrow');
