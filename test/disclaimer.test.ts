import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../src/components/disclaimer/disclaimer.js';
import type { MsDisclaimer } from '../src/components/disclaimer/disclaimer.js';
import { registerContent } from '../src/content/registry.js';
import type { ContentPack } from '../src/content/types.js';
import en from '../src/content/en.generated.js';
import { captureWarnings, deepText } from './support/helpers.js';

const TITLE = 'The Potential of Stem Cell Therapy in the Treatment of Multiple Sclerosis';
// The project's own words (content/en.json, `ui`).
const LABEL = 'About this content';
const NOTICE =
  'This content is for education only. It is not medical advice and does not replace a conversation with your clinician.';
const ATTRIBUTION = 'From the article';
const LAST_REVIEWED = 'Last reviewed';
const ALLOWED = 'a date as YYYY-MM-DD, e.g. 2026-11-25';

const shadow = (el: MsDisclaimer) => el.shadowRoot!;
const reviewedLine = (el: MsDisclaimer) => shadow(el).querySelector<HTMLElement>('[part="reviewed"]');
const time = (el: MsDisclaimer) => shadow(el).querySelector('time');

/** A pseudo-locale: the English pack with every `ui` string wrapped in brackets. */
function bracketed(lang: string): ContentPack {
  const pack = structuredClone(en);
  pack.lang = lang;
  const ui = pack.ui as unknown as Record<string, string>;
  for (const key of ['disclaimer', 'attribution', 'lastReviewed', 'disclaimerLabel', 'study']) ui[key] = `[${ui[key]}]`;
  return pack;
}

