/**
 * The disclaimer's "review overdue" note is a clearly marked warning, not
 * only bold text: a marker drawn beside it (hidden from assistive
 * technology), a warning colour with 4.5:1 for its text and 3:1 for the
 * marker against what lies beneath, in light and dark, and the text itself.
 * It is a static note (role="note"), not an alert. Paper: test/print.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../src/components/disclaimer/disclaimer.js';
import type { MsDisclaimer } from '../src/components/disclaimer/disclaimer.js';
import en from '../src/content/en.generated.js';
import { composite, contrast, type Rgb } from './support/colour.js';
import { settle } from './support/helpers.js';

const PAGES = {
  light: 'color-scheme: light; background: #ffffff; color: #1a1a1a',
  dark: 'color-scheme: dark; background: #121212; color: #eeeeee',
} as const;

async function overdueDisclaimer(style: string): Promise<{ wrapper: HTMLElement; el: MsDisclaimer }> {
  const wrapper = fixtureSync<HTMLDivElement>(
    html`<div style=${style}><ms-disclaimer reviewed="2020-01-01" next-review="2020-06-01"></ms-disclaimer></div>`,
  );
  await settle(wrapper);
  return { wrapper, el: wrapper.querySelector('ms-disclaimer')! };
}

const noteOf = (el: MsDisclaimer) => el.shadowRoot!.querySelector<HTMLElement>('[part~="overdue"]')!;
const markerOf = (el: MsDisclaimer) => noteOf(el).querySelector<SVGElement>('svg')!;

/** What lies beneath the note: the page's background, then the disclaimer's own surface. */
function backdrop(wrapper: HTMLElement, el: MsDisclaimer): Rgb {
  const aside = el.shadowRoot!.querySelector('aside')!;
  return composite(getComputedStyle(wrapper).backgroundColor, getComputedStyle(aside).backgroundColor);
}

describe('the overdue warning', () => {
  it('is a note with a marker hidden from assistive technology, then the text', async () => {
    const { el } = await overdueDisclaimer(PAGES.light);
    const note = noteOf(el);
    expect(note.getAttribute('role')).to.equal('note');
    expect(note.textContent!.trim()).to.equal(en.ui.reviewOverdue);
    const marker = markerOf(el);
    expect(marker, 'a marker').to.not.equal(null);
    expect(marker.getAttribute('aria-hidden')).to.equal('true');
    expect(note.firstElementChild, 'the marker comes first').to.equal(marker);
    const box = marker.getBoundingClientRect();
    expect(box.width, 'the marker is drawn').to.be.at.least(10);
    expect(box.height).to.be.at.least(10);
    // Beside the text, on its first line.
    const text = document.createRange();
    text.selectNodeContents(note.lastChild!);
    const first = text.getClientRects()[0];
    expect(box.right).to.be.at.most(first.left + 1);
    expect(box.bottom).to.be.greaterThan(first.top);
    expect(box.top).to.be.lessThan(first.bottom);
    await expect(el).to.be.accessible();
  });

  for (const [scheme, style] of Object.entries(PAGES)) {
    it(`${scheme}: the text in a warning colour at 4.5:1 or more, the marker and the edge at 3:1 or more`, async () => {
      const { wrapper, el } = await overdueDisclaimer(style);
      const note = noteOf(el);
      const under = backdrop(wrapper, el);
      const text = composite(getComputedStyle(note).color);
      const body = composite(getComputedStyle(el.shadowRoot!.querySelector('[part~="notice"]')!).color);
      expect(text, 'not the body text colour').to.not.deep.equal(body);
      expect(contrast(text, under), 'text').to.be.at.least(4.5);
      const markerStyle = getComputedStyle(markerOf(el));
      const marker = composite(markerStyle.fill === 'currentcolor' ? markerStyle.color : markerStyle.fill);
      expect(contrast(marker, under), 'marker').to.be.at.least(3);
      const edge = getComputedStyle(note);
      expect(parseFloat(edge.borderInlineStartWidth), 'an edge').to.be.at.least(3);
      expect(contrast(composite(edge.borderInlineStartColor), under), 'edge').to.be.at.least(3);
    });
  }
});
