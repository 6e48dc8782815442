import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/components/evidence-card/evidence-card.js';
import type { MsEvidenceCard } from '../src/components/evidence-card/evidence-card.js';
import en from '../src/content/en.generated.js';
import { registerContent, registeredLocales } from '../src/content/registry.js';
import type { ContentPack, StudyId } from '../src/content/types.js';
import {
  captureEachTest,
  deepQueryAll,
  deepText,
  expectLevel,
  footerText,
  lineText,
  mainHeading,
  partNames,
  root,
  settle,
  wrapperFixture,
} from './support/helpers.js';
import { requiredAttributeTests } from './support/required-attribute.js';
import { CHECKED_MONTH, checkLabel, checkLabelDeepText, checked, doiUrl, loadCitations, recordDeepText, recordLine } from './support/checked.js';

const STUDIES = ['halt-ms', 'mesenchymal-stem-cells', 'systematic-review'] as const satisfies readonly StudyId[];

const study = (id: StudyId) => en.evidence.items.find((s) => s.id === id)!;
/**
 * Each study named in the article's own words: the words that open its
 * sentence (checked below against the sentence itself), never "Study 1".
 */
const NAMES: Record<StudyId, string> = {
  'halt-ms': 'The HALT-MS trial',
  'mesenchymal-stem-cells': 'The mesenchymal stem cell study',
  'systematic-review': 'The systematic review and meta-analysis',
};
const label = (id: StudyId) => NAMES[id];
const text = (el: Element) => root(el).querySelector('[part~="text"]')!.textContent;

/** The first `[part~=name]` in the card. */
const part = (el: Element, name: string) => root(el).querySelector(`[part~="${name}"]`);
/** The lines of every `[part~=name]` in the card. */
const partLines = (el: Element, name: string) => [...root(el).querySelectorAll(`[part~="${name}"]`)].map(lineText);

/** What the card shows after the article's sentence, from content/citations.json: who checked and when, the record (if any), then the notes. */
const checkedLines = (id: StudyId) => [
  checkLabel(en.ui.checkedBy),
  ...[recordLine(id, en.ui.record)].filter((l) => l !== null),
  ...checked(id).differences,
];

/**
 * Asserts the card shows exactly study `id` of the English pack: its number,
 * the article's sentence, what was checked about it and nothing more, and the
 * attribution footer.
 */
