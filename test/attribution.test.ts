/**
 * The attribution footer (part `footer`) of every element shown on its own:
 * the article's title, "educational, not medical advice" and, with
 * `source-url`, a link to the page with the sources and the disclaimer.
 * Only `no-attribution` removes it; elements composed inside ms-article and
 * the cards inside ms-evidence-list do not repeat it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import en from '../src/content/en.generated.js';
import type { MsRiskPanel } from '../src/components/risk-panel/risk-panel.js';
import { registerContent } from '../src/content/registry.js';
import type { ContentPack } from '../src/content/types.js';
import {
  captureEachTest,
  deepQueryAll,
  deepText,
  footerLine,
  footerOf,
  footerText,
  invalidWarning,
  lineText,
  root,
  settle,
  wrapperFixture,
} from './support/helpers.js';

/** Each element that can stand on its own and credits the article, as a page writes it. */
const STANDALONE: Array<[string, () => TemplateResult]> = [
  ['ms-section', () => html`<ms-section name="conclusion"></ms-section>`],
  ['ms-benefit-list', () => html`<ms-benefit-list></ms-benefit-list>`],
  ['ms-evidence-card', () => html`<ms-evidence-card study="halt-ms"></ms-evidence-card>`],
  ['ms-evidence-list', () => html`<ms-evidence-list></ms-evidence-list>`],
  ['ms-risk-panel', () => html`<ms-risk-panel></ms-risk-panel>`],
  ['ms-source-list', () => html`<ms-source-list></ms-source-list>`],
];

const ALLOWED_URL = 'an http or https URL, absolute or relative';

async function render(tag: string): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(STANDALONE.find(([t]) => t === tag)![1]());
  await settle(el);
  return el;
}

/** The English pack with the footer's words wrapped in brackets. */
function bracketed(lang: string): ContentPack {
  const pack = structuredClone(en);
  pack.lang = lang;
  pack.meta.title = `[${pack.meta.title}]`;
  for (const key of ['attribution', 'notAdvice', 'sourcesLink'] as const) pack.ui[key] = `[${pack.ui[key]}]`;
  return pack;
}

