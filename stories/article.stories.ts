import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { MsToggleDetail } from '../src/components/risk-panel/risk-panel.js';
import type { MsReviewOverdueDetail } from '../src/components/disclaimer/disclaimer.js';
import '../src/components/article/article.js';
import { longText } from './support/pseudo-locales.js';
import {
  attr,
  badInputStory,
  english,
  headingLevelStory,
  headingSlot,
  headingSlotStory,
  invalidHeadingLevelStory,
  msElements,
  packOf,
  partTexts,
  storyElement,
  themeStory,
  tokenStyle,
  translatedPackStory,
  unknownLanguageStory,
  type CommonArgs,
} from './support/story-kit.js';

interface Args extends CommonArgs {
  reviewed?: string;
  'next-review'?: string;
  /** `ms-review-overdue` from the article's disclaimer (the manifest's @fires). */
  onMsReviewOverdue?: (detail: MsReviewOverdueDetail) => void;
  /** `ms-toggle` from the article's risk panel (the manifest's @fires). */
  onMsToggle?: (detail: MsToggleDetail) => void;
}

const meta = {
  title: 'Elements/ms-article',
  component: 'ms-article',
  tags: ['autodocs'],
  render: (args) =>
    html`<ms-article
      reviewed=${attr(args.reviewed)}
      next-review=${attr(args['next-review'])}
      heading-level=${attr(args['heading-level'])}
      style=${tokenStyle(args)}
      @ms-toggle=${(e: CustomEvent<MsToggleDetail>) => args.onMsToggle?.(e.detail)}
      @ms-review-overdue=${(e: CustomEvent<MsReviewOverdueDetail>) => args.onMsReviewOverdue?.(e.detail)}
      >${headingSlot(args)}</ms-article
    >`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The whole article, in the article's order. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await storyElement(canvasElement);
    await expect(partTexts(el, 'heading')).toEqual([packOf(el).meta.title]);
    const parts = [...(el.shadowRoot?.querySelector('[part~="base"]')?.children ?? [])]
      .filter((c) => c.localName.startsWith('ms-'))
      .map((c) => c.getAttribute('name') ?? c.localName);
    await expect(parts).toEqual([
      'introduction',
      'understanding-ms',
      'conventional-treatments',
      'exploring-stem-cell-therapy',
      'ms-benefit-list',
      'ms-evidence-list',
      'ms-risk-panel',
      'conclusion',
      'ms-source-list',
      'ms-disclaimer',
    ]);
  },
};

/** `reviewed` is passed to the article's disclaimer. */
export const Reviewed: Story = {
  args: { reviewed: '2026-11-25' },
  play: async ({ canvasElement }) => {
    const el = await storyElement(canvasElement);
    const disclaimer = msElements(el.shadowRoot ?? el).find((c) => c.localName === 'ms-disclaimer');
    await expect(disclaimer?.shadowRoot?.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-25');
  },
};

/** Past `next-review`: the article's disclaimer says the review is overdue; the event reaches the page. */
export const ReviewOverdue: Story = {
  args: { reviewed: '2025-05-01', 'next-review': '2026-05-01' },
  play: async ({ canvasElement }) => {
    const el = await storyElement(canvasElement);
    const disclaimer = msElements(el.shadowRoot ?? el).find((c) => c.localName === 'ms-disclaimer');
    await expect(disclaimer?.getAttribute('next-review')).toBe('2026-05-01');
    await expect(disclaimer?.hasAttribute('overdue')).toBe(true);
    await expect(partTexts(disclaimer ?? el, 'overdue')).toEqual([packOf(el).ui.reviewOverdue]);
  },
};

export const InvalidReviewedDate: Story = badInputStory<Args>(
  { reviewed: '25/11/2026' },
  'reviewed: "25/11/2026" is not valid',
  'A date not written as YYYY-MM-DD: the disclaimer hides its "Last reviewed" line.',
  async (el) => {
    const disclaimer = msElements(el.shadowRoot ?? el).find((c) => c.localName === 'ms-disclaimer');
    await expect(disclaimer?.shadowRoot?.querySelector('[part~="reviewed"]')).toBeNull();
  },
);

export const HeadingLevel1: Story = {
  ...headingLevelStory<Args>(1),
  parameters: { docs: { description: { story: 'The article as the page itself: its title is the page `h1`, its parts `h2`.' } } },
};
export const HeadingLevel3: Story = headingLevelStory(3);
export const HeadingLevel4: Story = headingLevelStory(4);
export const HeadingLevel5: Story = headingLevelStory(5);
export const HeadingLevel6: Story = headingLevelStory(6);

export const HeadingSlot: Story = headingSlotStory('Stem cell therapy and MS: the article in full');

/** Closing a precaution inside the article (they start expanded): `ms-toggle` crosses the shadow roots. */
export const PrecautionToggle: Story = {
  play: async ({ canvasElement, args }) => {
    const el = await storyElement(canvasElement);
    await expect(typeof args.onMsToggle, 'ms-toggle is wired to the Actions panel').toBe('function');
    const events: MsToggleDetail[] = [];
    el.addEventListener('ms-toggle', (e) => events.push(e.detail));
    const panel = msElements(el.shadowRoot ?? el).find((c) => c.localName === 'ms-risk-panel');
    const summary = panel?.shadowRoot?.querySelector<HTMLElement>('summary');
    if (!summary) throw new Error('no precaution summary in the article');
    await userEvent.click(summary);
    await waitFor(() => expect(events).toEqual([{ id: 'treatment-selection', open: false }]));
  },
};

export const InvalidHeadingLevel: Story = invalidHeadingLevelStory();
export const UnknownLanguage: Story = unknownLanguageStory(english().meta.title);
export const TranslatedPack: Story = translatedPackStory(longText(english().meta.title));

export const DarkPage: Story = themeStory('dark');
export const ClinicBrand: Story = themeStory('clinic');
export const RightToLeft: Story = themeStory('rtl');
export const EnglishOnRtlPage: Story = themeStory('rtlPage');
export const LongText: Story = themeStory('longText');
export const Narrow320: Story = themeStory('narrow');
