import { expect, fixtureSync, html } from '@open-wc/testing';
import '../src/components/evidence-card/evidence-card.js';
import { MsEvidenceCard } from '../src/components/evidence-card/evidence-card.js';
import '../src/components/risk-panel/risk-panel.js';
import '../src/components/article/article.js';
import { MsSection } from '../src/components/section/section.js';
import { MsRiskPanel, type MsToggleDetail } from '../src/components/risk-panel/risk-panel.js';
import { PRECAUTION_IDS } from '../src/content/ids.js';
import en from '../src/content/en.generated.js';
import { registerContent } from '../src/content/registry.js';
import type { ContentPack } from '../src/content/types.js';
import { nextTask } from '../src/shared/next-task.js';
import { captureWarnings, deepText, settle, wrapperFixture } from './support/helpers.js';

// Identical widgets share one render (src/shared/shared-render.ts); many
// widgets render in turns, a screenful first (src/shared/render-turns.ts);
// a few widgets, and a widget's parts, render together in one task, however
// slow each render.

/** Each test's widgets differ from every other test's (by `source-url`), so none finds a render kept by another. */
let run = 0;
const fresh = () => `https://example.org/shared-${++run}`;

/** Counts the calls of an element's `render` until `restore()`. */
function countRenders(type: { prototype: { render(): unknown } }) {
  const original = type.prototype.render;
  const counter = {
    calls: 0,
    restore: () => (type.prototype.render = original),
  };
  type.prototype.render = function (this: unknown) {
    counter.calls++;
    return original.call(this);
  };
  return counter;
}

/** Makes every render of an element type take `ms` longer (a slow machine), until `restore()`. */
function slowRenders(type: { prototype: { render(): unknown } }, ms: number) {
  const original = type.prototype.render;
  type.prototype.render = function (this: unknown) {
    const end = performance.now() + ms;
    while (performance.now() < end);
    return original.call(this);
  };
  return { restore: () => (type.prototype.render = original) };
}

/**
 * What `look` sees just after the next animation-frame callback the page
 * asks for, which runs in that frame before its layout and paint (HTML's
 * "update the rendering"). A spy on requestAnimationFrame, gone once it has
 * seen one call; `seen()` rejects when none was asked for within 3 s.
 */
