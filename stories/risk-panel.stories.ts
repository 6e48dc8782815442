import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { PRECAUTION_IDS } from '../src/content/ids.js';
import type { MsToggleDetail } from '../src/components/risk-panel/risk-panel.js';
import '../src/components/risk-panel/risk-panel.js';
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

interface Args extends CommonArgs, AttributionArgs {
  open?: boolean;
  collapsed?: boolean;
  /** The `ms-toggle` action (its argType comes from the manifest's @fires); it logs the event's `detail`. */
  onMsToggle?: (detail: MsToggleDetail) => void;
}

const openStates = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll<HTMLDetailsElement>('details[part~="item"]') ?? [])].map((d) => d.open);

const meta = {
  title: 'Elements/ms-risk-panel',
  component: 'ms-risk-panel',
  tags: ['autodocs'],
  render: (args) =>
    html`<ms-risk-panel
      ?open=${args.open}
      ?collapsed=${args.collapsed}
      heading-level=${attr(args['heading-level'])}
      style=${tokenStyle(args)}
      source-url=${attr(args['source-url'])}
      ?no-attribution=${args['no-attribution']}
      @ms-toggle=${(e: CustomEvent<MsToggleDetail>) => args.onMsToggle?.(e.detail)}
      >${headingSlot(args)}</ms-risk-panel
    >`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'Every precaution expanded, as visible as the benefits: the default. Close one to see `ms-toggle` in the Actions panel.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await storyElement(canvasElement);
    await expect(partTexts(el, 'summary')).toEqual(packOf(el).precautions.items.map((p) => p.title));
    await expect(openStates(el)).toEqual([true, true, true, true]);
  },
};

/** Only when the author asks for it (`collapsed`): each precaution folded to its title. */
export const Collapsed: Story = {
  args: { collapsed: true },
  play: async ({ canvasElement }) => {
    const el = await storyElement(canvasElement);
    await expect(openStates(el)).toEqual([false, false, false, false]);
  },
};

/** A reader opens the second precaution of a collapsed panel: `ms-toggle` fires with its id. */
export const ReaderOpensOne: Story = {
  args: { collapsed: true },
  play: async ({ canvasElement, args }) => {
    const el = await storyElement(canvasElement);
    await expect(typeof args.onMsToggle, 'ms-toggle is wired to the Actions panel').toBe('function');
    const events: MsToggleDetail[] = [];
    el.addEventListener('ms-toggle', (e) => events.push(e.detail));
    const summary = el.shadowRoot?.querySelectorAll<HTMLElement>('summary')[1];
    if (!summary) throw new Error('no second summary');
    await userEvent.click(summary);
    await waitFor(() => expect(events).toEqual([{ id: PRECAUTION_IDS[1], open: true }]));
    await expect(openStates(el)).toEqual([false, true, false, false]);
  },
};

export const HeadingLevel1: Story = headingLevelStory(1);
export const HeadingLevel3: Story = headingLevelStory(3);
export const HeadingLevel4: Story = headingLevelStory(4);
export const HeadingLevel5: Story = headingLevelStory(5);
export const HeadingLevel6: Story = headingLevelStory(6);

export const HeadingSlot: Story = headingSlotStory('Before you decide: what the article cautions');

export const SourceUrl: Story = sourceUrlStory();
export const NoAttribution: Story = noAttributionStory();

export const InvalidHeadingLevel: Story = invalidHeadingLevelStory();
export const UnknownLanguage: Story = unknownLanguageStory(english().precautions.intro);
export const TranslatedPack: Story = translatedPackStory(longText(english().precautions.intro));

export const DarkPage: Story = themeStory('dark');
export const ClinicBrand: Story = themeStory('clinic');
export const RightToLeft: Story = themeStory('rtl');
export const EnglishOnRtlPage: Story = themeStory('rtlPage');
export const LongText: Story = themeStory('longText');
export const Narrow320: Story = themeStory('narrow');
/** The long-text, narrow case with every precaution collapsed. */
export const Narrow320Collapsed: Story = { ...themeStory<Args>('narrow'), args: { collapsed: true } };
