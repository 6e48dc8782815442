import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/risk-panel/risk-panel.js';
import type { MsRiskPanel, MsToggleDetail } from '../src/components/risk-panel/risk-panel.js';
import { PRECAUTION_IDS } from '../src/content/ids.js';
import en from '../src/content/en.generated.js';
import { captureWarnings, deepText, footerText, wrapperFixture } from './support/helpers.js';
import { isShown, visibleText } from './support/visible.js';

// The article's precautions, as written in test/fixtures/source-article.txt.
const HEADING = 'Precautions and Considerations';
const INTRO =
  'While stem cell therapy holds promise, it is important to consider certain precautions and potential risks associated with the treatment:';
const ITEMS = [
  {
    id: 'treatment-selection',
    title: 'Treatment Selection',
    text: "The choice of stem cell therapy should be guided by the individual patient's condition, disease stage, and medical history. Not all patients may be suitable candidates for stem cell therapy.",
  },
  {
    id: 'treatment-risks',
    title: 'Treatment Risks',
    text: 'Stem cell therapy carries risks, including infection, bleeding, and adverse reactions to immunosuppressive drugs used during the procedure. Close monitoring and follow-up are crucial.',
  },
  {
    id: 'long-term-safety',
    title: 'Long-Term Safety',
    text: 'The long-term effects and safety of stem cell therapy for multiple sclerosis are still being studied. Continued research is essential to understand the potential risks and benefits fully.',
  },
  {
    id: 'ethical-considerations',
    title: 'Ethical Considerations',
    text: 'Stem cell therapy may involve the use of embryonic stem cells, which raises ethical concerns. However, alternative sources of stem cells, such as adult stem cells, offer a more ethical approach.',
  },
];

const shadow = (el: MsRiskPanel) => el.shadowRoot!;
const detailsOf = (el: MsRiskPanel) => [...shadow(el).querySelectorAll('details')];
const summariesOf = (el: MsRiskPanel) => [...shadow(el).querySelectorAll('summary')];
const openStates = (el: MsRiskPanel) => detailsOf(el).map((d) => d.open);
// Timers, not animation frames: a page in a background tab (wtr runs files
// side by side) may get no frames at all.
const tick = () => new Promise((r) => setTimeout(r, 0));

/** Records every ms-toggle that reaches `target`, with the event itself. */
function recordToggles(target: EventTarget) {
  const events: CustomEvent<MsToggleDetail>[] = [];
  let wake = () => {};
  const listener = (e: Event) => {
    events.push(e as CustomEvent<MsToggleDetail>);
    wake();
  };
  target.addEventListener('ms-toggle', listener);
  return {
    events,
    details: () => events.map((e) => e.detail),
    stop: () => target.removeEventListener('ms-toggle', listener),
    /**
     * `toggle` is dispatched in a later task: resolves once `count` events
     * arrived (rejects after 5 s), then waits a few more tasks so that an
     * unexpected extra event would be recorded too.
     */
    async until(count: number): Promise<void> {
      if (events.length < count) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`expected ${count} ms-toggle events, got ${events.length}`)), 5000);
          wake = () => {
            if (events.length >= count) {
              clearTimeout(timer);
              resolve();
            }
          };
        });
      }
      await quiet();
    },
  };
}

/** Lets queued `toggle` tasks run (e.g. those a panel rendered with `open` queues). */
async function quiet(): Promise<void> {
  for (let i = 0; i < 3; i++) await tick();
}

