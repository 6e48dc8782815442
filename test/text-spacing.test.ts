/**
 * Text spacing (WCAG 1.4.12): a reader's overrides of line height, letter and
 * word spacing, applied to the page with the usual text-spacing bookmarklet,
 * reach the text inside the widgets, and nothing is clipped or overlaps.
 *
 * The bookmarklet's `* { … !important }` matches the widget's own element but
 * nothing inside its shadow root: what is inside gets the values only by
 * inheritance, so the widgets must not set these properties themselves. (Its
 * paragraph spacing, `p { margin-bottom }`, cannot cross a shadow root at
 * all: margins are not inherited.)
 */
import { expect, html } from '@open-wc/testing';
import '../src/components/article/article.js';
import { deepQueryAll, wrapperFixture } from './support/helpers.js';

/** The text-spacing bookmarklet's stylesheet, as WCAG's understanding document gives it. */
const BOOKMARKLET = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-bottom: 2em !important;
  }
`;

/** Elements the widgets give a line height of their own (headings, set tighter on purpose). */
const OWN_LINE_HEIGHT = /^h[1-6]$/;

const rendered = (el: Element) => el.getClientRects().length > 0;
const hasOwnText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
/** Every rendered element inside the widget's shadow root and the shadow roots of the widgets in it. */
const inShadow = (widget: Element) => deepQueryAll(widget.shadowRoot!, '*').filter((el) => rendered(el) && el.localName !== 'style');
const label = (el: Element) => `${(el.getRootNode() as ShadowRoot).host.localName} ${el.localName} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
const px = (value: string) => parseFloat(value);

/** Line height in px divided by font size in px: NaN for `normal`. */
const lineHeightRatio = (el: Element) => {
  const style = getComputedStyle(el);
  return px(style.lineHeight) / px(style.fontSize);
};

/** Anything clipped: a box that hides overflow with more content than room, or sibling boxes that overlap. */
function clipped(widget: Element): string[] {
  const problems: string[] = [];
  const elements = inShadow(widget);
  for (const el of elements) {
    const style = getComputedStyle(el);
    const hides = (overflow: string) => overflow !== 'visible';
    if (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1) problems.push(`${label(el)}: ${el.scrollHeight}px of content in ${el.clientHeight}px`);
    if (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`${label(el)}: ${el.scrollWidth}px wide in ${el.clientWidth}px`);
    // Boxes side by side or one below the other, never one over another.
    // (Inline boxes are left out: a link wrapped over two lines has a
    // bounding box that covers its neighbours on those lines.)
    const children = [...el.children].filter((c) => {
      const { display, position } = getComputedStyle(c);
      return rendered(c) && c.localName !== 'style' && position === 'static' && display !== 'inline' && display !== 'contents';
    });
    for (let i = 0; i < children.length; i++) {
      for (let j = i + 1; j < children.length; j++) {
        const a = children[i].getBoundingClientRect();
        const b = children[j].getBoundingClientRect();
        const overlap = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
        if (overlap > 1) problems.push(`${label(children[i])} overlaps ${label(children[j])} (${overlap.toFixed(0)}px²)`);
      }
    }
  }
  // The page never scrolls sideways because of a widget.
  if (widget.scrollWidth > widget.clientWidth + 1) problems.push(`the widget is ${widget.scrollWidth}px wide in ${widget.clientWidth}px`);
  return problems;
}

for (const width of [320, 800]) {
  describe(`text spacing, the default article at ${width}px`, () => {
    let sheet: HTMLStyleElement;
    beforeEach(() => {
      sheet = document.createElement('style');
      sheet.textContent = BOOKMARKLET;
      document.head.append(sheet);
    });
    afterEach(() => sheet.remove());

    it('the reader\'s line height, letter and word spacing reach the text inside every shadow root', async () => {
      const wrapper = await wrapperFixture(html`<div style="inline-size: ${width}px"><ms-article></ms-article></div>`);
      const article = wrapper.querySelector('ms-article')!;
      const host = getComputedStyle(article);
      expect(host.letterSpacing).to.not.equal('normal');
      const texts = inShadow(article).filter(hasOwnText);
      expect(texts.length).to.be.greaterThan(20);
      const wrong: string[] = [];
      for (const el of texts) {
        const style = getComputedStyle(el);
        // Lengths in em are computed where the bookmarklet sets them (on the
        // widget's element) and inherited as they are.
        if (style.letterSpacing !== host.letterSpacing) wrong.push(`${label(el)}: letter-spacing ${style.letterSpacing}, not ${host.letterSpacing}`);
        if (style.wordSpacing !== host.wordSpacing) wrong.push(`${label(el)}: word-spacing ${style.wordSpacing}, not ${host.wordSpacing}`);
        if (!OWN_LINE_HEIGHT.test(el.localName) && !(lineHeightRatio(el) >= 1.5 - 0.01)) {
          wrong.push(`${label(el)}: line-height ${style.lineHeight} at font-size ${style.fontSize}`);
        }
      }
      expect(wrong).to.deep.equal([]);
    });

    it('nothing is clipped and no text overlaps', async () => {
      const wrapper = await wrapperFixture(html`<div style="inline-size: ${width}px"><ms-article></ms-article></div>`);
      const article = wrapper.querySelector('ms-article')!;
      expect(inShadow(article).length).to.be.greaterThan(50);
      expect(clipped(article)).to.deep.equal([]);
      // Every precaution opened too: the text that a click shows.
      article.shadowRoot!.querySelector('ms-risk-panel')!.setAttribute('open', '');
      await article.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('ms-risk-panel')!.updateComplete;
      expect(clipped(article)).to.deep.equal([]);
    });
  });
}

describe('a readable line height by default', () => {
  const paragraphs = (article: Element) => inShadow(article).filter((el) => el.localName === 'p' && hasOwnText(el));

  // The default is a length (1.5 times the widget's font size), so smaller
  // text inside keeps the lines of its widget, which is more than 1.5 of its own.
  const lineHeights = (article: Element) => paragraphs(article).map((p) => px(getComputedStyle(p).lineHeight));

  it('is 1.5 when the page sets none (line-height: normal)', async () => {
    const wrapper = await wrapperFixture(html`<div style="line-height: normal"><ms-article></ms-article></div>`);
    const article = wrapper.querySelector('ms-article')!;
    const heights = lineHeights(article);
    expect(heights.length).to.be.greaterThan(5);
    for (const height of heights) expect(height).to.be.closeTo(1.5 * px(getComputedStyle(article).fontSize), 0.5);
  });

  it('keeps a larger line height that the page sets, inherited', async () => {
    const wrapper = await wrapperFixture(html`<div style="line-height: 1.8"><ms-article></ms-article></div>`);
    const article = wrapper.querySelector('ms-article')!;
    for (const height of lineHeights(article)) expect(height).to.be.closeTo(1.8 * px(getComputedStyle(article).fontSize), 0.5);
  });

  it('keeps any line height that the page sets on the element itself', async () => {
    const wrapper = await wrapperFixture(html`<div><ms-article style="line-height: 1.3"></ms-article></div>`);
    const article = wrapper.querySelector('ms-article')!;
    // The element's own paragraphs; nested widgets take the same value as well.
    for (const ratio of paragraphs(article).map(lineHeightRatio)) expect(ratio).to.be.closeTo(1.3, 0.01);
  });
});
