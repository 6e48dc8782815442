/**
 * Live examples for the Content packs page (ContentPacks.mdx): a translation
 * registered at run time, a clinic's edited pack, and what a rejected pack
 * looks like. Every pack here is the English one transformed; no text is
 * invented.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/index.js';
import { getContent, registerContent, type ContentPack } from '../src/content/index.js';
import { LONG_LOCALE, longText, longTextPack, transformPack } from './support/pseudo-locales.js';
import { english, partTexts, settle, msElements } from './support/story-kit.js';

const meta = {
  title: 'Guides/Content packs',
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A page registers a translation; elements under `lang="en-XA"` use it. */
export const RegisterTranslation: Story = {
  beforeEach: () => registerContent(LONG_LOCALE, longTextPack()),
  render: () => html`<div lang=${LONG_LOCALE}><ms-benefit-list benefits="regeneration-of-myelin"></ms-benefit-list></div>`,
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const [list] = msElements(canvasElement);
    await expect(partTexts(list, 'heading')).toEqual([longText(english().benefits.heading)]);
  },
};

/** Sentence case: "Benefits of Stem Cell Therapy" → "Benefits of stem cell therapy". */
const sentenceCase = (heading: string) => heading.charAt(0) + heading.slice(1).toLowerCase();

/**
 * A clinic's house style applied to the English pack: headings in sentence
 * case, every sentence of the article unchanged. Registered here as
 * `en-x-clinic` so the other stories keep the original; a clinic would
 * register it as `en`.
 */
function clinicPack(): ContentPack {
  const en = english();
  const pack = structuredClone(en);
  pack.lang = 'en';
  // Its own content: no hash of the English text, and no review date that nobody set.
  pack.meta = { title: sentenceCase(en.meta.title), version: `${en.meta.version}-clinic`, reviewed: null, nextReview: null };
  pack.sections = en.sections.map((s) => ({ ...s, heading: sentenceCase(s.heading) }));
  pack.benefits.heading = sentenceCase(en.benefits.heading);
  pack.evidence.heading = sentenceCase(en.evidence.heading);
  pack.precautions.heading = sentenceCase(en.precautions.heading);
  return pack;
}

export const ClinicEditedPack: Story = {
  beforeEach: () => registerContent('en-x-clinic', clinicPack()),
  render: () => html`<div lang="en-x-clinic">
    <ms-section name="exploring-stem-cell-therapy"></ms-section>
    <ms-benefit-list benefits="regeneration-of-myelin"></ms-benefit-list>
  </div>`,
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const [section, list] = msElements(canvasElement);
    await expect(partTexts(section, 'heading')).toEqual(['Exploring stem cell therapy']);
    await expect(partTexts(list, 'heading')).toEqual([sentenceCase(english().benefits.heading)]);
  },
};

/** What registerContent throws for each broken pack: the message names the field. */
const broken: Array<{ label: string; pack: () => unknown }> = [
  {
    label: 'A source URL that is not http or https',
    pack: () => {
      const pack = structuredClone(english());
      pack.sources.items[0].url = 'javascript:alert(1)';
      return pack;
    },
  },
  {
    label: 'A benefit missing from the list',
    pack: () => {
      const pack = structuredClone(english());
      pack.benefits.items = pack.benefits.items.slice(1);
      return pack;
    },
  },
  {
    label: 'An empty heading',
    pack: () => transformPack(english(), 'fr', 'ltr', (text) => (text === english().precautions.heading ? ' ' : text)),
  },
];

const errorOf = (make: () => unknown) => {
  try {
    registerContent('fr', make());
    return 'registered (unexpected)';
  } catch (e) {
    return String(e);
  }
};

export const RejectedPacks: Story = {
  render: () => html`<dl>
    ${broken.map(
      ({ label, pack }) => html`<dt>${label}</dt>
        <dd><pre style="white-space: pre-wrap"><code>${errorOf(pack)}</code></pre></dd>`,
    )}
  </dl>`,
  play: async ({ canvasElement }) => {
    const messages = [...canvasElement.querySelectorAll('code')].map((c) => c.textContent);
    await expect(messages).toEqual([
      'TypeError: registerContent("fr"): pack.sources.items[0].url must be null or an absolute http or https URL',
      expect.stringContaining('TypeError: registerContent("fr"): pack.benefits.items must be a list holding every id'),
      'TypeError: registerContent("fr"): pack.precautions.heading must be a non-empty string',
    ]);
    // Nothing was registered.
    await expect(getContent('fr')).toBeUndefined();
  },
};
