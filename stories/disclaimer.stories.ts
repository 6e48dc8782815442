import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/components/disclaimer/disclaimer.js';
import type { MsReviewOverdueDetail } from '../src/components/disclaimer/disclaimer.js';
import { longText } from './support/pseudo-locales.js';
import {
  attr,
  badInputStory,
  english,
  headingLevelStory,
  headingSlot,
  headingSlotStory,
  invalidHeadingLevelStory,
  longDate,
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
  /** The `ms-review-overdue` action (its argType comes from the manifest's @fires); it logs the event's `detail`. */
  onMsReviewOverdue?: (detail: MsReviewOverdueDetail) => void;
}

/** A date a year from today, so the story's next review never passes. */
const inAYear = (() => {
  const d = new Date();
  d.setFullYear(d.getFullYear() + 1);
  return d.toISOString().slice(0, 10);
})();

const meta = {
  title: 'Elements/ms-disclaimer',
  component: 'ms-disclaimer',
  tags: ['autodocs'],
  render: (args) =>
    html`<ms-disclaimer
      reviewed=${attr(args.reviewed)}
      next-review=${attr(args['next-review'])}
      heading-level=${attr(args['heading-level'])}
      style=${tokenStyle(args)}
      @ms-review-overdue=${(e: CustomEvent<MsReviewOverdueDetail>) => args.onMsReviewOverdue?.(e.detail)}
      >${headingSlot(args)}</ms-disclaimer
    >`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  parameters: { docs: { description: { story: 'Without `reviewed` there is no "Last reviewed" line.' } } },
  play: async ({ canvasElement }) => {
    const el = await storyElement(canvasElement);
    const { ui, meta } = packOf(el);
    await expect(partTexts(el, 'heading')).toEqual([ui.disclaimerLabel]);
    await expect(partTexts(el, 'notice')).toEqual([ui.disclaimer]);
    await expect(partTexts(el, 'attribution')).toEqual([`${ui.attribution} ${meta.title}`]);
    await expect(el.shadowRoot?.querySelector('[part~="reviewed"]')).toBeNull();
  },
};

export const Reviewed: Story = {
  args: { reviewed: '2026-11-25' },
  play: async ({ canvasElement }) => {
    const el = await storyElement(canvasElement);
    await expect(partTexts(el, 'reviewed')).toEqual([`${packOf(el).ui.lastReviewed} ${longDate(el, '2026-11-25')}`]);
    await expect(el.shadowRoot?.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-25');
  },
};

export const NextReview: Story = {
  args: { reviewed: '2026-11-25', 'next-review': inAYear },
  parameters: { docs: { description: { story: '`next-review`: the date the content is next due for review, shown under "Last reviewed".' } } },
  play: async ({ canvasElement }) => {
    const el = await storyElement(canvasElement);
    const { ui } = packOf(el);
    await expect(partTexts(el, 'next-review')).toEqual([`${ui.nextReview} ${longDate(el, inAYear)}`]);
    await expect(el.shadowRoot?.querySelector('[part~="overdue"]')).toBeNull();
    await expect(el.hasAttribute('overdue')).toBe(false);
  },
};

/** Every ms-review-overdue that reaches the page while the story renders. */
const overdueEvents: MsReviewOverdueDetail[] = [];

export const ReviewOverdue: Story = {
  args: { reviewed: '2025-05-01', 'next-review': '2026-05-01' },
  beforeEach: () => {
    overdueEvents.length = 0;
    const record = (e: Event) => overdueEvents.push((e as CustomEvent<MsReviewOverdueDetail>).detail);
    document.addEventListener('ms-review-overdue', record);
    return () => document.removeEventListener('ms-review-overdue', record);
  },
  parameters: {
    docs: {
      description: {
        story:
          'After the `next-review` date: a visible "Review overdue" note, the `overdue` attribute for your own styling or scripts, and one `ms-review-overdue` event (see the Actions panel) for your monitoring.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await storyElement(canvasElement);
    await expect(partTexts(el, 'overdue')).toEqual([packOf(el).ui.reviewOverdue]);
    await expect(el.hasAttribute('overdue')).toBe(true);
    await expect(overdueEvents.map((d) => [d.reviewed, d.nextReview])).toEqual([['2025-05-01', '2026-05-01']]);
  },
};

export const InvalidNextReview: Story = badInputStory<Args>(
  { 'next-review': '2026-13-01' },
  'next-review: "2026-13-01" is not valid',
  'A next review date that does not exist: no "Next review due" line, and nothing is overdue.',
  async (el) => {
    await expect(el.shadowRoot?.querySelector('[part~="next-review"]')).toBeNull();
    await expect(el.shadowRoot?.querySelector('[part~="overdue"]')).toBeNull();
  },
);

export const HeadingLevel1: Story = headingLevelStory(1);
export const HeadingLevel3: Story = headingLevelStory(3);
export const HeadingLevel4: Story = headingLevelStory(4);
export const HeadingLevel5: Story = headingLevelStory(5);
export const HeadingLevel6: Story = headingLevelStory(6);

export const HeadingSlot: Story = headingSlotStory('Please read');

export const InvalidReviewedDate: Story = badInputStory<Args>(
  { reviewed: '2026-02-30' },
  'reviewed: "2026-02-30" is not valid',
  'A date that does not exist: the "Last reviewed" line is hidden.',
  async (el) => {
    await expect(el.shadowRoot?.querySelector('[part~="reviewed"]')).toBeNull();
  },
);

export const InvalidHeadingLevel: Story = invalidHeadingLevelStory();
export const UnknownLanguage: Story = unknownLanguageStory(english().ui.disclaimer);
export const TranslatedPack: Story = translatedPackStory(longText(english().ui.disclaimer));

export const DarkPage: Story = { ...themeStory<Args>('dark'), args: { reviewed: '2026-11-25' } };
export const ClinicBrand: Story = { ...themeStory<Args>('clinic'), args: { reviewed: '2026-11-25' } };
export const RightToLeft: Story = { ...themeStory<Args>('rtl'), args: { reviewed: '2026-11-25' } };
export const EnglishOnRtlPage: Story = { ...themeStory<Args>('rtlPage'), args: { reviewed: '2026-11-25' } };
export const LongText: Story = { ...themeStory<Args>('longText'), args: { reviewed: '2026-11-25' } };
export const Narrow320: Story = { ...themeStory<Args>('narrow'), args: { reviewed: '2026-11-25' } };