describe('attribution footer', () => {
  const { warnings, trap } = captureEachTest();

  for (const [tag] of STANDALONE) {
    describe(tag, () => {
      it('ends with one footer line: the title, "educational, not medical advice", no link without source-url', async () => {
        const el = await render(tag);
        const footer = footerOf(el)!;
        expect(footer.localName).to.equal('footer');
        expect(lineText(footer)).to.equal(footerLine(en));
        expect(footer.querySelector('cite')!.textContent).to.equal(en.meta.title);
        expect(footer.querySelectorAll('a')).to.have.length(0);
        // Inside the element's own section or card, last, and the only footer.
        const base = root(el).querySelector('[part~="base"]')!;
        expect(base.lastElementChild).to.equal(footer);
        expect(root(el).querySelectorAll('footer')).to.have.length(1);
        expect(deepText(el).endsWith(footerText(en))).to.equal(true);
        expect(warnings.messages).to.deep.equal([]);
      });

      it('links to source-url, an absolute or relative http(s) address, and follows changes', async () => {
        const el = await render(tag);
        for (const url of ['https://clinic.example/ms-stem-cells#sources', '/ms-stem-cells#about', '#disclaimer']) {
          el.setAttribute('source-url', url);
          await settle(el);
          const link = footerOf(el)!.querySelector('a')!;
          expect(link.getAttribute('href')).to.equal(url);
          expect(link.getAttribute('part')).to.equal('source-link');
          expect(link.textContent).to.equal(en.ui.sourcesLink);
          expect(link.hasAttribute('target')).to.equal(false);
          expect(lineText(footerOf(el))).to.equal(footerLine(en, true));
        }
        el.removeAttribute('source-url');
        await settle(el);
        expect(footerOf(el)!.querySelectorAll('a')).to.have.length(0);
        expect(warnings.messages).to.deep.equal([]);
      });

      it('is accessible with its link', async () => {
        const el = await render(tag);
        el.setAttribute('source-url', 'https://clinic.example/ms');
        await settle(el);
        await expect(el).to.be.accessible();
      });

      it('no-attribution removes it, and only it; removing the attribute brings it back', async () => {
        const el = await render(tag);
        const withFooter = deepText(el);
        el.setAttribute('no-attribution', '');
        await settle(el);
        expect(footerOf(el)).to.equal(null);
        expect(root(el).querySelectorAll('footer')).to.have.length(0);
        expect(`${deepText(el)} ${footerText(en)}`).to.equal(withFooter);
        el.removeAttribute('no-attribution');
        await settle(el);
        expect(lineText(footerOf(el))).to.equal(footerLine(en));
      });
    });
  }

  describe('bad source-url', () => {
    const BAD = ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'mailto:a@b.example', 'ftp://example.org/x', 'http://[::1'];
    for (const bad of BAD) {
      it(`source-url=${JSON.stringify(bad)}: one warning naming element, attribute, value and what is allowed; no link`, async () => {
        const el = await fixture<MsRiskPanel>(html`<ms-risk-panel source-url=${bad}></ms-risk-panel>`);
        await settle(el);
        expect(warnings.messages).to.deep.equal([invalidWarning('ms-risk-panel')('source-url', bad, ALLOWED_URL)]);
        expect(deepQueryAll(el.shadowRoot!, 'a')).to.have.length(0);
        expect(lineText(footerOf(el))).to.equal(footerLine(en));
        el.requestUpdate();
        await settle(el);
        expect(warnings.messages).to.have.length(1);
        expect(trap.errors).to.deep.equal([]);
      });
    }

    it('an empty source-url is no link and no warning', async () => {
      const el = await fixture<HTMLElement>(html`<ms-section name="introduction" source-url=""></ms-section>`);
      expect(footerOf(el)!.querySelectorAll('a')).to.have.length(0);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('words and look', () => {
    it('takes its words from the pack of its language', async () => {
      registerContent('en-x-attr', bracketed('en-x-attr'));
      const wrapper = await wrapperFixture(
        html`<div lang="en-x-attr"><ms-benefit-list source-url="/ms"></ms-benefit-list></div>`,
      );
      const el = wrapper.querySelector('ms-benefit-list')!;
      expect(lineText(footerOf(el))).to.equal(footerLine(bracketed('en-x-attr'), true));
      expect(warnings.messages).to.deep.equal([]);
    });

    it('is one quiet line the page can restyle through ::part(footer), and does not overflow at 320px', async () => {
      const wrapper = await wrapperFixture(html`<div style="inline-size: 320px">
        <style>
          .branded::part(footer) {
            color: rgb(0, 105, 107);
          }
        </style>
        <ms-source-list class="branded" source-url="https://clinic.example/a-rather-long-address/ms-stem-cells#sources"></ms-source-list>
      </div>`);
      const el = wrapper.querySelector('ms-source-list')!;
      const footer = footerOf(el)!;
      const style = getComputedStyle(footer);
      expect(style.color).to.equal('rgb(0, 105, 107)');
      expect(parseFloat(style.fontSize)).to.be.below(parseFloat(getComputedStyle(el).fontSize));
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    });

    it('shows nothing at all when the element shows nothing (an unknown id)', async () => {
      const el = await fixture<HTMLElement>(html`<ms-evidence-card study="unknown"></ms-evidence-card>`);
      expect(footerOf(el)).to.equal(null);
      expect(deepText(el)).to.equal('');
      expect(warnings.messages).to.have.length(1);
    });
  });

  describe('composed elements do not repeat it', () => {
    it('ms-article: none of its parts shows a footer; its disclaimer credits the article', async () => {
      const el = await fixture<HTMLElement>(html`<ms-article></ms-article>`);
      await settle(el);
      expect(deepQueryAll(el.shadowRoot!, 'footer, [part~="footer"]')).to.have.length(0);
      const disclaimer = el.shadowRoot!.querySelector('ms-disclaimer')!;
      expect(lineText(disclaimer.shadowRoot!.querySelector('[part~="attribution"]'))).to.equal(
        `${en.ui.attribution} ${en.meta.title}`,
      );
      expect(lineText(disclaimer.shadowRoot!.querySelector('[part~="notice"]'))).to.equal(en.ui.disclaimer);
    });

    it('ms-evidence-list: one footer for the list, none on its cards', async () => {
      const el = await fixture<HTMLElement>(html`<ms-evidence-list source-url="/ms"></ms-evidence-list>`);
      await settle(el);
      expect(deepQueryAll(el.shadowRoot!, 'footer')).to.deep.equal([footerOf(el)]);
      expect(lineText(footerOf(el))).to.equal(footerLine(en, true));
      expect(el.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(3);
    });

    it('ms-disclaimer and ms-article have no footer of their own: they are the attribution', async () => {
      const disclaimer = await fixture<HTMLElement>(html`<ms-disclaimer></ms-disclaimer>`);
      expect(root(disclaimer).querySelectorAll('footer')).to.have.length(0);
      const article = await fixture<HTMLElement>(html`<ms-article></ms-article>`);
      expect(root(article).querySelectorAll('footer')).to.have.length(0);
      expect('noAttribution' in (customElements.get('ms-disclaimer')!.prototype as object)).to.equal(false);
      expect('sourceUrl' in (customElements.get('ms-article')!.prototype as object)).to.equal(false);
      expect('sourceUrl' in (customElements.get('ms-section')!.prototype as object)).to.equal(true);
    });
  });
});
