/**
 * Pasted tags side by side, a line break between each: before the CDN file
 * defines the elements it takes the waiting inline hosts out of layout, so
 * that Chromium does not restyle them in time that grows with the square of
 * their number (src/shared/out-of-layout.ts; the time is measured by
 * `node scripts/tools/many-cards.js style`, not here). What a page must see,
 * in every engine: every card rendered as a block, no frame with a card
 * hidden, its own adopted sheets and its own display for a host kept, a
 * centred card still centred, hosts that are blocks already left in layout,
 * and a page that broke adoptedStyleSheets still gets its widgets.
 */
import { expect } from '@open-wc/testing';
import en from '../src/content/en.generated.js';
import { deepText, expectNothingWentWrong, load, removeFrames, type Page } from './support/frame.js';

afterEach(removeFrames);

type SiblingsWindow = Page['win'] & { __hiddenFrames: string[]; __pageSheet: CSSStyleSheet; __animationsBefore: (Animation | undefined)[] };

async function loadSiblings(query = ''): Promise<{ page: Page; win: SiblingsWindow; cards: HTMLElement[] }> {
  const page = await load(`/test/pages/siblings.html${query}`, { tags: ['ms-evidence-card', 'ms-disclaimer'] });
  // The watch in test/pages/siblings.js looks at 30 frames. A tab the runner
  // keeps in the background gets no frames (and then none came with a card
  // hidden), so the wait ends after a second at most.
  const frames = new Promise<void>((resolve) => {
    let left = 30;
    const next = () => (--left ? page.win.requestAnimationFrame(next) : resolve());
    page.win.requestAnimationFrame(next);
  });
  await Promise.race([frames, new Promise((resolve) => setTimeout(resolve, 1000))]);
  return { page, win: page.win as SiblingsWindow, cards: [...page.doc.querySelectorAll<HTMLElement>('ms-evidence-card')] };
}

/** Each card shows its own study's text from the article. */
function expectStudies(cards: HTMLElement[], what: string): void {
  cards.forEach((card, i) => {
    const study = en.evidence.items.find((item) => item.id === card.getAttribute('study'))!;
    expect(deepText(card), `${what}: card ${i} (${study.id})`).to.include(study.text);
  });
}

describe('sibling hosts with whitespace between them', () => {
  it('every card renders as a block, and no frame came with a card hidden or a sheet of ours', async () => {
    const { page, win, cards } = await loadSiblings();
    expect(cards).to.have.length(62);
    expectStudies(cards, 'sixty-two siblings');
    const plain = cards.filter((card) => card.id !== 'inline-block');
    expect(plain.map((card) => win.getComputedStyle(card).display)).to.deep.equal(plain.map(() => 'block'));
    // One above the other, each taking the line: blocks, not inline boxes.
    const [first, second] = plain.map((card) => card.getBoundingClientRect());
    expect(second!.top, 'the second card starts below the first').to.be.at.least(first!.bottom);
    expect(win.__hiddenFrames, 'frames with a card hidden or a sheet of ours').to.deep.equal([]);
    expectNothingWentWrong(page.record, 'sixty-two siblings');
  });

  it("keeps the page's own adopted sheets, its own display for a host, and a centred host centred", async () => {
    const { win, page } = await loadSiblings();
    expect(page.doc.adoptedStyleSheets, "the page's adopted sheets, and only them").to.deep.equal([win.__pageSheet]);
    expect(win.getComputedStyle(page.doc.getElementById('inline-block')!).display).to.equal('inline-block');
    const centred = page.doc.getElementById('centred')!.getBoundingClientRect();
    const main = page.doc.querySelector('main')!.getBoundingClientRect();
    expect(centred.width, 'the centred card is narrower than the column').to.be.lessThan(main.width - 100);
    expect(Math.abs(centred.left - main.left - (main.right - centred.right)), 'space left of it against space right of it, px').to.be.lessThan(1);
  });

  it("leaves hosts that are blocks already (a pasted snippet's reserved space) in layout: the page's own animation on each runs on", async () => {
    const { page, win, cards } = await loadSiblings('?reserved');
    expectStudies(cards, 'reserved space');
    const before = win.__animationsBefore;
    expect(before.filter(Boolean), "the page's animations, one per card, before the definition").to.have.length(cards.length);
    // Taken out of layout (display: none), a card's CSS animation would end, and a new one start when it came back.
    expect(cards.filter((card, i) => card.getAnimations()[0] !== before[i]).map((card) => card.getAttribute('study'))).to.deep.equal([]);
    expectNothingWentWrong(page.record, 'reserved space');
  });

  it('a page that broke adoptedStyleSheets still gets every card, with nothing hidden', async () => {
    const { page, win, cards } = await loadSiblings('?broken=adopted');
    expectStudies(cards, 'broken adoptedStyleSheets');
    expect(cards.filter((card) => win.getComputedStyle(card).display === 'none')).to.deep.equal([]);
    expectNothingWentWrong(page.record, 'broken adoptedStyleSheets');
  });
});
