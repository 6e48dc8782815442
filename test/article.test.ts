import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../src/components/article/article.js';
import type { MsArticle } from '../src/components/article/article.js';
import type { MsToggleDetail } from '../src/components/risk-panel/risk-panel.js';
import en from '../src/content/en.generated.js';
import { deepQueryAll, deepText, settle, walkFlattened } from './support/helpers.js';
import { checkLabelDeepText, checked, doiUrl, loadCitations, recordDeepText } from './support/checked.js';
import { visibleText, wordCount } from './support/visible.js';

const TITLE = 'The Potential of Stem Cell Therapy in the Treatment of Multiple Sclerosis';

/** The article in its order: tag and, for prose sections, their `name`. */
const COMPOSITION = [
  'h2',
  'ms-section[introduction]',
  'ms-section[understanding-ms]',
  'ms-section[conventional-treatments]',
  'ms-section[exploring-stem-cell-therapy]',
  'ms-benefit-list',
  'ms-evidence-list',
  'ms-risk-panel',
  'ms-section[conclusion]',
  'ms-source-list',
  'ms-disclaimer',
];

/** The heading outline at the default level: [level, text]. */
const OUTLINE: Array<[number, string]> = [
  [2, TITLE],
  [3, 'Introduction'],
  [3, 'Understanding Multiple Sclerosis'],
  [3, 'Conventional Treatments for Multiple Sclerosis'],
  [3, 'Exploring Stem Cell Therapy'],
  [3, 'Benefits of Stem Cell Therapy'],
  [4, 'Regeneration of Myelin'],
  [4, 'Immune System Modulation'],
  [4, 'Potential Disease Modification'],
  [4, 'Improved Quality of Life'],
  [3, 'Scientific Evidence'],
  [4, 'The HALT-MS trial'],
  [4, 'The mesenchymal stem cell study'],
  [4, 'The systematic review and meta-analysis'],
  [3, 'Precautions and Considerations'],
  [4, 'Treatment Selection'],
  [4, 'Treatment Risks'],
  [4, 'Long-Term Safety'],
  [4, 'Ethical Considerations'],
  [3, 'Conclusion'],
  [3, 'Sources'],
  [3, 'About this content'],
];

/** Headings as a reader meets them: the flattened tree in order, shadow roots and slots included. */
function outline(root: Node): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  walkFlattened(root, (node) => {
    if (node instanceof HTMLElement && /^h[1-6]$/.test(node.localName)) {
      found.push([Number(node.localName[1]), deepText(node)]);
      return true;
    }
    return false;
  });
  return found;
}

const describeChild = (el: Element) => (el.localName === 'ms-section' ? `ms-section[${el.getAttribute('name')}]` : el.localName);

async function article(template = html`<ms-article></ms-article>`): Promise<MsArticle> {
  const el = await fixture<MsArticle>(template);
  await settle(el);
  return el;
}

/** What the reader should find, sentence by sentence: the article's own text file. */
async function articleSentences(): Promise<string[]> {
  const response = await fetch('/test/fixtures/source-article.txt');
  expect(response.ok, 'the fixture is served').to.equal(true);
  const source = await response.text();
  const sentences: string[] = [];
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    // "1. " numbering and the colon after an item's title are presentation.
    for (const piece of line.replace(/^\d+\.\s+/, '').split(/(?<=[.:?!])\s+/)) {
      sentences.push(piece.replace(/:$/, ''));
    }
  }
  return sentences;
}

