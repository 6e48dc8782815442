/**
 * Shared pieces of the element stories: the args every element has, how they
 * become markup, and the states every element is shown in.
 */
import { html, nothing, type LitElement } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Decorator, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { registerContent, resolveContent, type ContentPack } from '../../src/content/index.js';
import { nearestLang } from '../../src/shared/lang.js';
import { LONG_LOCALE, RTL_LOCALE, longTextPack } from './pseudo-locales.js';

/** The public design tokens, as arg keys (see .storybook/manifest-arg-types.ts). */
export const TOKENS = [
  '--ms-font-family',
  '--ms-color-text',
  '--ms-color-accent',
  '--ms-color-surface',
  '--ms-color-border',
  '--ms-radius',
  '--ms-space',
] as const;
export type TokenArgs = Partial<Record<(typeof TOKENS)[number], string>>;

/** Args every element takes: heading-level, the heading slot and the tokens. */
export interface CommonArgs extends TokenArgs {
  'heading-level'?: number | string;
  'slot-heading'?: string;
}

/** Args of the elements that end with the attribution footer (all but ms-article and ms-disclaimer). */
export interface AttributionArgs {
  'source-url'?: string;
  'no-attribution'?: boolean;
}

/** The page a story's footer links to: a made-up clinic page on a reserved domain. */
export const SOURCE_URL = 'https://clinic.example/stem-cell-therapy-ms#sources';

/** An attribute value, or no attribute at all when unset or empty. */
export const attr = (value: unknown) =>
  value === undefined || value === null || value === '' || value === false ? nothing : String(value);

/** Token args as an inline style on the element, like a page would set them. */
export const tokenStyle = (args: TokenArgs) => {
  const decls = TOKENS.filter((t) => args[t]).map((t) => `${t}: ${args[t]}`);
  return decls.length ? decls.join('; ') : nothing;
};

/** The `heading` slot's content, when the story gives one. */
export const headingSlot = (args: CommonArgs) =>
  args['slot-heading'] ? html`<span slot="heading">${args['slot-heading']}</span>` : nothing;

/** A page's own stylesheet, written by the story (never user input). */
export const pageStyle = (css: string) => unsafeHTML(`<style>${css}</style>`);

/** Every ms-* element under `root`, through shadow roots, outermost first. */
export function msElements(root: ParentNode): LitElement[] {
  const found: LitElement[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('ms-')) found.push(el as LitElement);
    if (el.shadowRoot) found.push(...msElements(el.shadowRoot));
  }
  return found;
}

/** Waits until every ms-* element (nested ones too) has finished rendering. */
export async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const done = await Promise.all(msElements(root).map((el) => el.updateComplete));
    const again = msElements(root).length !== done.length;
    if (done.every(Boolean) && !again) return;
  }
}

/** The first ms-* element of the story, rendered. */
export async function storyElement(canvas: HTMLElement): Promise<LitElement> {
  await settle(canvas);
  const [el] = msElements(canvas);
  await expect(el, 'the story renders an ms-* element').toBeTruthy();
  return el;
}

/** The shadow root's text without extra white space. */
export const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

type Story<A> = StoryObj<A>;

/** Records console.warn calls between the story's render and its play function. */
function warningRecorder() {
  const warnings: string[] = [];
  const beforeEach = () => {
    warnings.length = 0;
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      original.apply(console, args);
    };
    return () => {
      console.warn = original;
    };
  };
  return { warnings, beforeEach };
}

/**
 * Bad input: the element gets `args`, logs exactly the warnings that name
 * `expected` and renders what is valid (checked by `check`).
 */
export function badInputStory<A extends CommonArgs>(
  args: Partial<A>,
  expected: string,
  description: string,
  check?: (el: LitElement) => Promise<void>,
): Story<A> {
  const recorder = warningRecorder();
  return {
    args,
    beforeEach: recorder.beforeEach,
    parameters: { docs: { description: { story: `${description} One console warning: \`${expected}\`.` } } },
    play: async ({ canvasElement }) => {
      const el = await storyElement(canvasElement);
      await expect(recorder.warnings.filter((w) => w.includes(expected))).toHaveLength(1);
      await check?.(el);
    },
  };
}

