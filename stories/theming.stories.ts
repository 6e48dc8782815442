/**
 * Live examples for the Theming page (Theming.mdx): every design token and
 * every part, both read from custom-elements.json.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/index.js';
import { argTypesFromManifest } from '../.storybook/manifest-arg-types.js';
import { manifest } from './support/manifest.js';
import { SOURCE_URL, TOKENS, msElements, pageStyle, settle, tokenStyle, type TokenArgs } from './support/story-kit.js';

/** The token controls, straight from the manifest's @cssprop entries. */
const tokenArgTypes = Object.fromEntries(
  Object.entries(argTypesFromManifest(manifest, 'ms-article')).filter(([key]) => key.startsWith('--ms-')),
);

/** Every tag with every part it documents. */
const partsByTag = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .map((d) => ({ tag: d.tagName as string, parts: (d.cssParts ?? []).map((p) => p.name) }));

const meta = {
  title: 'Guides/Theming',
  argTypes: tokenArgTypes,
  parameters: { controls: { expanded: true } },
} satisfies Meta<TokenArgs>;

export default meta;
type Story = StoryObj<TokenArgs>;

/** A sample of the elements that between them use every token. */
const sample = (style: ReturnType<typeof tokenStyle>) => html`
  <div style=${style}>
    <ms-benefit-list layout="grid" benefits="regeneration-of-myelin immune-system-modulation"></ms-benefit-list>
    <ms-risk-panel></ms-risk-panel>
    <ms-source-list></ms-source-list>
    <ms-disclaimer reviewed="2026-11-25"></ms-disclaimer>
  </div>
`;

/**
 * All seven tokens set on one ancestor, as a page would. Change them in the
 * Controls panel; clear one to see its default.
 */
export const EveryToken: Story = {
  args: {
    '--ms-font-family': "'DejaVu Serif', Georgia, serif",
    '--ms-color-text': '#2b2135',
    '--ms-color-accent': '#8a1c4a',
    '--ms-color-surface': '#fbf4f7',
    '--ms-color-border': '#d9b3c4',
    '--ms-radius': '1rem',
    '--ms-space': '1.5rem',
  },
  render: (args) => sample(tokenStyle(args)),
  play: async ({ canvasElement, args }) => {
    await settle(canvasElement);
    const list = msElements(canvasElement)[0];
    for (const token of TOKENS) {
      await expect(getComputedStyle(list).getPropertyValue(token).trim(), token).toBe(args[token]);
    }
  },
};

/** No token set: the widgets inherit the page's font and colour and derive the rest. */
export const Defaults: Story = {
  render: () => sample(tokenStyle({})),
};

/**
 * Every part of every element, outlined and labelled with its name, using
 * nothing but `::part()` from the page. The CSS is generated from the
 * manifest's @csspart entries.
 */
export const EveryPart: Story = {
  render: () => {
    const label = (part: string) =>
      `content: "${part}"; font: 600 0.75rem/1.4 monospace; color: #ffffff; background: #5b2d8c; padding-inline: 0.25rem;`;
    const css = partsByTag
      .flatMap(({ tag, parts }) =>
        parts.map((part) =>
          // A list is a grid of cards: a label in the flow would take a grid
          // cell, so its label floats at the list's top end instead.
          part === 'list'
            ? `.every-part ${tag}::part(${part}) { outline: 1px dashed #6b3fa0; outline-offset: 2px; position: relative; }
.every-part ${tag}::part(${part})::before { ${label(part)} position: absolute; inset-block-start: -1.1rem; inset-inline-end: 0; }`
            : `.every-part ${tag}::part(${part}) { outline: 1px dashed #6b3fa0; outline-offset: 2px; }
.every-part ${tag}::part(${part})::before { ${label(part)} display: block; inline-size: fit-content; }`,
        ),
      )
      .join('\n');
    // The page's own stylesheet, scoped to this example (a docs page shows
    // every story in one document); built from the manifest, no user input.
    return html`
      ${pageStyle(css)}
      <div class="every-part">
        <ms-section name="introduction" source-url=${SOURCE_URL}></ms-section>
        <ms-benefit-list layout="grid" benefits="regeneration-of-myelin immune-system-modulation" source-url=${SOURCE_URL}></ms-benefit-list>
        <ms-evidence-list source-url=${SOURCE_URL}></ms-evidence-list>
        <ms-risk-panel open source-url=${SOURCE_URL}></ms-risk-panel>
        <ms-source-list source-url=${SOURCE_URL}></ms-source-list>
        <ms-disclaimer reviewed="2026-11-25" next-review="2999-11-25"></ms-disclaimer>
      </div>
    `;
  },
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    // Every part the manifest names for these elements exists in the rendered element.
    for (const el of msElements(canvasElement).filter((e) => e.parentElement?.classList.contains('every-part'))) {
      const documented = partsByTag.find((p) => p.tag === el.localName)?.parts ?? [];
      for (const part of documented) {
        // `link` shows only where a source has a URL (the English pack has none);
        // `overdue` only once the next review date has passed (ms-disclaimer's
        // ReviewOverdue story); `card*` are the cards' own parts, re-exported
        // through `exportparts`.
        if (part === 'link' || part === 'overdue' || part.startsWith('card')) continue;
        await expect(el.shadowRoot?.querySelector(`[part~="${part}"]`), `${el.localName}::part(${part})`).toBeTruthy();
      }
    }
  },
};

/** A clinic brand, set only through the tokens (the toolbar's "Clinic brand" theme). */
export const ClinicBrand: Story = {
  globals: { theme: 'clinic' },
  render: () => sample(tokenStyle({})),
};

/** A dark page: `color-scheme: dark` and light text. No token is needed. */
export const DarkPage: Story = {
  globals: { theme: 'dark' },
  render: () => sample(tokenStyle({})),
};

/**
 * One accent, `#00756f`, on a light and on a dark page: the widgets derive a
 * colour that reads in each scheme (4.5:1 or more, as links need), here on
 * each precaution's edge and the sources' markers. Each copy is titled by its
 * scheme through the heading slot, so the two side by side stay two distinct
 * regions for assistive technology.
 */
export const OneAccentBothSchemes: Story = {
  render: () => html`
    ${(['light', 'dark'] as const).map(
      (scheme) => html`
        <div style="color-scheme: ${scheme}; background: Canvas; color: CanvasText; padding: 1rem; --ms-color-accent: #00756f">
          <ms-risk-panel open source-url=${SOURCE_URL}>
            <span slot="heading">Precautions, on a ${scheme} page</span>
          </ms-risk-panel>
          <ms-source-list source-url=${SOURCE_URL}>
            <span slot="heading">Sources, on a ${scheme} page</span>
          </ms-source-list>
        </div>
      `,
    )}
  `,
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const [light, dark] = [...canvasElement.querySelectorAll<HTMLElement>('ms-risk-panel')].map(
      (panel) => {
        const item = panel.shadowRoot?.querySelector('[part~="item"]');
        return item ? getComputedStyle(item).borderInlineStartColor : '';
      },
    );
    // The same single token gives each scheme its own colour.
    await expect(light).toBeTruthy();
    await expect(light).not.toBe(dark);
  },
};
