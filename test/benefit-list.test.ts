import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/components/benefit-list/benefit-list.js';
import type { MsBenefitList } from '../src/components/benefit-list/benefit-list.js';
import en from '../src/content/en.generated.js';
import { registerContent, registeredLocales } from '../src/content/registry.js';
import type { ContentPack } from '../src/content/types.js';
import {
  ALLOWED_LEVELS,
  captureEachTest,
  deepQueryAll,
  deepText,
  expectEmpty,
  footerText,
  headings,
  invalidWarning,
  mainHeading,
  ownElements,
  partNames,
  root,
  settle,
  wrapperFixture,
} from './support/helpers.js';

const ALL_IDS = [
  'regeneration-of-myelin',
  'immune-system-modulation',
  'potential-disease-modification',
  'improved-quality-of-life',
] as const;
type Id = (typeof ALL_IDS)[number];
const ALLOWED_BENEFITS = ALL_IDS.join(', ');
const invalid = invalidWarning('ms-benefit-list');

const item = (id: Id) => en.benefits.items.find((b) => b.id === id)!;
const items = (el: Element) => [...root(el).querySelectorAll<HTMLLIElement>('li')];
/** How many cards share each row, top to bottom. */
function rowSizes(el: Element): number[] {
  const rows = new Map<number, number>();
  for (const li of items(el)) {
    const top = Math.round(li.getBoundingClientRect().top);
    rows.set(top, (rows.get(top) ?? 0) + 1);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, n]) => n);
}

/** How many columns the list's grid lays its cards out in. */
const columns = (el: Element) => getComputedStyle(root(el).querySelector('ul')!).gridTemplateColumns.split(' ').length;

/** What a reader gets from the element when it shows `ids` under `heading`: the benefits, then the attribution footer. */
const expectedText = (ids: readonly Id[], heading = en.benefits.heading) =>
  [heading, ...ids.flatMap((id) => [item(id).title, item(id).text]), footerText(en)].join(' ');

/** Asserts the list shows exactly `ids`, in that order, with the exact English text. */
function expectShows(el: MsBenefitList, ids: readonly Id[]): void {
  const lis = items(el);
  expect(lis.map((li) => li.querySelector('[part~="item-heading"]')!.textContent)).to.deep.equal(
    ids.map((id) => item(id).title),
  );
  expect(lis.map((li) => li.querySelector('[part~="item-text"]')!.textContent)).to.deep.equal(
    ids.map((id) => item(id).text),
  );
  expect(mainHeading(el).textContent).to.equal(en.benefits.heading);
  expect(deepText(el)).to.equal(expectedText(ids));
}

/** Asserts the main heading is <hN> and every benefit title is one level deeper (at most 6). */
function expectLevels(el: MsBenefitList, level: number, count = 4): void {
  const inner = Math.min(level + 1, 6);
  expect(headings(el).map((h) => h.localName)).to.deep.equal([
    `h${level}`,
    ...Array.from({ length: count }, () => `h${inner}`),
  ]);
  expect(mainHeading(el).localName).to.equal(`h${level}`);
  expect(mainHeading(el).id).to.equal('heading');
  root(el)
    .querySelectorAll('[part~="item-heading"]')
    .forEach((h) => expect(h.localName).to.equal(`h${inner}`));
}

/** The English pack with every string the list shows replaced by `edit(original)`. */
function editedPack(edit: (s: string) => string): ContentPack {
  const pack = structuredClone(en);
  pack.benefits.heading = edit(pack.benefits.heading);
  pack.benefits.items.forEach((b) => {
    b.title = edit(b.title);
    b.text = edit(b.text);
  });
  return pack;
}