function expectShows(el: MsEvidenceCard, id: StudyId, heading = label(id)): void {
  expect(deepText(mainHeading(el))).to.equal(heading);
  expect(text(el)).to.equal(study(id).text);
  expect(partLines(el, 'record')).to.deep.equal([recordLine(id, en.ui.record)].filter((l) => l !== null));
  expect(partLines(el, 'note')).to.deep.equal(checked(id).differences);
  expect(root(el).querySelectorAll('[part~="note"]:not([lang="en"])')).to.have.length(0);
  expect([...root(el).querySelectorAll('a[part~="doi"]')].map((a) => a.getAttribute('href'))).to.deep.equal(
    [doiUrl(id)].filter((u) => u !== null),
  );
  expect([...root(el).querySelectorAll('p')].map(lineText)).to.deep.equal([study(id).text, ...checkedLines(id)]);
  // Everything checked sits in one note, named by its label, after the article's sentence.
  const check = root(el).querySelector('[part~="check"]')!;
  expect(check.localName).to.equal('aside');
  expect(check.getAttribute('role')).to.equal('note');
  const labelEl = root(el).getElementById(check.getAttribute('aria-labelledby')!)!;
  expect(labelEl.getAttribute('part')).to.equal('check-label');
  expect(labelEl.parentElement).to.equal(check);
  expect([...check.querySelectorAll('p')].map(lineText)).to.deep.equal(checkedLines(id));
  expect(check.querySelector('time')!.getAttribute('datetime')).to.equal(CHECKED_MONTH);
  expect(check.compareDocumentPosition(part(el, 'text')!) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(0);
  expect(deepText(el)).to.equal(
    [
      heading,
      study(id).text,
      checkLabelDeepText(en.ui.checkedBy),
      ...[recordDeepText(id, en.ui.record)].filter((l) => l !== null),
      ...checked(id).differences,
      footerText(en),
    ].join(' '),
  );
}

/** The English pack with the study label and every study's text replaced by `edit(original)`. */
function editedPack(edit: (s: string) => string): ContentPack {
  const pack = structuredClone(en);
  for (const id of STUDIES) pack.ui.studyNames[id] = edit(pack.ui.studyNames[id]);
  pack.ui.checkedBy = edit(pack.ui.checkedBy);
  pack.evidence.items.forEach((s) => {
    s.text = edit(s.text);
  });
  return pack;
}

describe('ms-evidence-card', () => {
  const capture = captureEachTest();
  const { warnings, trap } = capture;
  before(loadCitations);

  describe('content', () => {
    it('the pack holds the three studies in the article order, each named in the words its sentence opens with', () => {
      expect(en.evidence.items.map((s) => s.id)).to.deep.equal([...STUDIES]);
      expect(en.ui.studyNames).to.deep.equal(NAMES);
      expect(Object.keys(en.ui)).to.not.include('study');
      // The names are the article's words: "The HALT-MS trial, published in …", "A study published in The
      // Lancet showed that mesenchymal stem cells …", "… from a systematic review and meta-analysis …".
      expect(study('halt-ms').text.startsWith('The HALT-MS trial,')).to.equal(true);
      expect(study('mesenchymal-stem-cells').text).to.match(/^A study .* mesenchymal stem cells/);
      expect(study('systematic-review').text).to.contain(' a systematic review and meta-analysis ');
    });

    STUDIES.forEach((id) => {
      it(`study="${id}" is headed "${NAMES[id]}", then the article's sentence, word for word`, async () => {
        const el = await fixture<MsEvidenceCard>(html`<ms-evidence-card study=${id}></ms-evidence-card>`);
        expect(mainHeading(el).textContent).to.equal(NAMES[id]);
        expect(deepText(el)).to.not.match(/Study \d/);
        expectShows(el, id);
        expectLevel(el, 2);
        expect(warnings.messages).to.deep.equal([]);
      });
    });

    it('uses an article labelled by its heading, in the language of its text', async () => {
      const el = await fixture<MsEvidenceCard>(html`<ms-evidence-card study="halt-ms"></ms-evidence-card>`);
      const base = root(el).querySelector('article')!;
      expect(base.getAttribute('aria-labelledby')).to.equal('heading');
      expect(base.getAttribute('lang')).to.equal('en');
      // Heading, the article's sentence, the check (its label, the record, one note), the footer.
      expect([...base.children].map((c) => c.localName)).to.deep.equal(['h2', 'p', 'aside', 'footer']);
      expect([...base.querySelector('aside')!.children].map((c) => c.localName)).to.deep.equal(['p', 'p', 'p']);
    });

    it('exposes the parts base, heading, text, check, check-label, record, doi, note and footer', async () => {
      const el = await fixture<MsEvidenceCard>(html`<ms-evidence-card study="mesenchymal-stem-cells"></ms-evidence-card>`);
      expect(partNames(el)).to.deep.equal(['base', 'check', 'check-label', 'doi', 'footer', 'heading', 'note', 'note', 'record', 'text']);
      expect(root(el).querySelector('[part="base"]')!.localName).to.equal('article');
      expect(root(el).querySelector('[part="text"]')!.localName).to.equal('p');
      expect(root(el).querySelector('[part="record"]')!.localName).to.equal('p');
      expect(root(el).querySelector('[part="doi"]')!.parentElement).to.equal(root(el).querySelector('[part="record"]'));
      expect([...root(el).querySelectorAll('[part="note"]')].map((n) => n.localName)).to.deep.equal(['p', 'p']);
      expect(root(el).querySelector('[part="footer"]')!.localName).to.equal('footer');
    });

    it('has no record part where no record was confirmed (systematic-review): the note alone', async () => {
      const el = await fixture<MsEvidenceCard>(html`<ms-evidence-card study="systematic-review"></ms-evidence-card>`);
      expect(checked('systematic-review').record).to.equal(null);
      expect(partNames(el)).to.deep.equal(['base', 'check', 'check-label', 'footer', 'heading', 'note', 'text']);
      expect(root(el).querySelectorAll('a')).to.have.length(0);
      expectShows(el, 'systematic-review');
    });

    it('is accessible by default', async () => {
      const el = await fixture<MsEvidenceCard>(html`<ms-evidence-card study="halt-ms"></ms-evidence-card>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('what was checked (content/citations.json)', () => {
    it('halt-ms: the record beside the sentence, with its DOI link; the note says the journal matches', async () => {
      const el = await fixture<MsEvidenceCard>(html`<ms-evidence-card study="halt-ms"></ms-evidence-card>`);
      expect(partLines(el, 'record')).to.deep.equal(['Record checked: JAMA Neurology, 2015, doi:10.1001/jamaneurol.2014.3780']);
      const link = root(el).querySelector('a[part~="doi"]')!;
      expect(link.getAttribute('href')).to.equal('https://doi.org/10.1001/jamaneurol.2014.3780');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(link.hasAttribute('target')).to.equal(false);
      expect(partLines(el, 'note')).to.deep.equal([
        'The journal matches. The article does not say that this was an interim report of a single-arm trial without a control group.',
      ]);
      // The article's own sentence is untouched: it still says what it says.
      expect(text(el)).to.equal(study('halt-ms').text);
    });

    it('mesenchymal-stem-cells: a different journal is named, neutrally, beside the article’s "The Lancet"', async () => {
      const el = await fixture<MsEvidenceCard>(html`<ms-evidence-card study="mesenchymal-stem-cells"></ms-evidence-card>`);
      expect(text(el)).to.contain('published in The Lancet showed');
      expect(partLines(el, 'record')).to.deep.equal(['Record checked: The Lancet Neurology, 2012, doi:10.1016/S1474-4422(11)70305-2']);
      expect(root(el).querySelector('a[part~="doi"]')!.getAttribute('href')).to.equal('https://doi.org/10.1016/S1474-4422(11)70305-2');
      expect(partLines(el, 'note')).to.deep.equal([
        'Published in The Lancet Neurology, not The Lancet.',
        "The record checked does not confirm improvements in disability, myelin repair or quality of life: the study's efficacy measures concerned the visual pathway.",
      ]);
    });

    it('systematic-review: no record was confirmed, so none is shown, only the note', async () => {
      const el = await fixture<MsEvidenceCard>(html`<ms-evidence-card study="systematic-review"></ms-evidence-card>`);
      expect(part(el, 'record')).to.equal(null);
      expect(root(el).querySelectorAll('a, cite:not(footer cite)')).to.have.length(0);
      expect(partLines(el, 'note')).to.deep.equal([
        'No systematic review or meta-analysis of stem cell therapy in MS published in JAMA Neurology was found. The two closest publications differ in journal or design.',
      ]);
    });

    describe('the month of the check', () => {
      /** Renders a card under `lang`, counting the Intl date formats made meanwhile. */
      async function cardIn(lang: string) {
        const original = Intl.DateTimeFormat;
        let made = 0;
        Intl.DateTimeFormat = new Proxy(original, {
          construct(target, args) {
            made++;
            return Reflect.construct(target, args);
          },
        });
        try {
          const wrapper = await wrapperFixture(html`<div lang=${lang}><ms-evidence-card study="halt-ms"></ms-evidence-card></div>`);
          return { month: part(wrapper.firstElementChild!, 'check-label')!.querySelector('time')!.textContent, made };
        } finally {
          Intl.DateTimeFormat = original;
        }
      }

      for (const lang of ['en', 'en-GB', 'en-US', 'en-Latn-IN', 'EN-au']) {
        it(`lang="${lang}": citations.json's own words, with no Intl date format (the first one costs a page 100–200 ms at 4× CPU)`, async () => {
          expect(await cardIn(lang)).to.deep.equal({ month: 'November 2026', made: 0 });
        });
      }

      it('an English that writes months otherwise (another calendar) gets Intl’s words', async () => {
        const lang = 'en-u-ca-buddhist';
        const { month, made } = await cardIn(lang);
        const intl = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 15));
        expect(month).to.equal(intl);
        expect(made, 'Intl asked (or its formatter already made)').to.be.at.most(1);
      });
    });

    it('a page’s pack changes the words around the facts, never the facts; the notes stay English, marked so', async () => {
      const pack = editedPack((s) => `«${s}»`);
      pack.lang = 'de';
      pack.ui.record = 'Geprüfter Eintrag:';
      registerContent('de', pack);
      const el = await fixture<MsEvidenceCard>(html`<ms-evidence-card lang="de" study="mesenchymal-stem-cells"></ms-evidence-card>`);
      expect(text(el)).to.equal(`«${study('mesenchymal-stem-cells').text}»`);
      expect(partLines(el, 'record')).to.deep.equal(['Geprüfter Eintrag: The Lancet Neurology, 2012, doi:10.1016/S1474-4422(11)70305-2']);
      expect(partLines(el, 'note')).to.deep.equal(checked('mesenchymal-stem-cells').differences);
      expect([...root(el).querySelectorAll('[part~="note"]')].map((n) => n.getAttribute('lang'))).to.deep.equal(['en', 'en']);
      expect(root(el).querySelector('article')!.getAttribute('lang')).to.equal('de');
      await expect(el).to.be.accessible();
    });
    it('in a right-to-left pack the card is right-to-left and the English notes stay left-to-right', async () => {
      registerContent('ar-x-ecrtl', { ...structuredClone(en), lang: 'ar-x-ecrtl', dir: 'rtl' });
      const el = await fixture<MsEvidenceCard>(html`<ms-evidence-card lang="ar-x-ecrtl" study="mesenchymal-stem-cells"></ms-evidence-card>`);
      const article = root(el).querySelector('article')!;
      expect(article.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(part(el, 'text')!).direction).to.equal('rtl');
      const notes = [...root(el).querySelectorAll<HTMLElement>('[part~="note"]')];
      expect(notes.map((n) => n.getAttribute('dir'))).to.deep.equal(['ltr', 'ltr']);
      expect(notes.map((n) => getComputedStyle(n).direction)).to.deep.equal(['ltr', 'ltr']);
      // Where a character is drawn: in a right-to-left paragraph, the full stop ending an
      // English note would be drawn left of its first word; left-to-right, it is drawn last.
      const charX = (node: HTMLElement, at: 'first' | 'last') => {
        const textNode = [...node.childNodes].find((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim())!;
        const content = textNode.textContent!;
        const i = at === 'first' ? content.length - content.trimStart().length : content.trimEnd().length - 1;
        const range = document.createRange();
        range.setStart(textNode, i);
        range.setEnd(textNode, i + 1);
        return range.getBoundingClientRect().left;
      };
      for (const note of notes) expect(charX(note, 'last')).to.be.greaterThan(charX(note, 'first'));
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('look', () => {
    for (const id of STUDIES) {
      it(`${id}: what was checked is set apart from the article's sentence: a labelled box, smaller, the notes in italics`, async () => {
        const el = await fixture<MsEvidenceCard>(html`<ms-evidence-card study=${id}></ms-evidence-card>`);
        const style = (name: string) => getComputedStyle(part(el, name)!);
        const size = (s: CSSStyleDeclaration) => parseFloat(s.fontSize);
        const checkedParts = [...root(el).querySelectorAll<HTMLElement>('[part~="record"], [part~="note"]')];
        expect(checkedParts.length, 'record and notes').to.be.greaterThan(0);
        for (const p of checkedParts) {
          const s = getComputedStyle(p);
          expect(size(s) / size(style('text')), `${p.getAttribute('part')} size`).to.be.closeTo(0.9, 0.01);
          expect(s.fontStyle, `${p.getAttribute('part')} style`).to.equal(p.getAttribute('part') === 'note' ? 'italic' : 'normal');
        }
        expect(style('text').fontStyle).to.equal('normal');
        expect(size(getComputedStyle(el)), 'the sentence at the widget’s own size').to.equal(size(style('text')));
        // The check is a box of its own (a dashed border, which print and forced colours keep), under a bold label.
        const box = style('check');
        expect(box.borderTopStyle).to.equal('dashed');
        expect(parseFloat(box.borderTopWidth)).to.be.greaterThan(0);
        expect(Number(style('check-label').fontWeight)).to.be.at.least(700);
        expect(part(el, 'check-label')!.getBoundingClientRect().height, 'the label is on screen').to.be.greaterThan(0);
      });
    }
  });

  describe('study attribute', () => {
    it('follows changes after the first render, by attribute and by property', async () => {
      const el = await fixture<MsEvidenceCard>(html`<ms-evidence-card study="halt-ms"></ms-evidence-card>`);
      for (const id of [...STUDIES].reverse()) {
        el.setAttribute('study', id);
        await settle(el);
        expectShows(el, id);
      }
      el.study = 'mesenchymal-stem-cells';
      await settle(el);
      expectShows(el, 'mesenchymal-stem-cells');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('is accessible for another study', async () => {
      const el = await fixture<MsEvidenceCard>(
        html`<ms-evidence-card study="mesenchymal-stem-cells"></ms-evidence-card>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('heading-level attribute', () => {
    it('defaults to 2', async () => {
      const el = await fixture<MsEvidenceCard>(html`<ms-evidence-card study="halt-ms"></ms-evidence-card>`);
      expect(el.headingLevel).to.equal(2);
      expectLevel(el, 2);
    });

    [1, 2, 3, 4, 5, 6].forEach((level) => {
      it(`heading-level="${level}" gives <h${level}>`, async () => {
        const el = await fixture<MsEvidenceCard>(
          html`<ms-evidence-card study="systematic-review" heading-level=${String(level)}></ms-evidence-card>`,
        );
        expectLevel(el, level);
        expectShows(el, 'systematic-review');
        expect(warnings.messages).to.deep.equal([]);
      });
    });

    it('follows changes after the first render, and removal restores 2 without a warning', async () => {
      const el = await fixture<MsEvidenceCard>(html`<ms-evidence-card study="halt-ms"></ms-evidence-card>`);
      el.setAttribute('heading-level', '3');
      await settle(el);
      expectLevel(el, 3);
      el.setAttribute('heading-level', '6');
      await settle(el);
      expectLevel(el, 6);
      el.headingLevel = 1;
      await settle(el);
      expectLevel(el, 1);
      el.removeAttribute('heading-level');
      await settle(el);
      expectLevel(el, 2);
      expectShows(el, 'halt-ms');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('is accessible at heading-level 5', async () => {
      const el = await fixture<MsEvidenceCard>(
        html`<ms-evidence-card study="halt-ms" heading-level="5"></ms-evidence-card>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('heading slot', () => {
    it('replaces the heading text, keeping the heading element and level', async () => {
      const el = await fixture<MsEvidenceCard>(
        html`<ms-evidence-card study="halt-ms" heading-level="3"
          ><span slot="heading">HALT-MS</span></ms-evidence-card
        >`,
      );
      const h = mainHeading(el);
      expect(h.localName).to.equal('h3');
      expect(deepText(h)).to.equal('HALT-MS');
      const slot = h.querySelector('slot')!;
      expect(slot.name).to.equal('heading');
      expect(slot.assignedElements().map((n) => n.textContent)).to.deep.equal(['HALT-MS']);
      expectShows(el, 'halt-ms', 'HALT-MS');
    });

    it('goes back to the study\'s name when the slotted element is removed', async () => {
      const el = await fixture<MsEvidenceCard>(
        html`<ms-evidence-card study="systematic-review"><span slot="heading">Review</span></ms-evidence-card>`,
      );
      el.querySelector('span')!.remove();
      await settle(el);
      expect(deepText(mainHeading(el))).to.equal('The systematic review and meta-analysis');
      expectShows(el, 'systematic-review');
    });

    it('does not show unslotted light DOM content', async () => {
      const el = await fixture<MsEvidenceCard>(
        html`<ms-evidence-card study="halt-ms"><span>stray</span></ms-evidence-card>`,
      );
      expectShows(el, 'halt-ms');
    });

    it('is accessible with a slotted heading', async () => {
      const el = await fixture<MsEvidenceCard>(
        html`<ms-evidence-card study="halt-ms"><span slot="heading">HALT-MS</span></ms-evidence-card>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    requiredAttributeTests({
      tag: 'ms-evidence-card',
      attr: 'study',
      allowed: STUDIES,
      bad: ['halt', 'HALT-MS', 'halt-ms systematic-review', 'study-4'],
      badLevels: ['0', '7', 'abc', '-1', '3.5'],
      expectShows,
      expectLevel,
      capture,
    });
  });

  describe('content packs', () => {
    it('renders content strings as text, never as HTML', async () => {
      const evil = '<img src=x onerror="window.__msXssCard=1"><b>bold</b>';
      registerContent('en-x-ecxss', editedPack((s) => `${s} ${evil}`));
      const wrapper = await wrapperFixture(
        html`<div lang="en-x-ecxss">
          ${STUDIES.map((id) => html`<ms-evidence-card study=${id}></ms-evidence-card>`)}
        </div>`,
      );
      await aTimeout(50);
      expect(deepQueryAll(wrapper, 'img')).to.have.length(0);
      expect(deepQueryAll(wrapper, 'b')).to.have.length(0);
      expect((window as unknown as Record<string, unknown>).__msXssCard).to.equal(undefined);
      const els = [...wrapper.querySelectorAll('ms-evidence-card')];
      expect(els).to.have.length(3);
      els.forEach((el, i) => {
        expect(mainHeading(el).textContent).to.equal(`${NAMES[STUDIES[i]]} ${evil}`);
        expect(text(el)).to.equal(`${study(STUDIES[i]).text} ${evil}`);
        expect(root(el).querySelector('article')!.getAttribute('lang')).to.equal('en-x-ecxss');
      });
      expect(warnings.messages).to.deep.equal([]);
    });

    it('uses the pack of the nearest lang, and follows a lang change after the first render', async () => {
      registerContent('en-x-ecup', editedPack((s) => s.toUpperCase()));
      const wrapper = await wrapperFixture(
        html`<div lang="en"><ms-evidence-card study="mesenchymal-stem-cells"></ms-evidence-card></div>`,
      );
      const el = wrapper.querySelector('ms-evidence-card')!;
      expectShows(el, 'mesenchymal-stem-cells');
      wrapper.setAttribute('lang', 'en-x-ecup');
      await settle(wrapper);
      expect(mainHeading(el).textContent).to.equal('THE MESENCHYMAL STEM CELL STUDY');
      expect(lineText(part(el, 'check-label'))).to.equal(checkLabel(en.ui.checkedBy.toUpperCase()));
      expect(text(el)).to.equal(study('mesenchymal-stem-cells').text.toUpperCase());
      expect(root(el).querySelector('article')!.getAttribute('lang')).to.equal('en-x-ecup');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('a language without a pack: one warning naming the element, lang and value; English shows', async () => {
      const wrapper = await wrapperFixture(
        html`<div lang="zz-x-ecnone"><ms-evidence-card study="halt-ms"></ms-evidence-card></div>`,
      );
      const el = wrapper.querySelector('ms-evidence-card')!;
      expect(warnings.messages).to.deep.equal([
        `<ms-evidence-card> lang: no content pack for "zz-x-ecnone". Registered: ${registeredLocales().join(', ')}. Showing English.`,
      ]);
      expectShows(el, 'halt-ms');
      expect(root(el).querySelector('article')!.getAttribute('lang')).to.equal('en');
      el.setAttribute('study', 'systematic-review');
      el.requestUpdate();
      await settle(el);
      expectShows(el, 'systematic-review');
      expect(warnings.messages).to.have.length(1);
      await expect(el).to.be.accessible();
      expect(trap.errors).to.deep.equal([]);
    });
  });
});