/** The element's own heading is an `h<level>`; inner headings are one deeper (at most 6). */
export function headingLevelStory<A extends CommonArgs>(level: number): Story<A> {
  return {
    args: { 'heading-level': level } as Partial<A>,
    play: async ({ canvasElement }) => {
      const el = await storyElement(canvasElement);
      const root = el.shadowRoot;
      await expect(root?.querySelector(`h${level}[part~="heading"]`)).toBeTruthy();
      // Everything below the element's own heading is one level deeper, at most 6:
      // its inner headings and the headings of the elements it is built from.
      const inner = `H${Math.min(level + 1, 6)}`;
      const headings = [...(root?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? [])].filter((h) => h.id !== 'heading');
      const composed = msElements(root ?? el)
        .filter((c) => c.getRootNode() === root)
        .map((c) => c.shadowRoot?.querySelector('[part~="heading"]'))
        .filter((h) => h != null);
      await expect([...headings, ...composed].map((h) => h.tagName).filter((t) => t !== inner)).toEqual([]);
    },
  };
}

export function invalidHeadingLevelStory<A extends CommonArgs>(): Story<A> {
  return badInputStory<A>(
    { 'heading-level': 7 } as Partial<A>,
    'heading-level: "7" is not valid',
    'An out-of-range `heading-level` falls back to 2.',
    async (el) => {
      await expect(el.shadowRoot?.querySelector('h2[part~="heading"]')).toBeTruthy();
    },
  );
}

export function headingSlotStory<A extends CommonArgs>(text: string): Story<A> {
  return {
    args: { 'slot-heading': text } as Partial<A>,
    play: async ({ canvasElement }) => {
      const el = await storyElement(canvasElement);
      const slot = el.shadowRoot?.querySelector<HTMLSlotElement>('[part~="heading"] slot[name="heading"]');
      await expect(slot?.assignedNodes().map((n) => n.textContent).join('')).toBe(text);
    },
  };
}

const inLang =
  <A>(lang: string): Decorator<A> =>
  (story) =>
    html`<div lang=${lang}>${story()}</div>`;

/**
 * A page in a language without a pack (German): the element shows English,
 * marked `lang="en"`, and the page gets one warning for the whole page.
 */
export function unknownLanguageStory<A extends CommonArgs>(englishText: string): Story<A> {
  return {
    decorators: [inLang<A>('de')],
    parameters: {
      docs: {
        description: {
          story:
            'Inside `<div lang="de">` with no German pack registered: English is shown and marked `lang="en"`; the page logs one warning per language.',
        },
      },
    },
    play: async ({ canvasElement }) => {
      const el = await storyElement(canvasElement);
      await expect(shadowText(el)).toContain(englishText);
      await expect(el.shadowRoot?.querySelector('[lang="en"]')).toBeTruthy();
    },
  };
}

/**
 * A translation registered by the page at run time, here the long-text
 * pseudo-translation made from the English pack. The element picks it up
 * from the nearest `lang`.
 */
export function translatedPackStory<A extends CommonArgs>(translatedText: string): Story<A> {
  return {
    beforeEach: () => registerContent(LONG_LOCALE, longTextPack()),
    decorators: [inLang<A>(LONG_LOCALE)],
    parameters: {
      docs: {
        description: {
          story: `\`registerContent('${LONG_LOCALE}', pack)\` at run time, with a pack made by transforming the English one (stories/support/pseudo-locales.ts); the element sits in \`lang="${LONG_LOCALE}"\`.`,
        },
      },
    },
    play: async ({ canvasElement }) => {
      const el = await storyElement(canvasElement);
      await expect(shadowText(el)).toContain(translatedText);
    },
  };
}

/** Nothing inside any ms-* element sticks out sideways (reflow, WCAG 1.4.10). */
async function noSidewaysOverflow(canvas: HTMLElement) {
  await settle(canvas);
  for (const el of msElements(canvas)) {
    await expect(el.scrollWidth, `<${el.localName}> overflows sideways`).toBeLessThanOrEqual(el.clientWidth + 1);
  }
}

