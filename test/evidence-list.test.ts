import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/components/evidence-list/evidence-list.js';
import type { MsEvidenceList } from '../src/components/evidence-list/evidence-list.js';
import en from '../src/content/en.generated.js';
import { registerContent, registeredLocales } from '../src/content/registry.js';
import type { ContentPack, StudyId } from '../src/content/types.js';
import {
  ALLOWED_LEVELS,
  captureEachTest,
  deepQueryAll,
  deepText,
  headings,
  invalidWarning,
  mainHeading,
  footerText,
  partNames,
  root,
  settle,
  wrapperFixture,
} from './support/helpers.js';
import { CHECKED_MONTH, checkLabel, checkLabelDeepText, checked, doiUrl, loadCitations, recordDeepText } from './support/checked.js';

const STUDIES = ['halt-ms', 'mesenchymal-stem-cells', 'systematic-review'] as const satisfies readonly StudyId[];
const invalid = invalidWarning('ms-evidence-list');

const intro = (el: Element) => root(el).querySelector('[part~="intro"]')!.textContent;
const cards = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part~="card"]')];
const cardHeading = (card: Element) => card.querySelector<HTMLElement>('[part~="card-heading"]')!;
const cardText = (card: Element) => card.querySelector('[part~="card-text"]')!.textContent;
/** The DOI each card links to, or null for a study without a confirmed record. */
const cardDois = (el: Element) =>
  cards(el).map((c) => c.querySelector('[part~="card-doi"]')?.getAttribute('href') ?? null);

/** Each card's heading: the study named in the article's words, in the article's order. */
const NAMES = ['The HALT-MS trial', 'The mesenchymal stem cell study', 'The systematic review and meta-analysis'];

/** What a card shows after the article's sentence, from content/citations.json (as deepText reads it): who checked and when, the record, the notes. */
const checkedText = (id: StudyId) => [
  checkLabelDeepText(en.ui.checkedBy),
  ...[recordDeepText(id, en.ui.record)].filter((l) => l !== null),
  ...checked(id).differences,
];

/**
 * What a reader gets from the list in English, with `heading` as its
 * heading: each card without a footer of its own, then the list's footer.
 * `edit` is what a test pack did to the evidence words (see `editedPack`).
 */
const expectedText = (heading = en.evidence.heading, edit = (s: string) => s) =>
  [
    edit(heading),
    edit(en.evidence.intro),
    ...en.evidence.items.flatMap((s) => [edit(en.ui.studyNames[s.id]), edit(s.text), ...checkedText(s.id)]),
    footerText(en),
  ].join(' ');

/** Asserts the list shows the English evidence: heading, intro and the three studies in order. */
function expectShows(el: MsEvidenceList): void {
  expect(mainHeading(el).textContent).to.equal(en.evidence.heading);
  expect(intro(el)).to.equal(en.evidence.intro);
  const all = cards(el);
  expect(cardDois(el)).to.deep.equal(STUDIES.map(doiUrl));
  expect(all.map((c) => cardHeading(c).textContent)).to.deep.equal(NAMES);
  expect(deepText(el)).to.not.match(/Study \d/);
  expect(all.map(cardText)).to.deep.equal(en.evidence.items.map((s) => s.text));
  expect(deepText(el)).to.equal(expectedText());
}

/** Asserts the list heading is <hN> and every card heading is one deeper (at most 6). */
function expectLevels(el: MsEvidenceList, level: number): void {
  const inner = Math.min(level + 1, 6);
  expect(mainHeading(el).id).to.equal('heading');
  expect(cards(el).map((c) => [...c.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName))).to.deep.equal([
    [`h${inner}`],
    [`h${inner}`],
    [`h${inner}`],
  ]);
  expect(headings(el).map((h) => h.localName)).to.deep.equal([
    `h${level}`,
    `h${inner}`,
    `h${inner}`,
    `h${inner}`,
  ]);
}

/** The English pack with every string the list shows replaced by `edit(original)`. */
function editedPack(edit: (s: string) => string): ContentPack {
  const pack = structuredClone(en);
  pack.evidence.heading = edit(pack.evidence.heading);
  pack.evidence.intro = edit(pack.evidence.intro);
  for (const id of STUDIES) pack.ui.studyNames[id] = edit(pack.ui.studyNames[id]);
  pack.evidence.items.forEach((s) => {
    s.text = edit(s.text);
  });
  return pack;
}

