import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/source-list/source-list.js';
import type { MsSourceList } from '../src/components/source-list/source-list.js';
import { registerContent } from '../src/content/registry.js';
import type { ContentPack } from '../src/content/types.js';
import en from '../src/content/en.generated.js';
import { deepText, footerText } from './support/helpers.js';

// The article's sources, in its order (test/fixtures/source-article.txt).
const TITLES = [
  'Stem Cell Therapies for MS',
  'Stem Cell Therapy for Multiple Sclerosis: Treatment Options',
  'Stem Cell Therapy May Help Treat Multiple Sclerosis',
  'Stem cell therapy for multiple sclerosis',
  'Stem Cell Therapy for Multiple Sclerosis',
];

// Test-only addresses on the reserved example.org domain: not citation facts.
const LINKED = 'https://example.org/source-two';
const PLAIN_HTTP = 'http://example.org/source-four';

/** A pseudo-locale: the English pack with test links on two sources. */
function packWithLinks(lang: string): ContentPack {
  const pack = structuredClone(en);
  pack.lang = lang;
  pack.sources.items[1].url = LINKED;
  pack.sources.items[3].url = PLAIN_HTTP;
  return pack;
}

const shadow = (el: MsSourceList) => el.shadowRoot!;
const items = (el: MsSourceList) => [...shadow(el).querySelectorAll('li')];

describe('ms-source-list', () => {
  describe('content', () => {
    it('shows the heading and the five titles, in order, as an ordered list', async () => {
      const el = await fixture<MsSourceList>(html`<ms-source-list></ms-source-list>`);
      const root = shadow(el);
      const h = root.querySelector('h2')!;
      expect(deepText(h)).to.equal('Sources');
      const lists = root.querySelectorAll('ol, ul');
      expect(lists).to.have.length(1);
      expect(lists[0].localName).to.equal('ol');
      expect(items(el).map((li) => li.parentElement)).to.deep.equal([lists[0], lists[0], lists[0], lists[0], lists[0]]);
      expect(items(el).map((li) => li.textContent!.trim())).to.deep.equal(TITLES);
      expect(deepText(el)).to.equal(['Sources', ...TITLES, footerText(en)].join(' '));
    });

    it('keeps the two titles that differ only in letter case apart', async () => {
      const el = await fixture<MsSourceList>(html`<ms-source-list></ms-source-list>`);
      const texts = items(el).map((li) => li.textContent!.trim());
      expect(texts[3]).to.equal('Stem cell therapy for multiple sclerosis');
      expect(texts[4]).to.equal('Stem Cell Therapy for Multiple Sclerosis');
    });

    it('labels its section landmark with its heading', async () => {
      const el = await fixture<MsSourceList>(html`<ms-source-list></ms-source-list>`);
      const section = shadow(el).querySelector('section')!;
      expect(section.getAttribute('aria-labelledby')).to.equal('heading');
      expect(shadow(el).getElementById('heading')!.localName).to.equal('h2');
      expect(section.getAttribute('lang')).to.equal('en');
    });
  });

  describe('links', () => {
    it('has no links in the English pack, whose URLs are all null', async () => {
      expect(en.sources.items.map((s) => s.url)).to.deep.equal([null, null, null, null, null]);
      const el = await fixture<MsSourceList>(html`<ms-source-list></ms-source-list>`);
      expect(shadow(el).querySelectorAll('a')).to.have.length(0);
      expect(shadow(el).querySelectorAll('[part~="link"]')).to.have.length(0);
    });

    it('links a source whose pack gives an http(s) URL, with rel="noopener noreferrer"', async () => {
      registerContent('en-x-srclinks', packWithLinks('en-x-srclinks'));
      const el = await fixture<MsSourceList>(html`<ms-source-list lang="en-x-srclinks"></ms-source-list>`);
      const links = [...shadow(el).querySelectorAll('a')];
      expect(links).to.have.length(2);
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([LINKED, PLAIN_HTTP]);
      expect(links.map((a) => a.textContent)).to.deep.equal([TITLES[1], TITLES[3]]);
      links.forEach((a) => {
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(a.getAttribute('part')).to.equal('link');
        expect(a.hasAttribute('target')).to.equal(false);
      });
      // Each link sits in its own item; the others stay plain text, all in order.
      expect(links.map((a) => a.parentElement)).to.deep.equal([items(el)[1], items(el)[3]]);
      expect(items(el).map((li) => li.textContent!.trim())).to.deep.equal(TITLES);
      expect(items(el)[0].querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('gains its links when the pack is registered after the first render', async () => {
      const el = await fixture<MsSourceList>(html`<ms-source-list lang="en-x-srclater"></ms-source-list>`);
      expect(shadow(el).querySelectorAll('a')).to.have.length(0);
      registerContent('en-x-srclater', packWithLinks('en-x-srclater'));
      await el.updateComplete;
      expect([...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        LINKED,
        PLAIN_HTTP,
      ]);
    });

    it('never renders a link the registry refused', async () => {
      const bad = packWithLinks('en-x-srcbad');
      bad.sources.items[1].url = 'javascript:alert(1)';
      expect(() => registerContent('en-x-srcbad', bad)).to.throw(TypeError, 'pack.sources.items[1].url');
      const el = await fixture<MsSourceList>(html`<ms-source-list lang="en-x-srcbad"></ms-source-list>`);
      expect(shadow(el).querySelectorAll('a')).to.have.length(0);
    });
  });

  describe('heading', () => {
    it('follows heading-level', async () => {
      const el = await fixture<MsSourceList>(html`<ms-source-list heading-level="5"></ms-source-list>`);
      const headings = [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')];
      expect(headings.map((h) => h.localName)).to.deep.equal(['h5']);
      expect(deepText(headings[0])).to.equal('Sources');
    });

    it('lets the heading slot replace the heading text', async () => {
      const el = await fixture<MsSourceList>(
        html`<ms-source-list><span slot="heading">Further reading</span></ms-source-list>`,
      );
      expect(deepText(shadow(el).querySelector('h2')!)).to.equal('Further reading');
      expect(deepText(el)).to.equal(['Further reading', ...TITLES, footerText(en)].join(' '));
    });
  });

  describe('parts', () => {
    it('exposes base, heading, list, one item per source and footer', async () => {
      const el = await fixture<MsSourceList>(html`<ms-source-list></ms-source-list>`);
      const part = (name: string) => [...shadow(el).querySelectorAll(`[part~="${name}"]`)].map((e) => e.localName);
      expect(part('base')).to.deep.equal(['section']);
      expect(part('heading')).to.deep.equal(['h2']);
      expect(part('list')).to.deep.equal(['ol']);
      expect(part('item')).to.deep.equal(['li', 'li', 'li', 'li', 'li']);
      expect(part('footer')).to.deep.equal(['footer']);
      expect(part('link')).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    it('is accessible', async () => {
      const el = await fixture<MsSourceList>(html`<ms-source-list></ms-source-list>`);
      await expect(el).to.be.accessible();
    });
  });
});