function afterNextFrameCallback<T>(look: () => T) {
  const original = window.requestAnimationFrame;
  const restore = () => (window.requestAnimationFrame = original);
  const after = new Promise<T>((resolve) => {
    window.requestAnimationFrame = (callback) => {
      restore();
      return original.call(window, (time) => {
        callback(time);
        resolve(look());
      });
    };
  });
  const seen = () =>
    Promise.race([after, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no animation-frame callback asked for in 3 s')), 3000))]);
  return { seen, restore };
}

const shadowHtml = (el: Element) => el.shadowRoot!.innerHTML;
const cardsIn = (wrapper: Element) => [...wrapper.querySelectorAll<MsEvidenceCard>('ms-evidence-card')];
const panelsIn = (wrapper: Element) => [...wrapper.querySelectorAll<MsRiskPanel>('ms-risk-panel')];

describe('identical widgets', () => {
  it('render once: the others show a copy equal to that render', async () => {
    const url = fresh();
    const renders = countRenders(MsEvidenceCard);
    try {
      const wrapper = await wrapperFixture(html`<div>
        ${Array.from({ length: 20 }, () => html`<ms-evidence-card study="halt-ms" source-url=${url} no-attribution></ms-evidence-card>`)}
      </div>`);
      const cards = cardsIn(wrapper);
      expect(renders.calls).to.equal(1);
      const first = shadowHtml(cards[0]);
      expect(first).to.contain('The HALT-MS trial');
      for (const card of cards) expect(shadowHtml(card)).to.equal(first);
      // Not one DOM in many places: each copy is a tree of its own.
      expect(cards[1].shadowRoot!.querySelector('article')).not.to.equal(cards[0].shadowRoot!.querySelector('article'));
    } finally {
      renders.restore();
    }
  });

  it('share per attributes: different studies and the attribution each render once', async () => {
    const url = fresh();
    const renders = countRenders(MsEvidenceCard);
    try {
      const wrapper = await wrapperFixture(html`<div>
        ${Array.from({ length: 12 }, (_, i) => html`<ms-evidence-card study=${i % 2 ? 'systematic-review' : 'halt-ms'} source-url=${url}></ms-evidence-card>`)}
      </div>`);
      const cards = cardsIn(wrapper);
      // Two studies linking to the page's attribution, and the last card, which holds it.
      expect(renders.calls).to.equal(3);
      expect(cards[11].id).to.equal('ms-attribution');
      expect(cards[11].shadowRoot!.querySelector('[part="attribution-link"]')).to.equal(null);
      for (const card of cards.slice(0, 11)) {
        expect(card.shadowRoot!.querySelector('[part="attribution-link"]')!.getAttribute('href')).to.equal('#ms-attribution');
        expect(shadowHtml(card)).to.equal(shadowHtml(cards[card.study === 'halt-ms' ? 0 : 1]));
      }
    } finally {
      renders.restore();
    }
  });

  it('copies equal what an element renders on its own, and are accessible', async () => {
    const url = fresh();
    const wrapper = await wrapperFixture(html`<div>
      <ms-evidence-card study="mesenchymal-stem-cells" source-url=${url} no-attribution></ms-evidence-card>
      <ms-evidence-card study="mesenchymal-stem-cells" source-url=${url} no-attribution></ms-evidence-card>
    </div>`);
    const [first, copy] = cardsIn(wrapper);
    // A render of its own: the copy changes its study and back, and so renders through Lit.
    const own = await wrapperFixture(html`<div><ms-evidence-card study="halt-ms" source-url=${url} no-attribution></ms-evidence-card></div>`);
    const alone = cardsIn(own)[0];
    alone.study = 'mesenchymal-stem-cells';
    await alone.updateComplete;
    expect(shadowHtml(copy)).to.equal(shadowHtml(first));
    expect(shadowHtml(alone)).to.equal(shadowHtml(copy));
    expect(deepText(copy)).to.equal(deepText(alone));
    await expect(copy).to.be.accessible();
  });

  it('an attribute changed on one copy renders that one again, and only it', async () => {
    const url = fresh();
    const wrapper = await wrapperFixture(html`<div>
      ${Array.from({ length: 6 }, () => html`<ms-evidence-card study="halt-ms" source-url=${url} no-attribution></ms-evidence-card>`)}
    </div>`);
    const cards = cardsIn(wrapper);
    const before = shadowHtml(cards[0]);
    const renders = countRenders(MsEvidenceCard);
    try {
      cards[3].setAttribute('study', 'systematic-review');
      await settle(wrapper);
      expect(renders.calls).to.equal(1);
      expect(cards[3].shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.contain('The systematic review and meta-analysis');
      expect(cards[3].shadowRoot!.querySelectorAll('article')).to.have.length(1);
      for (const card of cards.filter((_, i) => i !== 3)) expect(shadowHtml(card)).to.equal(before);
      // …and back: it shows the halt-ms card again, as its own render.
      cards[3].setAttribute('study', 'halt-ms');
      await settle(wrapper);
      expect(shadowHtml(cards[3])).to.equal(before);
    } finally {
      renders.restore();
    }
  });

  it('the parts inside a widget are not shared: a second article renders its own sections', async () => {
    const renders = countRenders(MsSection);
    try {
      const wrapper = await wrapperFixture(html`<div>
        <ms-article no-attribution></ms-article>
        <ms-article no-attribution></ms-article>
      </div>`);
      const sections = [...wrapper.querySelectorAll('ms-article')].flatMap((a) => [...a.shadowRoot!.querySelectorAll('ms-section')]);
      expect(sections.length, 'sections in the two articles').to.be.greaterThan(4);
      expect(renders.calls, 'each section rendered through Lit, none a copy').to.equal(sections.length);
      const [first, second] = [...wrapper.querySelectorAll('ms-article')];
      expect(deepText(second)).to.equal(deepText(first));
    } finally {
      renders.restore();
    }
  });

  it('a pack registered later reaches every copy', async () => {
    const url = fresh();
    const lang = `en-x-share${run}`;
    const warnings = captureWarnings();
    try {
      const wrapper = await wrapperFixture(html`<div lang=${lang}>
        ${Array.from({ length: 8 }, () => html`<ms-evidence-card study="halt-ms" source-url=${url} no-attribution></ms-evidence-card>`)}
      </div>`);
      const cards = cardsIn(wrapper);
      const pack: ContentPack = structuredClone(en);
      pack.lang = lang;
      pack.ui.studyNames['halt-ms'] = 'The HALT-MS trial (edited)';
      registerContent(lang, pack);
      await settle(wrapper);
      for (const card of cards) {
        expect(card.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.contain('The HALT-MS trial (edited)');
        expect(card.shadowRoot!.querySelector('article')!.getAttribute('lang')).to.equal(lang);
      }
      expect(shadowHtml(cards[7])).to.equal(shadowHtml(cards[0]));
    } finally {
      warnings.restore();
    }
  });
});

describe('identical risk panels', () => {
  /** Records the ms-toggle events that reach `target`. */
  function record(target: EventTarget) {
    const events: Array<{ from: EventTarget | null; detail: MsToggleDetail }> = [];
    const listener = (e: Event) => events.push({ from: e.target, detail: (e as CustomEvent<MsToggleDetail>).detail });
    target.addEventListener('ms-toggle', listener);
    return { events, stop: () => target.removeEventListener('ms-toggle', listener) };
  }
  /** `toggle` comes in a later task. */
  const tasks = async (n = 5) => {
    for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r));
  };

  it('render once, and each copy toggles and fires ms-toggle on its own', async () => {
    const url = fresh();
    const renders = countRenders(MsRiskPanel);
    const rec = record(document);
    try {
      const wrapper = await wrapperFixture(html`<div>
        ${Array.from({ length: 3 }, () => html`<ms-risk-panel collapsed source-url=${url} no-attribution></ms-risk-panel>`)}
      </div>`);
      await tasks();
      const panels = panelsIn(wrapper);
      expect(renders.calls).to.equal(1);
      expect(rec.events).to.deep.equal([]);
      expect(shadowHtml(panels[2])).to.equal(shadowHtml(panels[0]));

      panels[2].shadowRoot!.querySelectorAll('summary')[1].click();
      await tasks();
      expect(rec.events).to.deep.equal([{ from: panels[2], detail: { id: 'treatment-risks', open: true } }]);
      expect([...panels[2].shadowRoot!.querySelectorAll('details')].map((d) => d.open)).to.deep.equal([false, true, false, false]);
      expect([...panels[1].shadowRoot!.querySelectorAll('details')].map((d) => d.open)).to.deep.equal([false, false, false, false]);

      // An attribute on a copy: it renders on its own and tells of each change.
      rec.events.length = 0;
      panels[1].removeAttribute('collapsed');
      await tasks();
      expect(rec.events).to.deep.equal(PRECAUTION_IDS.map((id) => ({ from: panels[1], detail: { id, open: true } })));
      expect(renders.calls).to.equal(2);
    } finally {
      rec.stop();
      renders.restore();
    }
  });
});

describe('many widgets', () => {
  it('a widget\'s parts render with it, in one frame, even when each part is slow', async () => {
    // Each section's render takes 40 ms, over a render turn's 30 ms budget:
    // turns would show the article with some of its parts missing, and the
    // page below it would move as they came in.
    const slow = slowRenders(MsSection, 40);
    const frames: string[] = [];
    let watching = true;
    const parts = (article: Element) => [...article.shadowRoot!.querySelectorAll<MsSection>('ms-section, ms-benefit-list, ms-evidence-list, ms-risk-panel, ms-source-list, ms-disclaimer')];
    try {
      const wrapper = fixtureSync(html`<div></div>`);
      const article = document.createElement('ms-article') as HTMLElement & { hasUpdated: boolean; updateComplete: Promise<unknown> };
      const watch = () => {
        if (!watching) return;
        if (article.hasUpdated) frames.push(`${parts(article).filter((p) => p.hasUpdated).length}/${parts(article).length}`);
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
      wrapper.append(article);
      await article.updateComplete;
      await Promise.all(parts(article).map((p) => p.updateComplete));
      await settle(article.shadowRoot!);
      expect(parts(article).length, 'the article\'s parts').to.be.greaterThan(5);
      const whole = `${parts(article).length}/${parts(article).length}`;
      expect(frames.filter((f) => f !== whole), 'frames that showed the article without all its parts').to.deep.equal([]);
    } finally {
      watching = false;
      slow.restore();
    }
  });

  it('a few widgets render together in one task, however slow each render', async () => {
    const slow = slowRenders(MsEvidenceCard, 40);
    try {
      const wrapper = fixtureSync(html`<div></div>`);
      // Three different cards, none a copy of another: each renders through Lit.
      wrapper.innerHTML = ['halt-ms', 'mesenchymal-stem-cells', 'systematic-review']
        .map((study) => `<ms-evidence-card study="${study}" source-url="${fresh()}"></ms-evidence-card>`)
        .join('');
      await new Promise((done) => setTimeout(done));
      expect(cardsIn(wrapper).map((card) => card.hasUpdated), 'all rendered by the next task').to.deep.equal([true, true, true]);
    } finally {
      slow.restore();
    }
  });

  it('render in turns: a screenful in the first frame that shows them, the rest in tasks of their own, in document order', async () => {
    // Each card different from the others (its own source-url) and slow to
    // render, so that each renders through Lit and a turn's time holds few.
    const slow = slowRenders(MsEvidenceCard, 3);
    const wrapper = fixtureSync(html`<div></div>`);
    const total = 100;
    const screenful = Math.ceil(screen.height / 64);
    const seen: number[] = [];
    const order: MsEvidenceCard[] = [];
    const rendered = () => cardsIn(wrapper).filter((card) => card.hasUpdated).length;
    const firstFrame = afterNextFrameCallback(rendered);
    try {
      // A task of the test's own after every turn, queued where the turns
      // queue theirs (nextTask runs its callbacks in the order they came;
      // messages on different channels may come in any order, as WebKit's do).
      const done = new Promise<void>((resolve) => {
        const look = () => {
          seen.push(rendered());
          if (seen.at(-1)! < total) nextTask(look);
          else resolve();
        };
        nextTask(look);
      });
      wrapper.innerHTML = Array.from({ length: total }, () => `<ms-evidence-card study="halt-ms" source-url="${fresh()}"></ms-evidence-card>`).join('\n');
      // What the first turn went by, as this task ends: a page the runner
      // keeps in a background tab is hidden, gets no frames, and takes its
      // first turn in the next task.
      const visible = document.visibilityState === 'visible';
      const cards = cardsIn(wrapper);
      cards.forEach((card) => void card.updateComplete.then(() => order.push(card)));
      if (visible) {
        // Frames can come late on a loaded machine (WebKit's, here, up to
        // half a second): then a timer has rendered the screenful first.
        expect(await firstFrame.seen(), 'rendered in the first frame that shows them').to.be.at.least(Math.min(screenful, total));
      }
      await done;
      await Promise.all(cards.map((card) => card.updateComplete));
      // One of the test's tasks always waits ahead of the next turn's.
      expect(seen.find((n) => n > 0), `the first turn: a screenful (seeing ${seen})`).to.equal(Math.min(screenful, total));
      const between = seen.filter((n) => n > 0 && n < total);
      expect(new Set(between).size, `tasks between turns, seeing ${seen}`).to.be.at.least(3);
      expect(order).to.deep.equal(cards);
      for (const card of cards) expect(card.shadowRoot!.querySelector('article')).not.to.equal(null);
    } finally {
      firstFrame.restore();
      slow.restore();
    }
  });

  it('start at the fragment a page was opened at, and come back to the top last', async () => {
    const slow = slowRenders(MsEvidenceCard, 3);
    const wrapper = fixtureSync(html`<div></div>`);
    const before = location.href;
    try {
      history.replaceState(null, '', '#the%20target');
      const tag = () => `<ms-evidence-card study="halt-ms" source-url="${fresh()}"></ms-evidence-card>`;
      wrapper.innerHTML = `${Array.from({ length: 60 }, tag).join('')}<h2 id="the target">Target</h2>${Array.from({ length: 40 }, tag).join('')}`;
      const cards = cardsIn(wrapper);
      const order: number[] = [];
      cards.forEach((card, i) => void card.updateComplete.then(() => order.push(i)));
      await Promise.all(cards.map((card) => card.updateComplete));
      const fromTarget = [...Array.from({ length: 40 }, (_, i) => 60 + i), ...Array.from({ length: 60 }, (_, i) => i)];
      expect(order).to.deep.equal(fromTarget);
    } finally {
      history.replaceState(null, '', before);
      slow.restore();
    }
  });
});