/** Renders the list and waits for its cards too. */
async function listFixture(template: TemplateResult): Promise<MsEvidenceList> {
  const el = await fixture<MsEvidenceList>(template);
  await settle(el);
  return el;
}

describe('ms-evidence-list', () => {
  const { warnings, trap } = captureEachTest();
  before(loadCitations);

  describe('content', () => {
    it('shows the heading, the intro and the three studies as cards named in the article\'s words, word for word', async () => {
      const el = await listFixture(html`<ms-evidence-list></ms-evidence-list>`);
      expect(en.evidence.items.map((s) => s.id)).to.deep.equal([...STUDIES]);
      expectShows(el);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('uses a section labelled by its heading and an ordered list with one study card (an article) per item', async () => {
      const el = await listFixture(html`<ms-evidence-list></ms-evidence-list>`);
      const base = root(el).querySelector('section')!;
      expect(base.getAttribute('aria-labelledby')).to.equal('heading');
      expect(base.getAttribute('lang')).to.equal('en');
      expect([...base.children].map((c) => c.localName)).to.deep.equal(['h2', 'p', 'ol', 'footer']);
      const ol = base.querySelector('ol')!;
      expect(ol.getAttribute('role')).to.equal('list');
      expect([...ol.children].map((c) => c.localName)).to.deep.equal(['li', 'li', 'li']);
      [...ol.children].forEach((li, i) => {
        const { record, differences } = checked(STUDIES[i]);
        expect(li.getAttribute('part')).to.equal('item');
        expect([...li.children]).to.deep.equal([cards(el)[i]]);
        const card = cards(el)[i];
        expect(card.localName).to.equal('article');
        // Named by its heading, like a lone ms-evidence-card.
        expect(card.getAttribute('aria-labelledby')).to.equal(STUDIES[i]);
        expect(cardHeading(card).id).to.equal(STUDIES[i]);
        expect([...card.children].map((c) => c.localName)).to.deep.equal(['h3', 'p', 'aside']);
        // What was checked: one note per card, named by its label (who checked and when), ids unique in the list.
        const check = card.querySelector('aside')!;
        expect(check.getAttribute('part')).to.equal('card-check');
        expect(check.getAttribute('role')).to.equal('note');
        const label = root(el).getElementById(check.getAttribute('aria-labelledby')!)!;
        expect(label.parentElement).to.equal(check);
        expect(label.getAttribute('part')).to.equal('card-check-label');
        expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal(checkLabel(en.ui.checkedBy));
        expect(label.querySelector('time')!.getAttribute('datetime')).to.equal(CHECKED_MONTH);
        expect([...check.children].map((c) => c.localName)).to.deep.equal([
          'p',
          ...(record ? ['p'] : []),
          ...differences.map(() => 'p'),
        ]);
        const notes = card.querySelectorAll('[part~="card-note"]');
        expect([...notes].map((n) => n.textContent)).to.deep.equal(differences);
        notes.forEach((n) => expect([n.getAttribute('lang'), n.getAttribute('dir')]).to.deep.equal(['en', 'ltr']));
      });
      // No composed elements: the cards are the list's own markup.
      expect(deepQueryAll(root(el), '*').filter((n) => n.localName.includes('-'))).to.deep.equal([]);
    });

    it('sets the record and notes apart from the sentence, as ms-evidence-card does', async () => {
      const el = await listFixture(html`<ms-evidence-list></ms-evidence-list>`);
      const [first] = cards(el);
      const style = (part: string) => getComputedStyle(first.querySelector(`[part~="${part}"]`)!);
      const size = (part: string) => parseFloat(style(part).fontSize);
      expect(size('card-record')).to.be.below(size('card-text'));
      expect(size('card-note')).to.be.below(size('card-text'));
      expect(style('card-note').fontStyle).to.equal('italic');
      expect(style('card-text').fontStyle).to.equal('normal');
      expect(style('card-check').borderTopStyle).to.equal('dashed');
      expect(Number(style('card-check-label').fontWeight)).to.be.at.least(700);
    });

    it('exposes the parts base, heading, intro, list, item and footer, and each card\'s parts with the prefix card-', async () => {
      const el = await listFixture(html`<ms-evidence-list></ms-evidence-list>`);
      const card = ['card', 'card-heading', 'card-text', 'card-check', 'card-check-label'];
      expect(partNames(el)).to.deep.equal(
        [
          'base',
          'heading',
          'intro',
          'list',
          'footer',
          ...['item', ...card, 'card-record', 'card-doi', 'card-note'],
          ...['item', ...card, 'card-record', 'card-doi', 'card-note', 'card-note'],
          ...['item', ...card, 'card-note'],
        ].sort(),
      );
      expect(root(el).querySelector('[part="base"]')!.localName).to.equal('section');
      expect(root(el).querySelector('[part="intro"]')!.localName).to.equal('p');
      expect(root(el).querySelector('[part="list"]')!.localName).to.equal('ol');
      // The cards show no footer of their own: the list's footer credits them all.
      expect(root(el).querySelectorAll('footer')).to.have.length(1);
      expect(cards(el).map((c) => c.querySelector('[part~="card-doi"]')?.getAttribute('rel') ?? null)).to.deep.equal([
        'noopener noreferrer',
        'noopener noreferrer',
        null,
      ]);
    });

    it('is accessible by default', async () => {
      const el = await listFixture(html`<ms-evidence-list></ms-evidence-list>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('heading-level attribute', () => {
    it('defaults to 2 with card headings at 3', async () => {
      const el = await listFixture(html`<ms-evidence-list></ms-evidence-list>`);
      expect(el.headingLevel).to.equal(2);
      expectLevels(el, 2);
    });

    [1, 2, 3, 4, 5, 6].forEach((level) => {
      it(`heading-level="${level}" gives <h${level}> and card headings at h${Math.min(level + 1, 6)}`, async () => {
        const el = await listFixture(html`<ms-evidence-list heading-level=${String(level)}></ms-evidence-list>`);
        expectLevels(el, level);
        expectShows(el);
        expect(warnings.messages).to.deep.equal([]);
      });
    });

    it('follows changes after the first render, and removal restores 2 without a warning', async () => {
      const el = await listFixture(html`<ms-evidence-list></ms-evidence-list>`);
      el.setAttribute('heading-level', '4');
      await settle(el);
      expectLevels(el, 4);
      el.setAttribute('heading-level', '6');
      await settle(el);
      expectLevels(el, 6);
      el.headingLevel = 1;
      await settle(el);
      expectLevels(el, 1);
      el.setAttribute('heading-level', '5');
      await settle(el);
      expectLevels(el, 5);
      el.removeAttribute('heading-level');
      await settle(el);
      expectLevels(el, 2);
      expectShows(el);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('is accessible at heading-level 3', async () => {
      const el = await listFixture(html`<ms-evidence-list heading-level="3"></ms-evidence-list>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('heading slot', () => {
    it('replaces the heading text, keeping the heading element, level and cards', async () => {
      const el = await listFixture(
        html`<ms-evidence-list heading-level="3"><span slot="heading">What trials found</span></ms-evidence-list>`,
      );
      const h = mainHeading(el);
      expect(h.localName).to.equal('h3');
      expect(deepText(h)).to.equal('What trials found');
      const slot = h.querySelector('slot')!;
      expect(slot.name).to.equal('heading');
      expect(slot.assignedElements().map((n) => n.textContent)).to.deep.equal(['What trials found']);
      expect(deepText(el)).to.equal(expectedText('What trials found'));
      expect(cards(el).map((c) => deepText(cardHeading(c)))).to.deep.equal(NAMES);
      expectLevels(el, 3);
    });

    it('goes back to the content heading when the slotted element is removed', async () => {
      const el = await listFixture(
        html`<ms-evidence-list><span slot="heading">What trials found</span></ms-evidence-list>`,
      );
      el.querySelector('span')!.remove();
      await settle(el);
      expect(deepText(mainHeading(el))).to.equal(en.evidence.heading);
      expect(deepText(el)).to.equal(expectedText());
    });

    it('does not show unslotted light DOM content', async () => {
      const el = await listFixture(html`<ms-evidence-list><span>stray</span></ms-evidence-list>`);
      expect(deepText(el)).to.equal(expectedText());
    });

    it('is accessible with a slotted heading', async () => {
      const el = await listFixture(
        html`<ms-evidence-list><span slot="heading">What trials found</span></ms-evidence-list>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    ['0', '7', 'abc', '-3', '4.5'].forEach((bad) => {
      it(`heading-level="${bad}": one warning naming element, attribute, value and allowed levels; renders at level 2`, async () => {
        const el = await listFixture(html`<ms-evidence-list heading-level=${bad}></ms-evidence-list>`);
        expect(warnings.messages).to.deep.equal([invalid('heading-level', bad, ALLOWED_LEVELS)]);
        expectLevels(el, 2);
        expectShows(el);
        expect(trap.errors).to.deep.equal([]);
      });
    });

    it('an invalid heading-level set after the first render warns once, however often it re-renders', async () => {
      const el = await listFixture(html`<ms-evidence-list heading-level="5"></ms-evidence-list>`);
      el.setAttribute('heading-level', '0');
      await settle(el);
      expect(warnings.messages).to.deep.equal([invalid('heading-level', '0', ALLOWED_LEVELS)]);
      expectLevels(el, 2);
      for (let i = 0; i < 3; i++) {
        el.requestUpdate();
        await settle(el);
      }
      el.setAttribute('heading-level', '3');
      await settle(el);
      expectLevels(el, 3);
      el.setAttribute('heading-level', '0');
      await settle(el);
      expectLevels(el, 2);
      expect(warnings.messages).to.deep.equal([invalid('heading-level', '0', ALLOWED_LEVELS)]);
      expectShows(el);
      expect(trap.errors).to.deep.equal([]);
    });

    it('a study attribute is not one of its own: no warning, all three studies', async () => {
      const el = await listFixture(html`<ms-evidence-list study="halt-ms"></ms-evidence-list>`);
      expectShows(el);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('is accessible after bad input', async () => {
      const el = await listFixture(html`<ms-evidence-list heading-level="7"></ms-evidence-list>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('content packs', () => {
    it('renders content strings as text, never as HTML, in the list and in its cards', async () => {
      const evil = '<img src=x onerror="window.__msXssEvidence=1"><b>bold</b>';
      registerContent('en-x-elxss', editedPack((s) => `${s} ${evil}`));
      const wrapper = await wrapperFixture(html`<div lang="en-x-elxss"><ms-evidence-list></ms-evidence-list></div>`);
      const el = wrapper.querySelector('ms-evidence-list')!;
      await aTimeout(50);
      expect(deepQueryAll(wrapper, 'img')).to.have.length(0);
      expect(deepQueryAll(wrapper, 'b')).to.have.length(0);
      expect((window as unknown as Record<string, unknown>).__msXssEvidence).to.equal(undefined);
      expect(mainHeading(el).textContent).to.equal(`${en.evidence.heading} ${evil}`);
      expect(intro(el)).to.equal(`${en.evidence.intro} ${evil}`);
      expect(cards(el).map((c) => cardHeading(c).textContent)).to.deep.equal(
        NAMES.map((name) => `${name} ${evil}`),
      );
      expect(cards(el).map(cardText)).to.deep.equal(en.evidence.items.map((s) => `${s.text} ${evil}`));
      expect(root(el).querySelector('section')!.getAttribute('lang')).to.equal('en-x-elxss');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('uses the pack of the nearest lang, and follows a lang change after the first render, cards included', async () => {
      registerContent('en-x-elup', editedPack((s) => s.toUpperCase()));
      const wrapper = await wrapperFixture(html`<div lang="en"><ms-evidence-list></ms-evidence-list></div>`);
      const el = wrapper.querySelector('ms-evidence-list')!;
      expectShows(el);
      wrapper.setAttribute('lang', 'en-x-elup');
      await settle(wrapper);
      expect(deepText(el)).to.equal(expectedText(en.evidence.heading, (s) => s.toUpperCase()));
      expect(root(el).querySelector('section')!.getAttribute('lang')).to.equal('en-x-elup');

      wrapper.setAttribute('lang', 'en');
      await settle(wrapper);
      expectShows(el);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('a language without a pack: one warning; English shows', async () => {
      const wrapper = await wrapperFixture(html`<div lang="zz-x-elnone"><ms-evidence-list></ms-evidence-list></div>`);
      const el = wrapper.querySelector('ms-evidence-list')!;
      expect(warnings.messages).to.deep.equal([
        `<ms-evidence-list> lang: no content pack for "zz-x-elnone". Registered: ${registeredLocales().join(', ')}. Showing English.`,
      ]);
      expectShows(el);
      expect(root(el).querySelector('section')!.getAttribute('lang')).to.equal('en');
      el.setAttribute('heading-level', '3');
      el.requestUpdate();
      await settle(el);
      expectLevels(el, 3);
      expect(warnings.messages).to.have.length(1);
      await expect(el).to.be.accessible();
      expect(trap.errors).to.deep.equal([]);
    });
  });
});