describe('ms-disclaimer', () => {
  describe('content', () => {
    it('shows the heading, the notice and the attribution with the article title', async () => {
      const el = await fixture<MsDisclaimer>(html`<ms-disclaimer></ms-disclaimer>`);
      const root = shadow(el);
      expect(deepText(root.querySelector('h2')!)).to.equal(LABEL);
      expect(root.querySelector('[part="notice"]')!.textContent).to.equal(NOTICE);
      const attribution = root.querySelector('[part="attribution"]')!;
      expect(deepText(attribution)).to.equal(`${ATTRIBUTION} ${TITLE}`);
      expect(attribution.querySelector('cite')!.textContent).to.equal(TITLE);
      expect(reviewedLine(el)).to.equal(null);
      expect(deepText(el)).to.equal(`${LABEL} ${NOTICE} ${ATTRIBUTION} ${TITLE}`);
    });

    it('is a complementary landmark named by its heading', async () => {
      const el = await fixture<MsDisclaimer>(html`<ms-disclaimer></ms-disclaimer>`);
      const aside = shadow(el).querySelector('aside')!;
      expect(aside.getAttribute('aria-labelledby')).to.equal('heading');
      expect(deepText(shadow(el).getElementById('heading')!)).to.equal(LABEL);
      expect(aside.getAttribute('lang')).to.equal('en');
    });

    it('takes its words from the pack of its language', async () => {
      registerContent('en-x-discl', bracketed('en-x-discl'));
      const el = await fixture<MsDisclaimer>(html`<ms-disclaimer lang="en-x-discl" reviewed="2026-11-25"></ms-disclaimer>`);
      expect(deepText(el)).to.equal(
        `[${LABEL}] [${NOTICE}] [${ATTRIBUTION}] ${TITLE} [${LAST_REVIEWED}] November 25, 2026`,
      );
    });
  });

  describe('reviewed', () => {
    it('shows a valid ISO date as <time datetime> (English default: US order)', async () => {
      const el = await fixture<MsDisclaimer>(html`<ms-disclaimer reviewed="2026-11-25"></ms-disclaimer>`);
      const line = reviewedLine(el)!;
      expect(deepText(line)).to.equal(`${LAST_REVIEWED} November 25, 2026`);
      expect(time(el)!.getAttribute('datetime')).to.equal('2026-11-25');
      expect(time(el)!.textContent).to.equal('November 25, 2026');
      expect(line.localName).to.equal('p');
    });

    describe('US English, the pack\u2019s own', () => {
      /** Renders a disclaimer reviewed on `iso` under `lang`, counting what Intl was asked meanwhile. */
      async function reviewedIn(lang: string, iso: string) {
        const { DateTimeFormat } = Intl;
        const { toLocaleDateString } = Date.prototype;
        let asked = 0;
        Intl.DateTimeFormat = new Proxy(DateTimeFormat, {
          construct(target, args) {
            asked++;
            return Reflect.construct(target, args);
          },
        });
        Date.prototype.toLocaleDateString = function (this: Date, ...args: Parameters<Date['toLocaleDateString']>) {
          asked++;
          return toLocaleDateString.apply(this, args);
        };
        try {
          const el = await fixture<MsDisclaimer>(html`<ms-disclaimer lang=${lang} reviewed=${iso}></ms-disclaimer>`);
          return { words: time(el)!.textContent, asked };
        } finally {
          Intl.DateTimeFormat = DateTimeFormat;
          Date.prototype.toLocaleDateString = toLocaleDateString;
        }
      }
      const intl = (lang: string, iso: string) =>
        new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang, { dateStyle: 'long', timeZone: 'UTC' });

      // Dates no other test renders: identical widgets share one render (src/shared/shared-render.ts), which would ask nothing either way.
      for (const [lang, iso] of [['en', '2026-08-17'], ['en-US', '2027-03-09'], ['EN-us', '2028-02-29'], ['en', '0999-12-31']]) {
        it(`lang="${lang}", ${iso}: Intl's own words, written without asking Intl (the first date format costs a page 100–200 ms at 4× CPU)`, async () => {
          expect(await reviewedIn(lang, iso)).to.deep.equal({ words: intl(lang, iso), asked: 0 });
        });
      }

      it('other Englishes ask Intl: en-GB writes the day first', async () => {
        const { words, asked } = await reviewedIn('en-GB', '2026-10-14');
        expect(words).to.equal('14 October 2026');
        expect(asked).to.be.greaterThan(0);
      });
    });

    const formats: Array<[string, string]> = [
      ['en-GB', '25 November 2026'],
      ['en-US', 'November 25, 2026'],
    ];
    for (const [lang, text] of formats) {
      it(`formats the date for lang="${lang}" as "${text}"`, async () => {
        const el = await fixture<MsDisclaimer>(html`<ms-disclaimer lang=${lang} reviewed="2026-11-25"></ms-disclaimer>`);
        expect(time(el)!.textContent).to.equal(text);
        expect(time(el)!.getAttribute('datetime')).to.equal('2026-11-25');
        // The English pack serves en-GB and en-US without a warning; the text keeps the page's tag.
        expect(shadow(el).querySelector('aside')!.getAttribute('lang')).to.equal(lang);
      });
    }

    it('formats for the language of an ancestor', async () => {
      // fixtureSync: `fixture` would wait for an animation frame, which a background tab may not get.
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div lang="en-GB"><ms-disclaimer reviewed="2027-01-05"></ms-disclaimer></div>`,
      );
      const el = wrapper.querySelector('ms-disclaimer')!;
      await el.updateComplete;
      expect(time(el)!.textContent).to.equal('5 January 2027');
      expect(time(el)!.getAttribute('datetime')).to.equal('2027-01-05');
    });

    it('formats for a registered pack\u2019s language (a pseudo-locale made from English)', async () => {
      registerContent('de', bracketed('de'));
      const el = await fixture<MsDisclaimer>(html`<ms-disclaimer lang="de" reviewed="2026-11-25"></ms-disclaimer>`);
      expect(time(el)!.textContent).to.equal('25. November 2026');
      expect(deepText(reviewedLine(el)!)).to.equal(`[${LAST_REVIEWED}] 25. November 2026`);
    });

    it('reformats when the reader\u2019s language changes after the first render', async () => {
      const el = await fixture<MsDisclaimer>(html`<ms-disclaimer lang="en-GB" reviewed="2026-11-25"></ms-disclaimer>`);
      expect(time(el)!.textContent).to.equal('25 November 2026');
      el.setAttribute('lang', 'en-US');
      // The lang observer reacts in a microtask; the update follows.
      await Promise.resolve();
      await el.updateComplete;
      expect(time(el)!.textContent).to.equal('November 25, 2026');
    });

    it('accepts leap days and ignores surrounding spaces', async () => {
      const el = await fixture<MsDisclaimer>(html`<ms-disclaimer lang="en-GB" reviewed=" 2028-02-29 "></ms-disclaimer>`);
      expect(time(el)!.getAttribute('datetime')).to.equal('2028-02-29');
      expect(time(el)!.textContent).to.equal('29 February 2028');
    });

    it('keeps years below 100 as written (no 1900s shift)', async () => {
      const el = await fixture<MsDisclaimer>(html`<ms-disclaimer lang="en-GB" reviewed="0099-05-01"></ms-disclaimer>`);
      expect(time(el)!.getAttribute('datetime')).to.equal('0099-05-01');
      expect(time(el)!.textContent).to.equal('1 May 99');
    });

    it('never shifts the date by the reader\u2019s time zone offset (first and last day of a year)', async () => {
      const el = await fixture<MsDisclaimer>(html`<ms-disclaimer lang="en-GB" reviewed="2026-01-01"></ms-disclaimer>`);
      expect(time(el)!.textContent).to.equal('1 January 2026');
      el.reviewed = '2026-12-31';
      await el.updateComplete;
      expect(time(el)!.textContent).to.equal('31 December 2026');
      expect(time(el)!.getAttribute('datetime')).to.equal('2026-12-31');
    });

    for (const bad of ['2026-02-30', 'yesterday', '2026-1-5', '2027-02-29', '2026-13-01', '25/11/2026', '2026-11-25T10:00']) {
      it(`warns once and shows no reviewed line for reviewed="${bad}"`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<MsDisclaimer>(html`<ms-disclaimer reviewed=${bad}></ms-disclaimer>`);
          // Further renders must not repeat the warning.
          el.requestUpdate();
          await el.updateComplete;
          el.headingLevel = 3;
          await el.updateComplete;
          expect(reviewedLine(el)).to.equal(null);
          expect(time(el)).to.equal(null);
          expect(deepText(el)).not.to.contain(LAST_REVIEWED);
          expect(warnings.messages).to.deep.equal([
            `<ms-disclaimer> reviewed: "${bad}" is not valid. Allowed: ${ALLOWED}.`,
          ]);
          // The rest of the disclaimer still shows.
          expect(deepText(el)).to.equal(`${LABEL} ${NOTICE} ${ATTRIBUTION} ${TITLE}`);
        } finally {
          warnings.restore();
        }
      });
    }

    it('shows nothing and warns nothing for an empty or absent value', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<MsDisclaimer>(html`<ms-disclaimer reviewed=""></ms-disclaimer>`);
        expect(reviewedLine(el)).to.equal(null);
        el.removeAttribute('reviewed');
        await el.updateComplete;
        expect(reviewedLine(el)).to.equal(null);
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('follows changes after the first render: valid, invalid, valid again, removed', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<MsDisclaimer>(html`<ms-disclaimer lang="en-GB"></ms-disclaimer>`);
        expect(reviewedLine(el)).to.equal(null);

        el.setAttribute('reviewed', '2026-11-25');
        await el.updateComplete;
        expect(time(el)!.getAttribute('datetime')).to.equal('2026-11-25');
        expect(time(el)!.textContent).to.equal('25 November 2026');

        el.setAttribute('reviewed', '2026-12-01');
        await el.updateComplete;
        expect(time(el)!.getAttribute('datetime')).to.equal('2026-12-01');
        expect(time(el)!.textContent).to.equal('1 December 2026');

        el.setAttribute('reviewed', 'yesterday');
        await el.updateComplete;
        expect(reviewedLine(el)).to.equal(null);
        expect(warnings.messages).to.deep.equal([`<ms-disclaimer> reviewed: "yesterday" is not valid. Allowed: ${ALLOWED}.`]);

        el.setAttribute('reviewed', '2027-03-04');
        await el.updateComplete;
        expect(time(el)!.getAttribute('datetime')).to.equal('2027-03-04');
        expect(time(el)!.textContent).to.equal('4 March 2027');

        // The same bad value again is not news: still one warning.
        el.setAttribute('reviewed', 'yesterday');
        await el.updateComplete;
        expect(reviewedLine(el)).to.equal(null);
        expect(warnings.messages).to.have.length(1);

        el.removeAttribute('reviewed');
        await el.updateComplete;
        expect(reviewedLine(el)).to.equal(null);
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('warns separately for each different bad value', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<MsDisclaimer>(html`<ms-disclaimer reviewed="2026-02-30"></ms-disclaimer>`);
        el.reviewed = '2026-1-5';
        await el.updateComplete;
        expect(warnings.messages).to.deep.equal([
          `<ms-disclaimer> reviewed: "2026-02-30" is not valid. Allowed: ${ALLOWED}.`,
          `<ms-disclaimer> reviewed: "2026-1-5" is not valid. Allowed: ${ALLOWED}.`,
        ]);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('heading', () => {
    it('follows heading-level', async () => {
      const el = await fixture<MsDisclaimer>(html`<ms-disclaimer heading-level="4"></ms-disclaimer>`);
      const headings = [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')];
      expect(headings.map((h) => h.localName)).to.deep.equal(['h4']);
      expect(deepText(headings[0])).to.equal(LABEL);
    });

    it('lets the heading slot replace the heading text', async () => {
      const el = await fixture<MsDisclaimer>(html`<ms-disclaimer><span slot="heading">Please note</span></ms-disclaimer>`);
      expect(deepText(shadow(el).querySelector('h2')!)).to.equal('Please note');
      expect(deepText(el)).to.equal(`Please note ${NOTICE} ${ATTRIBUTION} ${TITLE}`);
    });
  });

  describe('parts', () => {
    it('exposes base, heading, notice, attribution and (with a date) reviewed', async () => {
      const el = await fixture<MsDisclaimer>(html`<ms-disclaimer reviewed="2026-11-25"></ms-disclaimer>`);
      const part = (name: string) => [...shadow(el).querySelectorAll(`[part~="${name}"]`)].map((e) => e.localName);
      expect(part('base')).to.deep.equal(['aside']);
      expect(part('heading')).to.deep.equal(['h2']);
      expect(part('notice')).to.deep.equal(['p']);
      expect(part('attribution')).to.deep.equal(['p']);
      expect(part('reviewed')).to.deep.equal(['p']);
    });
  });

  describe('accessibility', () => {
    it('is accessible without a date', async () => {
      const el = await fixture<MsDisclaimer>(html`<ms-disclaimer></ms-disclaimer>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible with a date', async () => {
      const el = await fixture<MsDisclaimer>(html`<ms-disclaimer lang="en-GB" reviewed="2026-11-25"></ms-disclaimer>`);
      await expect(el).to.be.accessible();
    });
  });
});