describe('ms-benefit-list', () => {
  const { warnings, trap } = captureEachTest();

  describe('content', () => {
    it('shows the heading and all four benefits in the article order, word for word', async () => {
      const el = await fixture<MsBenefitList>(html`<ms-benefit-list></ms-benefit-list>`);
      expect(en.benefits.items.map((b) => b.id)).to.deep.equal([...ALL_IDS]);
      expectShows(el, ALL_IDS);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('uses a section labelled by its heading, a list, one item per benefit and a text paragraph each', async () => {
      const el = await fixture<MsBenefitList>(html`<ms-benefit-list></ms-benefit-list>`);
      const section = root(el).querySelector('section')!;
      expect(section.getAttribute('aria-labelledby')).to.equal('heading');
      expect(section.getAttribute('lang')).to.equal('en');
      const ul = section.querySelector('ul')!;
      expect(ul.getAttribute('role')).to.equal('list');
      expect([...ul.children].map((c) => c.localName)).to.deep.equal(['li', 'li', 'li', 'li']);
      items(el).forEach((li, i) => {
        expect([...li.children].map((c) => c.localName)).to.deep.equal(['h3', 'p']);
        expect(li.querySelector('p')!.textContent).to.equal(en.benefits.items[i].text);
      });
    });

    it('exposes the parts base, heading, list, item, item-heading, item-text and footer', async () => {
      const el = await fixture<MsBenefitList>(html`<ms-benefit-list></ms-benefit-list>`);
      expect(partNames(el)).to.deep.equal(
        [
          'base',
          'heading',
          'list',
          ...Array(4).fill('item'),
          ...Array(4).fill('item-heading'),
          ...Array(4).fill('item-text'),
          'footer',
        ].sort(),
      );
      expect(root(el).querySelector('[part="base"]')!.localName).to.equal('section');
      expect(root(el).querySelector('[part="list"]')!.localName).to.equal('ul');
      expect([...root(el).querySelectorAll('[part="item"]')].map((n) => n.localName)).to.deep.equal(
        Array(4).fill('li'),
      );
      expect([...root(el).querySelectorAll('[part="item-text"]')].map((n) => n.localName)).to.deep.equal(
        Array(4).fill('p'),
      );
    });

    it('is accessible by default', async () => {
      const el = await fixture<MsBenefitList>(html`<ms-benefit-list></ms-benefit-list>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('benefits attribute', () => {
    ALL_IDS.forEach((id) => {
      it(`benefits="${id}" shows that benefit alone`, async () => {
        const el = await fixture<MsBenefitList>(html`<ms-benefit-list benefits=${id}></ms-benefit-list>`);
        expectShows(el, [id]);
        expect(warnings.messages).to.deep.equal([]);
      });
    });

    it('shows a subset in the order given, not the article order', async () => {
      const el = await fixture<MsBenefitList>(
        html`<ms-benefit-list benefits="improved-quality-of-life regeneration-of-myelin"></ms-benefit-list>`,
      );
      expectShows(el, ['improved-quality-of-life', 'regeneration-of-myelin']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows all four in reverse when asked', async () => {
      const reversed = [...ALL_IDS].reverse();
      const el = await fixture<MsBenefitList>(
        html`<ms-benefit-list benefits=${reversed.join(' ')}></ms-benefit-list>`,
      );
      expectShows(el, reversed);
    });

    it('drops repeated ids, keeping the first position, without a warning', async () => {
      const el = await fixture<MsBenefitList>(
        html`<ms-benefit-list
          benefits="immune-system-modulation regeneration-of-myelin immune-system-modulation regeneration-of-myelin"
        ></ms-benefit-list>`,
      );
      expectShows(el, ['immune-system-modulation', 'regeneration-of-myelin']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('ignores leading, trailing and repeated whitespace of any kind', async () => {
      const el = await fixture<MsBenefitList>(
        html`<ms-benefit-list
          benefits=${'  \n\tpotential-disease-modification   \t\n immune-system-modulation \n '}
        ></ms-benefit-list>`,
      );
      expectShows(el, ['potential-disease-modification', 'immune-system-modulation']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows all four when the attribute is empty or only whitespace', async () => {
      const empty = await fixture<MsBenefitList>(html`<ms-benefit-list benefits=""></ms-benefit-list>`);
      expectShows(empty, ALL_IDS);
      const blank = await fixture<MsBenefitList>(html`<ms-benefit-list benefits="  \n "></ms-benefit-list>`);
      expectShows(blank, ALL_IDS);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('follows changes after the first render: attribute, property and removal', async () => {
      const el = await fixture<MsBenefitList>(html`<ms-benefit-list></ms-benefit-list>`);
      expectShows(el, ALL_IDS);

      el.setAttribute('benefits', 'potential-disease-modification');
      await settle(el);
      expectShows(el, ['potential-disease-modification']);

      el.setAttribute('benefits', 'improved-quality-of-life immune-system-modulation regeneration-of-myelin');
      await settle(el);
      expectShows(el, ['improved-quality-of-life', 'immune-system-modulation', 'regeneration-of-myelin']);

      el.benefits = 'regeneration-of-myelin improved-quality-of-life';
      await settle(el);
      expectShows(el, ['regeneration-of-myelin', 'improved-quality-of-life']);

      el.removeAttribute('benefits');
      await settle(el);
      expectShows(el, ALL_IDS);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('is accessible with a subset', async () => {
      const el = await fixture<MsBenefitList>(
        html`<ms-benefit-list benefits="improved-quality-of-life immune-system-modulation"></ms-benefit-list>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('layout attribute', () => {
    const tops = (el: MsBenefitList) => items(el).map((li) => Math.round(li.getBoundingClientRect().top));

    it('defaults to list: one benefit per row, reflected as layout="list"', async () => {
      const wrapper = await wrapperFixture(
        html`<div style="width: 1000px"><ms-benefit-list></ms-benefit-list></div>`,
      );
      const el = wrapper.querySelector('ms-benefit-list')!;
      expect(el.layout).to.equal('list');
      expect(el.getAttribute('layout')).to.equal('list');
      const [a, b, c, d] = tops(el);
      expect(a).to.be.below(b);
      expect(b).to.be.below(c);
      expect(c).to.be.below(d);
      expect(columns(el), 'one column').to.equal(1);
    });

    it('layout="grid" puts benefits side by side where there is room: 2 × 2 at 1000 px, 4 × 1 at 1400 px', async () => {
      const wrapper = await wrapperFixture(
        html`<div style="width: 1000px"><ms-benefit-list layout="grid"></ms-benefit-list></div>`,
      );
      const el = wrapper.querySelector('ms-benefit-list')!;
      expect(el.layout).to.equal('grid');
      const [a, b, c, d] = tops(el);
      expect(b).to.equal(a);
      expect(c).to.be.above(a);
      expect(d).to.equal(c);
      expect(columns(el), 'two columns').to.equal(2);
      (wrapper as HTMLElement).style.width = '1400px';
      expect(rowSizes(el), 'one row of four').to.deep.equal([4]);
      expectShows(el, ALL_IDS);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('follows changes after the first render, by attribute and by property (reflected)', async () => {
      const wrapper = await wrapperFixture(
        html`<div style="width: 1000px"><ms-benefit-list></ms-benefit-list></div>`,
      );
      const el = wrapper.querySelector('ms-benefit-list')!;
      el.setAttribute('layout', 'grid');
      await settle(el);
      expect(tops(el)[1]).to.equal(tops(el)[0]);

      el.layout = 'list';
      await settle(el);
      expect(el.getAttribute('layout')).to.equal('list');
      expect(tops(el)[1]).to.be.above(tops(el)[0]);

      el.layout = 'grid';
      await settle(el);
      expect(el.getAttribute('layout')).to.equal('grid');
      expect(tops(el)[1]).to.equal(tops(el)[0]);

      el.removeAttribute('layout');
      await settle(el);
      expect(tops(el)[1]).to.be.above(tops(el)[0]);
      expectShows(el, ALL_IDS);
      expect(warnings.messages).to.deep.equal([]);
    });

    // Four cards never leave one alone on a row (3 + 1): 1 × 4, 2 × 2 or 4 × 1.
    // Three (a subset) go one per row until all three fit side by side, never
    // 2 + 1; two go side by side once two fit.
    const WIDTHS = [320, 400, 500, 540, 600, 700, 800, 900, 1000, 1100, 1200, 1400, 1800];
    const ALLOWED_ROWS: Record<number, string[]> = {
      4: ['1,1,1,1', '2,2', '4'],
      3: ['1,1,1', '3'],
      2: ['1,1', '2'],
      1: ['1'],
    };
    for (const ids of [ALL_IDS, ALL_IDS.slice(0, 3), ALL_IDS.slice(1, 3), ALL_IDS.slice(0, 1)]) {
      it(`lays ${ids.length} cards out in full rows only, at ${WIDTHS.length} widths from 320 to 1800 px`, async () => {
        const wrapper = await wrapperFixture(
          html`<div style="width: 320px"><ms-benefit-list layout="grid" benefits=${ids.join(' ')}></ms-benefit-list></div>`,
        );
        const el = wrapper.querySelector('ms-benefit-list')!;
        const seen = new Set<string>();
        for (const width of WIDTHS) {
          (wrapper as HTMLElement).style.width = `${width}px`;
          const rows = rowSizes(el).join(',');
          expect(ALLOWED_ROWS[ids.length], `${ids.length} cards at ${width} px: rows of ${rows}`).to.include(rows);
          seen.add(rows);
        }
        // Every layout the count allows is reached somewhere between 320 and 1800 px.
        expect([...seen].sort()).to.deep.equal([...ALLOWED_ROWS[ids.length]].sort());
      });
    }

    it('keeps a grid on a narrow screen to one column', async () => {
      const wrapper = await wrapperFixture(
        html`<div style="width: 320px"><ms-benefit-list layout="grid"></ms-benefit-list></div>`,
      );
      const el = wrapper.querySelector('ms-benefit-list')!;
      const [a, b, c, d] = tops(el);
      expect(a).to.be.below(b);
      expect(b).to.be.below(c);
      expect(c).to.be.below(d);
    });

    it('is accessible as a grid', async () => {
      const el = await fixture<MsBenefitList>(html`<ms-benefit-list layout="grid"></ms-benefit-list>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('heading-level attribute', () => {
    it('defaults to 2 with benefit titles at 3', async () => {
      const el = await fixture<MsBenefitList>(html`<ms-benefit-list></ms-benefit-list>`);
      expect(el.headingLevel).to.equal(2);
      expectLevels(el, 2);
    });

    [1, 2, 3, 4, 5, 6].forEach((level) => {
      it(`heading-level="${level}" gives <h${level}> and benefit titles at h${Math.min(level + 1, 6)}`, async () => {
        const el = await fixture<MsBenefitList>(
          html`<ms-benefit-list heading-level=${String(level)}></ms-benefit-list>`,
        );
        expectLevels(el, level);
        expectShows(el, ALL_IDS);
        expect(warnings.messages).to.deep.equal([]);
      });
    });

    it('follows changes after the first render, and removal restores 2 without a warning', async () => {
      const el = await fixture<MsBenefitList>(html`<ms-benefit-list></ms-benefit-list>`);
      el.setAttribute('heading-level', '5');
      await settle(el);
      expectLevels(el, 5);
      el.setAttribute('heading-level', '6');
      await settle(el);
      expectLevels(el, 6);
      el.headingLevel = 1;
      await settle(el);
      expectLevels(el, 1);
      el.setAttribute('heading-level', '4');
      await settle(el);
      expectLevels(el, 4);
      el.removeAttribute('heading-level');
      await settle(el);
      expectLevels(el, 2);
      expectShows(el, ALL_IDS);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('keeps the levels with a subset of benefits', async () => {
      const el = await fixture<MsBenefitList>(
        html`<ms-benefit-list heading-level="6" benefits="immune-system-modulation"></ms-benefit-list>`,
      );
      expectLevels(el, 6, 1);
    });

    it('is accessible at heading-level 4', async () => {
      const el = await fixture<MsBenefitList>(html`<ms-benefit-list heading-level="4"></ms-benefit-list>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('heading slot', () => {
    it('replaces the heading text, keeping the heading element and level', async () => {
      const el = await fixture<MsBenefitList>(
        html`<ms-benefit-list heading-level="3"><span slot="heading">Why clinics try it</span></ms-benefit-list>`,
      );
      const h = mainHeading(el);
      expect(h.localName).to.equal('h3');
      expect(deepText(h)).to.equal('Why clinics try it');
      const slot = h.querySelector('slot')!;
      expect(slot.name).to.equal('heading');
      expect(slot.assignedElements().map((n) => n.textContent)).to.deep.equal(['Why clinics try it']);
      const titles = ALL_IDS.flatMap((id) => [item(id).title, item(id).text]);
      expect(deepText(el)).to.equal(['Why clinics try it', ...titles, footerText(en)].join(' '));
      expect(deepText(el)).not.to.contain(en.benefits.heading);
    });

    it('goes back to the content heading when the slotted element is removed', async () => {
      const el = await fixture<MsBenefitList>(
        html`<ms-benefit-list><span slot="heading">Why clinics try it</span></ms-benefit-list>`,
      );
      el.querySelector('span')!.remove();
      await settle(el);
      expect(deepText(mainHeading(el))).to.equal(en.benefits.heading);
      expect(deepText(el)).to.equal(expectedText(ALL_IDS));
    });

    it('does not show unslotted light DOM content', async () => {
      const el = await fixture<MsBenefitList>(html`<ms-benefit-list><span>stray</span></ms-benefit-list>`);
      expect(deepText(el)).to.equal(expectedText(ALL_IDS));
    });

    it('is accessible with a slotted heading', async () => {
      const el = await fixture<MsBenefitList>(
        html`<ms-benefit-list><span slot="heading">Why clinics try it</span></ms-benefit-list>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('an unknown id: one warning naming element, attribute, value and allowed ids; the known ones show', async () => {
      const el = await fixture<MsBenefitList>(
        html`<ms-benefit-list benefits="improved-quality-of-life regeneration regeneration-of-myelin"></ms-benefit-list>`,
      );
      expect(warnings.messages).to.deep.equal([invalid('benefits', 'regeneration', ALLOWED_BENEFITS)]);
      expectShows(el, ['improved-quality-of-life', 'regeneration-of-myelin']);
      expect(trap.errors).to.deep.equal([]);
    });

    it('an unknown id given twice warns once', async () => {
      const el = await fixture<MsBenefitList>(
        html`<ms-benefit-list benefits="Regeneration-Of-Myelin immune-system-modulation Regeneration-Of-Myelin"></ms-benefit-list>`,
      );
      expect(warnings.messages).to.deep.equal([invalid('benefits', 'Regeneration-Of-Myelin', ALLOWED_BENEFITS)]);
      expectShows(el, ['immune-system-modulation']);
    });

    it('two different unknown ids warn once each, in order', async () => {
      const el = await fixture<MsBenefitList>(
        html`<ms-benefit-list benefits="myelin immune-system-modulation quality"></ms-benefit-list>`,
      );
      expect(warnings.messages).to.deep.equal([
        invalid('benefits', 'myelin', ALLOWED_BENEFITS),
        invalid('benefits', 'quality', ALLOWED_BENEFITS),
      ]);
      expectShows(el, ['immune-system-modulation']);
    });

    it('only unknown ids: one warning and nothing rendered', async () => {
      const el = await fixture<MsBenefitList>(html`<ms-benefit-list benefits="cure"></ms-benefit-list>`);
      expect(warnings.messages).to.deep.equal([invalid('benefits', 'cure', ALLOWED_BENEFITS)]);
      expectEmpty(el);
      expect(trap.errors).to.deep.equal([]);
    });

    it("only unknown ids: the tag's own content (a snippet's fallback link) shows, not a blank", async () => {
      const el = await fixture<MsBenefitList>(html`<ms-benefit-list benefits="cure"><a href="#fallback">The benefits, on our site</a></ms-benefit-list>`);
      const link = el.querySelector('a')!;
      expect(link.checkVisibility()).to.equal(true);
      el.setAttribute('benefits', 'regeneration-of-myelin');
      await el.updateComplete;
      expect(link.checkVisibility()).to.equal(false);
    });

    it('an unknown id set after the first render warns once, and re-renders do not repeat it', async () => {
      const el = await fixture<MsBenefitList>(html`<ms-benefit-list></ms-benefit-list>`);
      el.setAttribute('benefits', 'immune-system-modulation bogus');
      await settle(el);
      expect(warnings.messages).to.deep.equal([invalid('benefits', 'bogus', ALLOWED_BENEFITS)]);
      expectShows(el, ['immune-system-modulation']);

      el.requestUpdate();
      await settle(el);
      el.setAttribute('layout', 'grid');
      await settle(el);
      el.setAttribute('heading-level', '3');
      await settle(el);
      el.setAttribute('benefits', 'bogus immune-system-modulation');
      await settle(el);
      expect(warnings.messages).to.deep.equal([invalid('benefits', 'bogus', ALLOWED_BENEFITS)]);
      expectShows(el, ['immune-system-modulation']);
      expect(trap.errors).to.deep.equal([]);
    });

    it('an id that looks like markup is a warning, not an element', async () => {
      const bad = '<img src=x onerror=alert(1)>';
      const el = await fixture<MsBenefitList>(html`<ms-benefit-list benefits=${bad}></ms-benefit-list>`);
      expect(warnings.messages).to.deep.equal([
        invalid('benefits', '<img', ALLOWED_BENEFITS),
        invalid('benefits', 'src=x', ALLOWED_BENEFITS),
        invalid('benefits', 'onerror=alert(1)>', ALLOWED_BENEFITS),
      ]);
      expect(deepQueryAll(el, 'img')).to.have.length(0);
      expect([...ownElements(el)].map((e) => e.localName)).to.deep.equal(['slot']);
    });

    ['table', 'GRID', 'cards', ''].forEach((bad) => {
      it(`layout="${bad}": one warning naming element, attribute, value and allowed layouts; shows a list`, async () => {
        const wrapper = await wrapperFixture(
          html`<div style="width: 1000px"><ms-benefit-list layout=${bad}></ms-benefit-list></div>`,
        );
        const el = wrapper.querySelector('ms-benefit-list')!;
        expect(warnings.messages).to.deep.equal([invalid('layout', bad, 'list, grid')]);
        expectShows(el, ALL_IDS);
        expect(columns(el), 'one column').to.equal(1);
        const [a, b] = items(el).map((li) => li.getBoundingClientRect().top);
        expect(a).to.be.below(b);
        expect(trap.errors).to.deep.equal([]);
      });
    });

    it('an invalid layout set after the first render warns once, however often it re-renders', async () => {
      const wrapper = await wrapperFixture(
        html`<div style="width: 1000px"><ms-benefit-list layout="grid"></ms-benefit-list></div>`,
      );
      const el = wrapper.querySelector('ms-benefit-list')!;
      el.setAttribute('layout', 'masonry');
      await settle(el);
      expect(warnings.messages).to.deep.equal([invalid('layout', 'masonry', 'list, grid')]);
      expect(columns(el), 'one column').to.equal(1);
      for (let i = 0; i < 3; i++) {
        el.requestUpdate();
        await settle(el);
      }
      el.setAttribute('benefits', 'regeneration-of-myelin immune-system-modulation');
      await settle(el);
      expect(warnings.messages).to.have.length(1);
      el.setAttribute('layout', 'grid');
      await settle(el);
      expect(columns(el), 'two cards side by side').to.equal(2);
      expect(warnings.messages).to.have.length(1);
    });

    ['0', '7', 'abc', '-1', '2.5'].forEach((bad) => {
      it(`heading-level="${bad}": one warning naming element, attribute, value and allowed levels; renders at level 2`, async () => {
        const el = await fixture<MsBenefitList>(html`<ms-benefit-list heading-level=${bad}></ms-benefit-list>`);
        expect(warnings.messages).to.deep.equal([invalid('heading-level', bad, ALLOWED_LEVELS)]);
        expectLevels(el, 2);
        expectShows(el, ALL_IDS);
        expect(trap.errors).to.deep.equal([]);
      });
    });

    it('an invalid heading-level set after the first render warns once, however often it re-renders', async () => {
      const el = await fixture<MsBenefitList>(html`<ms-benefit-list heading-level="4"></ms-benefit-list>`);
      el.setAttribute('heading-level', '7');
      await settle(el);
      expect(warnings.messages).to.deep.equal([invalid('heading-level', '7', ALLOWED_LEVELS)]);
      expectLevels(el, 2);
      for (let i = 0; i < 3; i++) {
        el.requestUpdate();
        await settle(el);
      }
      el.setAttribute('layout', 'grid');
      await settle(el);
      el.setAttribute('heading-level', '3');
      await settle(el);
      expectLevels(el, 3);
      el.setAttribute('heading-level', '7');
      await settle(el);
      expectLevels(el, 2);
      expect(warnings.messages).to.deep.equal([invalid('heading-level', '7', ALLOWED_LEVELS)]);
      expect(trap.errors).to.deep.equal([]);
    });

    it('several bad attributes at once: one warning each', async () => {
      const el = await fixture<MsBenefitList>(
        html`<ms-benefit-list heading-level="0" layout="table" benefits="nope regeneration-of-myelin"></ms-benefit-list>`,
      );
      expect([...warnings.messages].sort()).to.deep.equal(
        [
          invalid('heading-level', '0', ALLOWED_LEVELS),
          invalid('layout', 'table', 'list, grid'),
          invalid('benefits', 'nope', ALLOWED_BENEFITS),
        ].sort(),
      );
      expectShows(el, ['regeneration-of-myelin']);
      expectLevels(el, 2, 1);
    });

    it('is accessible after bad input', async () => {
      const el = await fixture<MsBenefitList>(
        html`<ms-benefit-list heading-level="9" layout="x" benefits="x immune-system-modulation"></ms-benefit-list>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('content packs', () => {
    it('renders content strings as text, never as HTML', async () => {
      const evil = '<img src=x onerror="window.__msXssBenefits=1"><b>bold</b>';
      registerContent('en-x-blxss', editedPack((s) => `${s} ${evil}`));
      const wrapper = await wrapperFixture(
        html`<div lang="en-x-blxss"><ms-benefit-list></ms-benefit-list></div>`,
      );
      const el = wrapper.querySelector('ms-benefit-list')!;
      await aTimeout(50);
      expect(deepQueryAll(wrapper, 'img')).to.have.length(0);
      expect(deepQueryAll(wrapper, 'b')).to.have.length(0);
      expect((window as unknown as Record<string, unknown>).__msXssBenefits).to.equal(undefined);
      expect(mainHeading(el).textContent).to.equal(`${en.benefits.heading} ${evil}`);
      const lis = items(el);
      expect(lis.map((li) => li.querySelector('[part~="item-heading"]')!.textContent)).to.deep.equal(
        ALL_IDS.map((id) => `${item(id).title} ${evil}`),
      );
      expect(lis.map((li) => li.querySelector('[part~="item-text"]')!.textContent)).to.deep.equal(
        ALL_IDS.map((id) => `${item(id).text} ${evil}`),
      );
      expect(root(el).querySelector('section')!.getAttribute('lang')).to.equal('en-x-blxss');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('uses the pack of the nearest lang, and follows a lang change after the first render', async () => {
      registerContent('en-x-blup', editedPack((s) => s.toUpperCase()));
      const wrapper = await wrapperFixture(
        html`<div lang="en"><ms-benefit-list benefits="immune-system-modulation"></ms-benefit-list></div>`,
      );
      const el = wrapper.querySelector('ms-benefit-list')!;
      expectShows(el, ['immune-system-modulation']);
      wrapper.setAttribute('lang', 'en-x-blup');
      await settle(wrapper);
      const b = item('immune-system-modulation');
      expect(deepText(el)).to.equal(
        [en.benefits.heading.toUpperCase(), b.title.toUpperCase(), b.text.toUpperCase(), footerText(en)].join(' '),
      );
      expect(root(el).querySelector('section')!.getAttribute('lang')).to.equal('en-x-blup');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('a language without a pack: one warning naming the element, lang and value; English shows', async () => {
      const wrapper = await wrapperFixture(
        html`<div lang="zz-x-blnone"><ms-benefit-list></ms-benefit-list></div>`,
      );
      const el = wrapper.querySelector('ms-benefit-list')!;
      expect(warnings.messages).to.deep.equal([
        `<ms-benefit-list> lang: no content pack for "zz-x-blnone". Registered: ${registeredLocales().join(', ')}. Showing English.`,
      ]);
      expectShows(el, ALL_IDS);
      expect(root(el).querySelector('section')!.getAttribute('lang')).to.equal('en');
      el.setAttribute('layout', 'grid');
      el.requestUpdate();
      await settle(el);
      expect(warnings.messages).to.have.length(1);
      await expect(el).to.be.accessible();
      expect(trap.errors).to.deep.equal([]);
    });
  });
});