describe('ms-article', () => {
  before(loadCitations);
  describe('composition', () => {
    it('is the title followed by every part, in the article\u2019s order', async () => {
      const el = await article();
      const base = el.shadowRoot!.querySelector('article')!;
      expect([...base.children].map(describeChild)).to.deep.equal(COMPOSITION);
      expect(deepText(base.children[0])).to.equal(TITLE);
    });

    it('names its article by the title and marks its language', async () => {
      const el = await article();
      const base = el.shadowRoot!.querySelector('article')!;
      expect(base.getAttribute('aria-labelledby')).to.equal('heading');
      expect(el.shadowRoot!.getElementById('heading')!.localName).to.equal('h2');
      expect(base.getAttribute('lang')).to.equal('en');
    });

    it('reads, in full, as the English pack in order, and nothing else', async () => {
      const el = await article();
      const section = (i: number) => [en.sections[i].heading, ...en.sections[i].paragraphs];
      const expected = [
        en.meta.title,
        ...section(0),
        ...section(1),
        ...section(2),
        ...section(3),
        en.benefits.heading,
        ...en.benefits.items.flatMap((b) => [b.title, b.text]),
        en.evidence.heading,
        en.evidence.intro,
        ...en.evidence.items.flatMap((s) => [
          en.ui.studyNames[s.id],
          s.text,
          checkLabelDeepText(en.ui.checkedBy),
          ...[recordDeepText(s.id, en.ui.record)].filter((l) => l !== null),
          ...checked(s.id).differences,
        ]),
        en.precautions.heading,
        en.precautions.intro,
        ...en.precautions.items.flatMap((p) => [p.title, p.text]),
        ...section(4),
        en.sources.heading,
        ...en.sources.items.map((s) => s.title),
        en.ui.disclaimerLabel,
        en.ui.disclaimer,
        en.ui.attribution,
        en.meta.title,
      ].join(' ');
      expect(deepText(el)).to.equal(expected);
    });

    it('contains every sentence of the article, in order', async () => {
      const el = await article();
      const text = deepText(el);
      const sentences = await articleSentences();
      // A sanity check on the fixture's reading: the article has 60 such pieces.
      expect(sentences).to.have.length(60);
      expect(sentences[0]).to.equal(TITLE);
      expect(sentences.at(-1)).to.equal('Stem Cell Therapy for Multiple Sclerosis');
      for (const sentence of sentences) expect(text, `the article shows: ${sentence}`).to.contain(sentence);

      let from = 0;
      for (const sentence of sentences) {
        const at = text.indexOf(sentence, from);
        expect(at, `in order: ${sentence}`).to.be.at.least(from);
        from = at + sentence.length;
      }
    });

    it('shows no disclaimer date (the English pack sets none) and no links but the checked DOIs (its sources have no URLs)', async () => {
      const el = await article();
      // From the article's own shadow root down, through every composed element.
      // The only dates: the month of each study's citation check, from content/citations.json.
      expect(deepQueryAll(el.shadowRoot!, 'time').map((t) => t.getAttribute('datetime'))).to.deep.equal(en.evidence.items.map(() => '2026-11'));
      expect(deepQueryAll(el.shadowRoot!, 'time').every((t) => t.closest('[part~="card-check-label"]'))).to.equal(true);
      expect(deepQueryAll(el.shadowRoot!, 'a').map((a) => a.getAttribute('href'))).to.deep.equal(
        en.evidence.items.map((s) => doiUrl(s.id)).filter((u) => u !== null),
      );
    });

    it('shows no attribution footer in its parts: its own disclaimer credits the article, once', async () => {
      const el = await article();
      expect(deepQueryAll(el.shadowRoot!, '[part~="footer"], footer')).to.have.length(0);
      const parts = [...el.shadowRoot!.querySelector('article')!.children].filter((c) => c.localName.startsWith('ms-'));
      expect(parts.filter((c) => c.localName !== 'ms-disclaimer').every((c) => c.hasAttribute('no-attribution'))).to.equal(true);
      expect(deepText(el).split(en.meta.title)).to.have.length(3, 'the title twice: as the heading and in the disclaimer');
      expect(deepText(el)).not.to.contain(en.ui.notAdvice);
    });
  });

  describe('heading outline', () => {
    it('is h2 for the title, h3 for each part and h4 inside them by default', async () => {
      const el = await article();
      expect(outline(el)).to.deep.equal(OUTLINE);
    });

    it('moves everything one level up with heading-level="1"', async () => {
      const el = await article(html`<ms-article heading-level="1"></ms-article>`);
      expect(outline(el)).to.deep.equal(OUTLINE.map(([level, text]) => [level - 1, text]));
    });

    it('moves everything down with heading-level="3", never past h6', async () => {
      const el = await article(html`<ms-article heading-level="3"></ms-article>`);
      expect(outline(el)).to.deep.equal(OUTLINE.map(([level, text]) => [level + 1, text]));
      const deep = await article(html`<ms-article heading-level="5"></ms-article>`);
      expect(outline(deep)).to.deep.equal(OUTLINE.map(([level, text]) => [Math.min(6, level + 3), text]));
    });

    it('follows heading-level changed after the first render, inner elements included', async () => {
      const el = await article();
      el.headingLevel = 1;
      await settle(el);
      expect(outline(el)).to.deep.equal(OUTLINE.map(([level, text]) => [level - 1, text]));
      el.removeAttribute('heading-level');
      el.setAttribute('heading-level', '2');
      await settle(el);
      expect(outline(el)).to.deep.equal(OUTLINE);
    });

    it('skips no level', async () => {
      const el = await article(html`<ms-article heading-level="1"></ms-article>`);
      const levels = outline(el).map(([level]) => level);
      levels.slice(1).forEach((level, i) => expect(level - levels[i]).to.be.at.most(1));
    });
  });

  describe('heading slot and parts', () => {
    it('lets the heading slot replace the title, keeping the outline', async () => {
      const el = await article(html`<ms-article><span slot="heading">Stem cells and MS</span></ms-article>`);
      expect(outline(el)).to.deep.equal([[2, 'Stem cells and MS'], ...OUTLINE.slice(1)]);
      // The attribution in the disclaimer still names the article.
      expect(deepText(el).endsWith(`${en.ui.attribution} ${TITLE}`)).to.equal(true);
    });

    it('exposes base and heading', async () => {
      const el = await article();
      const part = (name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)].map((e) => e.localName);
      expect(part('base')).to.deep.equal(['article']);
      expect(part('heading')).to.deep.equal(['h2']);
    });
  });

  describe('reviewed', () => {
    it('passes its reviewed date to the disclaimer, and follows changes', async () => {
      const el = await article(html`<ms-article lang="en-GB" reviewed="2026-11-20"></ms-article>`);
      const disclaimer = () => el.shadowRoot!.querySelector('ms-disclaimer')!;
      const time = () => disclaimer().shadowRoot!.querySelector('time');
      expect(time()!.getAttribute('datetime')).to.equal('2026-11-20');
      expect(time()!.textContent).to.equal('20 November 2026');
      el.removeAttribute('reviewed');
      await settle(el);
      expect(disclaimer().hasAttribute('reviewed')).to.equal(false);
      expect(time()).to.equal(null);
    });
  });

  describe('balance: risks as visible as benefits', () => {
    /** Each sentence of a text (content/en.json's words, split after . ? !). */
    const sentencesOf = (text: string) => text.split(/(?<=[.?!])\s+/);

    it('shows every precaution sentence on screen without a click: every word of the precautions, as of the benefits', async () => {
      const el = await article();
      const [panel] = deepQueryAll(el.shadowRoot!, 'ms-risk-panel');
      const [benefits] = deepQueryAll(el.shadowRoot!, 'ms-benefit-list');
      const risks = visibleText(panel);
      for (const item of en.precautions.items) {
        expect(risks, `${item.id}: its title`).to.include(item.title);
        for (const sentence of sentencesOf(item.text)) expect(risks, `${item.id}: shown`).to.include(sentence);
      }
      // As visible as the benefits: every word of both parts is shown. (Their
      // counts differ only as the article's own texts do.)
      const { precautions: p, benefits: b } = en;
      const allRiskWords = wordCount([p.heading, p.intro, ...p.items.flatMap((i) => [i.title, i.text])].join(' '));
      const allBenefitWords = wordCount([b.heading, ...b.items.flatMap((i) => [i.title, i.text])].join(' '));
      const riskWords = wordCount(risks);
      const benefitWords = wordCount(visibleText(benefits));
      console.info(`visible words: precautions ${riskWords} of ${allRiskWords}, benefits ${benefitWords} of ${allBenefitWords}`);
      expect(riskWords, 'every word of the precautions is shown').to.equal(allRiskWords);
      expect(benefitWords, 'every word of the benefits is shown').to.equal(allBenefitWords);
    });

    it("titles each precaution as it titles each benefit: a heading of the same level, size and weight", async () => {
      const el = await article();
      const [panel] = deepQueryAll(el.shadowRoot!, 'ms-risk-panel');
      const [benefits] = deepQueryAll(el.shadowRoot!, 'ms-benefit-list');
      const titles = (host: Element) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item-heading"]')];
      const look = (h: HTMLElement) => {
        const style = getComputedStyle(h);
        return { tag: h.localName, size: style.fontSize, weight: style.fontWeight };
      };
      expect(titles(panel).map((h) => h.textContent)).to.deep.equal(en.precautions.items.map((i) => i.title));
      const [benefit] = titles(benefits).map(look);
      expect(benefit.tag).to.equal('h4');
      for (const risk of titles(panel).map(look)) expect(risk).to.deep.equal(benefit);
    });

    it('hides a precaution the reader folds (the check can fail)', async () => {
      const el = await article();
      const [panel] = deepQueryAll(el.shadowRoot!, 'ms-risk-panel');
      deepQueryAll<HTMLElement>(panel.shadowRoot!, 'summary')[1].click();
      expect(visibleText(panel)).not.to.include(en.precautions.items[1].text);
    });
  });

  describe('events', () => {
    it('lets ms-toggle from its risk panel reach the page', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div><ms-article></ms-article></div>`);
      await settle(wrapper);
      const got = new Promise<CustomEvent<MsToggleDetail>>((resolve) =>
        wrapper.addEventListener('ms-toggle', (e) => resolve(e), { once: true }),
      );
      const [, summary] = deepQueryAll<HTMLElement>(wrapper, 'summary');
      // Expanded by default: the reader's click closes it.
      summary.click();
      const event = await got;
      expect(event.detail).to.deep.equal({ id: 'treatment-risks', open: false });
      expect(event.target).to.equal(wrapper.querySelector('ms-article'));
    });
  });

  describe('accessibility', () => {
    it('is accessible as a whole', async () => {
      const el = await article();
      await expect(el).to.be.accessible();
    });

    it('is accessible at heading-level 1 with every precaution collapsed by the reader', async () => {
      const el = await article(html`<ms-article heading-level="1"></ms-article>`);
      deepQueryAll<HTMLDetailsElement>(el, 'details').forEach((d) => (d.open = false));
      await expect(el).to.be.accessible();
    });
  });
});