describe('ms-risk-panel', () => {
  afterEach(() => {
    // Leave no focus behind for the next test's Tab.
    (document.activeElement as HTMLElement | null)?.blur();
  });

  describe('content', () => {
    it('shows the heading, the intro and the four precautions in the article order', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel></ms-risk-panel>`);
      const root = shadow(el);
      const h = root.querySelector('h2')!;
      expect(h.id).to.equal('heading');
      expect(deepText(h)).to.equal(HEADING);
      expect(root.querySelector('[part="intro"]')!.textContent).to.equal(INTRO);
      expect(summariesOf(el).map((s) => s.textContent)).to.deep.equal(ITEMS.map((i) => i.title));
      expect([...root.querySelectorAll('[part="item-text"]')].map((p) => p.textContent)).to.deep.equal(
        ITEMS.map((i) => i.text),
      );
      expect(deepText(el)).to.equal([HEADING, INTRO, ...ITEMS.flatMap((i) => [i.title, i.text]), footerText(en)].join(' '));
    });

    it('takes its words from the English pack, whose ids match the stable ids', () => {
      expect(en.precautions.items.map((i) => i.id)).to.deep.equal([...PRECAUTION_IDS]);
      expect(ITEMS.map((i) => i.id)).to.deep.equal([...PRECAUTION_IDS]);
    });

    it('labels its section landmark with its heading and marks the language', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel></ms-risk-panel>`);
      const section = shadow(el).querySelector('section')!;
      expect(section.getAttribute('aria-labelledby')).to.equal('heading');
      expect(section.getAttribute('lang')).to.equal('en');
    });
  });

  describe('native disclosures', () => {
    it('renders each precaution as details > summary + text, expanded by default', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel></ms-risk-panel>`);
      const details = detailsOf(el);
      expect(details).to.have.length(4);
      details.forEach((d, i) => {
        expect(d.children).to.have.length(2);
        expect(d.children[0].localName).to.equal('summary');
        expect(d.children[0].textContent).to.equal(ITEMS[i].title);
        // The title is a heading one below the panel's, as each benefit's is.
        expect([...d.children[0].children].map((h) => h.localName)).to.deep.equal(['h3']);
        expect(d.children[1].localName).to.equal('p');
        expect(d.children[1].textContent).to.equal(ITEMS[i].text);
        expect(d.open).to.equal(true);
        expect(d.hasAttribute('open')).to.equal(true);
      });
      // Nothing asked for: the host carries neither attribute.
      expect(el.open).to.equal(false);
      expect(el.collapsed).to.equal(false);
      expect(el.hasAttribute('open')).to.equal(false);
      expect(el.hasAttribute('collapsed')).to.equal(false);
    });

    it("shows every precaution's full text on screen by default, not only in the DOM", async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel></ms-risk-panel>`);
      const texts = [...shadow(el).querySelectorAll<HTMLElement>('[part="item-text"]')];
      texts.forEach((p, i) => {
        expect(isShown(p), `${ITEMS[i].id} is shown`).to.equal(true);
        const box = p.getBoundingClientRect();
        expect(box.width * box.height, `${ITEMS[i].id} has an area`).to.be.greaterThan(0);
        // Nothing cut off: the whole paragraph fits its box.
        expect(p.scrollHeight, `${ITEMS[i].id} is not clipped`).to.be.at.most(p.clientHeight + 1);
      });
      const seen = visibleText(el);
      for (const item of ITEMS) expect(seen, item.id).to.include(item.text);
    });

    it('closes one precaution when its summary is clicked, and opens it again', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel></ms-risk-panel>`);
      summariesOf(el)[1].click();
      expect(openStates(el)).to.deep.equal([true, false, true, true]);
      expect(visibleText(el)).not.to.include(ITEMS[1].text);
      summariesOf(el)[1].click();
      expect(openStates(el)).to.deep.equal([true, true, true, true]);
    });
  });

  describe('collapsed attribute', () => {
    it('collapses every precaution to its title when present at first render; the text is then not shown', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel collapsed></ms-risk-panel>`);
      expect(el.collapsed).to.equal(true);
      expect(openStates(el)).to.deep.equal([false, false, false, false]);
      const seen = visibleText(el);
      for (const item of ITEMS) {
        expect(seen, item.id).to.include(item.title);
        expect(seen, item.id).not.to.include(item.text);
      }
    });

    it('collapses all when set after the first render and expands all when removed', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel></ms-risk-panel>`);
      el.setAttribute('collapsed', '');
      await el.updateComplete;
      expect(el.collapsed).to.equal(true);
      expect(openStates(el)).to.deep.equal([false, false, false, false]);
      el.removeAttribute('collapsed');
      await el.updateComplete;
      expect(el.collapsed).to.equal(false);
      expect(openStates(el)).to.deep.equal([true, true, true, true]);
    });

    it('reflects the collapsed property to the attribute', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel></ms-risk-panel>`);
      el.collapsed = true;
      await el.updateComplete;
      expect(el.hasAttribute('collapsed')).to.equal(true);
      expect(openStates(el)).to.deep.equal([false, false, false, false]);
      el.collapsed = false;
      await el.updateComplete;
      expect(el.hasAttribute('collapsed')).to.equal(false);
      expect(openStates(el)).to.deep.equal([true, true, true, true]);
    });

    it('overrides what the reader expanded or collapsed by hand', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel></ms-risk-panel>`);
      summariesOf(el)[2].click();
      expect(openStates(el)).to.deep.equal([true, true, false, true]);
      el.collapsed = true;
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, false, false, false]);
      summariesOf(el)[0].click();
      expect(openStates(el)).to.deep.equal([true, false, false, false]);
      el.collapsed = false;
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([true, true, true, true]);
    });
  });

  describe('open attribute (the default, kept working)', () => {
    it('expands every precaution when present at first render', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel open></ms-risk-panel>`);
      expect(el.open).to.equal(true);
      expect(openStates(el)).to.deep.equal([true, true, true, true]);
    });

    it('wins over collapsed: with both, every precaution stays expanded', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel open collapsed></ms-risk-panel>`);
      expect(openStates(el)).to.deep.equal([true, true, true, true]);
      // Removing open leaves the author's collapsed.
      el.removeAttribute('open');
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, false, false, false]);
      el.open = true;
      await el.updateComplete;
      expect(el.hasAttribute('open')).to.equal(true);
      expect(openStates(el)).to.deep.equal([true, true, true, true]);
    });

    it('removed without collapsed, returns to the default: expanded', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel open></ms-risk-panel>`);
      el.removeAttribute('open');
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(openStates(el)).to.deep.equal([true, true, true, true]);
    });
  });

  describe('ms-toggle', () => {
    it('fires once per click with the precaution id and its new state; bubbles out of the shadow root', async () => {
      const wrapper = await wrapperFixture<HTMLDivElement>(html`<div><ms-risk-panel></ms-risk-panel></div>`);
      const el = wrapper.querySelector('ms-risk-panel')!;
      const rec = recordToggles(wrapper);
      try {
        summariesOf(el)[1].click();
        await rec.until(1);
        expect(rec.details()).to.deep.equal([{ id: 'treatment-risks', open: false }]);
        const [event] = rec.events;
        expect(event).to.be.instanceOf(CustomEvent);
        expect(event.type).to.equal('ms-toggle');
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
        // Seen from outside, it comes from the panel itself.
        expect(event.target).to.equal(el);

        summariesOf(el)[1].click();
        await rec.until(2);
        expect(rec.details()).to.deep.equal([
          { id: 'treatment-risks', open: false },
          { id: 'treatment-risks', open: true },
        ]);

        summariesOf(el)[3].click();
        await rec.until(3);
        expect(rec.details()[2]).to.deep.equal({ id: 'ethical-considerations', open: false });
      } finally {
        rec.stop();
      }
    });

    it('reaches document listeners through an outer shadow root (composed)', async () => {
      const host = await wrapperFixture<HTMLDivElement>(html`<div></div>`);
      const outer = host.attachShadow({ mode: 'open' });
      const el = document.createElement('ms-risk-panel');
      outer.append(el);
      await el.updateComplete;
      await quiet();
      const rec = recordToggles(document);
      try {
        summariesOf(el)[0].click();
        await rec.until(1);
        expect(rec.details()).to.deep.equal([{ id: 'treatment-selection', open: false }]);
        expect(rec.events[0].target).to.equal(host);
      } finally {
        rec.stop();
      }
    });

    it('fires for every precaution when the collapsed attribute collapses or expands them', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel></ms-risk-panel>`);
      await quiet();
      const rec = recordToggles(el);
      try {
        el.setAttribute('collapsed', '');
        await rec.until(4);
        expect(rec.details()).to.deep.equal(PRECAUTION_IDS.map((id) => ({ id, open: false })));
        el.removeAttribute('collapsed');
        await rec.until(8);
        expect(rec.details().slice(4)).to.deep.equal(PRECAUTION_IDS.map((id) => ({ id, open: true })));
      } finally {
        rec.stop();
      }
    });

    it('does not fire for the first render, expanded by default or collapsed', async () => {
      const rec = recordToggles(document);
      try {
        const wrapper = await wrapperFixture<HTMLDivElement>(
          html`<div><ms-risk-panel></ms-risk-panel><ms-risk-panel open></ms-risk-panel><ms-risk-panel collapsed></ms-risk-panel></div>`,
        );
        expect(openStates(wrapper.querySelector('ms-risk-panel')!)).to.deep.equal([true, true, true, true]);
        await quiet();
        await quiet();
        expect(rec.details()).to.deep.equal([]);
      } finally {
        rec.stop();
      }
    });

    it('does not fire when nothing changes', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel></ms-risk-panel>`);
      await quiet();
      const rec = recordToggles(el);
      try {
        el.requestUpdate();
        await el.updateComplete;
        await quiet();
        expect(rec.events).to.have.length(0);
      } finally {
        rec.stop();
      }
    });
  });

  // Firefox runs a summary's keyboard activation only in a focused tab: with
  // several test files open in one Firefox at once, these need its launcher
  // at `concurrency: 1` (Chromium does not mind).
  describe('keyboard', () => {
    async function tabToFirstSummary(el: MsRiskPanel): Promise<HTMLElement> {
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      const first = summariesOf(el)[0];
      expect(document.activeElement).to.equal(el);
      expect(shadow(el).activeElement).to.equal(first);
      return first;
    }

    it('reaches every summary with Tab, in order', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel></ms-risk-panel>`);
      await tabToFirstSummary(el);
      for (const i of [1, 2, 3]) {
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.equal(summariesOf(el)[i]);
      }
    });

    // ' ' is the space bar: Firefox's WebDriver BiDi has no key named "Space".
    for (const [key, name] of [['Enter', 'Enter'], [' ', 'Space']]) {
      it(`collapses and expands the focused precaution with ${name}, firing ms-toggle`, async () => {
        const el = await fixture<MsRiskPanel>(html`<ms-risk-panel></ms-risk-panel>`);
        await quiet();
        const rec = recordToggles(el);
        try {
          await tabToFirstSummary(el);
          await sendKeys({ press: key });
          await rec.until(1);
          expect(openStates(el)).to.deep.equal([false, true, true, true]);
          expect(rec.details()).to.deep.equal([{ id: 'treatment-selection', open: false }]);

          await sendKeys({ press: key });
          await rec.until(2);
          expect(openStates(el)).to.deep.equal([true, true, true, true]);
          expect(rec.details()[1]).to.deep.equal({ id: 'treatment-selection', open: true });

          // The next summary, reached by Tab, works the same way.
          await sendKeys({ press: 'Tab' });
          expect(shadow(el).activeElement).to.equal(summariesOf(el)[1]);
          await sendKeys({ press: key });
          await rec.until(3);
          expect(openStates(el)).to.deep.equal([true, false, true, true]);
          expect(rec.details()[2]).to.deep.equal({ id: 'treatment-risks', open: false });
          // Focus stays on the control that was used.
          expect(shadow(el).activeElement).to.equal(summariesOf(el)[1]);
        } finally {
          rec.stop();
        }
      });
    }
  });

  describe('heading-level', () => {
    it('uses h2 by default, and h3 for each precaution\'s title inside its summary', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel></ms-risk-panel>`);
      const headings = shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6');
      expect([...headings].map((h) => h.localName)).to.deep.equal(['h2', 'h3', 'h3', 'h3', 'h3']);
    });

    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`renders its heading as h${level} for heading-level="${level}", the precautions' one deeper`, async () => {
        const el = await fixture<MsRiskPanel>(html`<ms-risk-panel heading-level=${level}></ms-risk-panel>`);
        const headings = [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')];
        const inner = `h${Math.min(6, level + 1)}`;
        expect(headings.map((h) => h.localName)).to.deep.equal([`h${level}`, inner, inner, inner, inner]);
        expect(headings.map((h) => deepText(h))).to.deep.equal([HEADING, ...ITEMS.map((i) => i.title)]);
      });
    }

    it('follows a change after the first render', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel></ms-risk-panel>`);
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(shadow(el).querySelector('h4')?.id).to.equal('heading');
      expect(shadow(el).querySelector('h2')).to.equal(null);
    });

    for (const bad of ['0', '7', 'two', '2.5']) {
      it(`warns once and falls back to h2 for heading-level="${bad}"`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<MsRiskPanel>(html`<ms-risk-panel heading-level=${bad}></ms-risk-panel>`);
          el.requestUpdate();
          await el.updateComplete;
          expect([...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName)).to.deep.equal([
            'h2',
            'h3',
            'h3',
            'h3',
            'h3',
          ]);
          expect(warnings.messages).to.have.length(1);
          const [message] = warnings.messages;
          expect(message).to.contain('<ms-risk-panel>');
          expect(message).to.contain('heading-level');
          expect(message).to.contain(`"${bad}"`);
          expect(message).to.contain('1 to 6');
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('heading slot', () => {
    it('replaces the heading text and keeps the heading element and level', async () => {
      const el = await fixture<MsRiskPanel>(
        html`<ms-risk-panel heading-level="3"><span slot="heading">Before you decide</span></ms-risk-panel>`,
      );
      const h = shadow(el).querySelector('h3')!;
      expect(deepText(h)).to.equal('Before you decide');
      expect(deepText(el)).not.to.contain(HEADING);
      expect(deepText(el).startsWith(`Before you decide ${INTRO}`)).to.equal(true);
      // The landmark takes its name from the slotted heading.
      expect(shadow(el).querySelector('section')!.getAttribute('aria-labelledby')).to.equal(h.id);
      await expect(el).to.be.accessible();
    });
  });

  describe('parts', () => {
    it('exposes base, heading, intro, one item, summary and item-text per precaution, and footer', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel></ms-risk-panel>`);
      const part = (name: string) => [...shadow(el).querySelectorAll(`[part~="${name}"]`)];
      expect(part('base').map((e) => e.localName)).to.deep.equal(['section']);
      expect(part('heading').map((e) => e.localName)).to.deep.equal(['h2']);
      expect(part('intro').map((e) => e.textContent)).to.deep.equal([INTRO]);
      expect(part('item').map((e) => e.localName)).to.deep.equal(['details', 'details', 'details', 'details']);
      expect(part('summary').map((e) => e.textContent)).to.deep.equal(ITEMS.map((i) => i.title));
      expect(part('item-heading').map((e) => [e.localName, e.textContent])).to.deep.equal(ITEMS.map((i) => ['h3', i.title]));
      part('item-heading').forEach((h, i) => expect(h.parentElement).to.equal(part('summary')[i]));
      expect(part('item-text').map((e) => e.textContent)).to.deep.equal(ITEMS.map((i) => i.text));
      expect(part('footer').map((e) => e.localName)).to.deep.equal(['footer']);
      part('summary').forEach((s, i) => expect(s.parentElement).to.equal(part('item')[i]));
      part('item-text').forEach((t, i) => expect(t.parentElement).to.equal(part('item')[i]));
    });

    it('can be styled from the page with ::part()', async () => {
      const wrapper = await wrapperFixture<HTMLDivElement>(html`<div>
        <style>
          .styled::part(summary) { text-transform: uppercase; }
          .styled::part(item-text) { letter-spacing: 3px; }
        </style>
        <ms-risk-panel class="styled" open></ms-risk-panel>
      </div>`);
      const el = wrapper.querySelector('ms-risk-panel')!;
      await el.updateComplete;
      expect(getComputedStyle(summariesOf(el)[0]).textTransform).to.equal('uppercase');
      expect(getComputedStyle(shadow(el).querySelector('[part="item-text"]')!).letterSpacing).to.equal('3px');
    });
  });

  describe('accessibility', () => {
    it('is accessible collapsed', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel collapsed></ms-risk-panel>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible expanded (the default)', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel></ms-risk-panel>`);
      expect(openStates(el)).to.deep.equal([true, true, true, true]);
      await expect(el).to.be.accessible();
    });

    it('is accessible with one precaution expanded by hand', async () => {
      const el = await fixture<MsRiskPanel>(html`<ms-risk-panel collapsed></ms-risk-panel>`);
      summariesOf(el)[2].click();
      await expect(el).to.be.accessible();
    });
  });
});