/** The same story under each toolbar setting that changes the look. */
export function themeStory<A extends CommonArgs>(
  kind: 'dark' | 'clinic' | 'rtl' | 'rtlPage' | 'longText' | 'narrow',
): Story<A> {
  const host = { theme: 'host', dir: 'ltr', lang: 'en', width: 0 };
  const settings = {
    dark: { globals: { theme: 'dark' }, expected: { ...host, theme: 'dark' } },
    clinic: { globals: { theme: 'clinic' }, expected: { ...host, theme: 'clinic' } },
    rtl: { globals: { locale: RTL_LOCALE }, expected: { ...host, dir: 'rtl', lang: RTL_LOCALE } },
    // English on a right-to-left page: the widget keeps its pack's direction.
    rtlPage: { globals: { dir: 'rtl' }, expected: { ...host, dir: 'rtl' } },
    longText: { globals: { locale: LONG_LOCALE }, expected: { ...host, lang: LONG_LOCALE } },
    narrow: {
      globals: { viewport: { value: 'narrow', isRotated: false }, locale: LONG_LOCALE },
      expected: { ...host, lang: LONG_LOCALE, width: 320 },
    },
  }[kind];
  return {
    globals: settings.globals,
    play: async ({ canvasElement, viewMode }) => {
      // The toolbar setting reached the stand-in host page (on the story's own
      // canvas; a docs page shows many stories in one frame)...
      if (viewMode === 'story') {
        const page = canvasElement.querySelector<HTMLElement>('.host-page');
        const { theme, dir, lang, width } = settings.expected;
        await expect([page?.dataset.theme, page?.dir, page?.lang]).toEqual([theme, dir, lang]);
        if (width) await expect(window.innerWidth).toBe(width);
      }
      // ...and nothing sticks out sideways in it.
      await noSidewaysOverflow(canvasElement);
    },
  };
}

/** The text of every `[part~=name]` in the element's shadow root, in order. */
export const partTexts = (el: Element, part: string) =>
  [...(el.shadowRoot?.querySelectorAll(`[part~="${part}"]`) ?? [])].map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim());

/**
 * The pack an element shows: the one for its nearest `lang`, as the element
 * picks it. Plays compare against this, so they pass in every toolbar locale.
 */
export const packOf = (el: Element): ContentPack => resolveContent(nearestLang(el) || 'en').pack;

/** A date as the element writes it for its language. */
export const longDate = (el: Element, iso: string) =>
  new Intl.DateTimeFormat(nearestLang(el) || 'en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** The English pack, for expectations. */
export { english } from './pseudo-locales.js';

/** The attribution footer's text as a line: the title, "educational, not medical advice" and, with a link, its words. */
const footerLine = (el: Element, link: boolean) => {
  const { meta, ui } = packOf(el);
  return `${ui.attribution} ${meta.title}. ${ui.notAdvice}${link ? ` ${ui.sourcesLink}` : ''}`;
};

/** `source-url`: the footer links to the page with the sources and the disclaimer. */
export function sourceUrlStory<A extends CommonArgs & AttributionArgs>(): Story<A> {
  return {
    args: { 'source-url': SOURCE_URL } as Partial<A>,
    parameters: {
      docs: {
        description: {
          story:
            'Shown on its own, the element ends with an attribution line (part `footer`); `source-url` adds a link to the page with the sources and the disclaimer, e.g. your article page.',
        },
      },
    },
    play: async ({ canvasElement }) => {
      const el = await storyElement(canvasElement);
      await expect(partTexts(el, 'footer')).toEqual([footerLine(el, true)]);
      const link = el.shadowRoot?.querySelector('a[part~="source-link"]');
      await expect(link?.getAttribute('href')).toBe(SOURCE_URL);
    },
  };
}

/** `no-attribution`: the one way to leave the footer out. */
export function noAttributionStory<A extends CommonArgs & AttributionArgs>(): Story<A> {
  return {
    args: { 'no-attribution': true } as Partial<A>,
    parameters: {
      docs: {
        description: {
          story:
            '`no-attribution` leaves the attribution line out. Only for pages that show the same attribution and disclaimer next to the widget themselves.',
        },
      },
    },
    play: async ({ canvasElement }) => {
      const el = await storyElement(canvasElement);
      await expect(el.shadowRoot?.querySelector('[part~="footer"]')).toBeNull();
      await expect(el.shadowRoot?.querySelector('[part~="base"]')).toBeTruthy();
    },
  };
}
