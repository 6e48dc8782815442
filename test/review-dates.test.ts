/**
 * Review dates: ms-disclaimer (and ms-article, which passes them on) shows
 * "Last reviewed" and "Next review due" from its attributes or else from the
 * content pack's meta; once the next review date has passed it shows a
 * visible "review overdue" note, sets `overdue` and fires
 * `ms-review-overdue` once, so a clinic's own monitoring can catch stale
 * content. The English pack sets no dates, so it shows none.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../src/components/article/article.js';
import type { MsArticle } from '../src/components/article/article.js';
import type { MsDisclaimer, MsReviewOverdueDetail } from '../src/components/disclaimer/disclaimer.js';
import en from '../src/content/en.generated.js';
import { registerContent } from '../src/content/registry.js';
import type { ContentPack } from '../src/content/types.js';
import { captureEachTest, deepText, invalidWarning, lineText, root, settle } from './support/helpers.js';

const ALLOWED = 'a date as YYYY-MM-DD, e.g. 2026-11-25';
const invalid = invalidWarning('ms-disclaimer');

/** The reader's calendar date `days` from today, as YYYY-MM-DD. */
function localDate(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
const YESTERDAY = localDate(-1);
const TODAY = localDate(0);

const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const timeOf = (el: Element, name: string) => part(el, name)?.querySelector('time') ?? null;

/** Every ms-review-overdue event that reaches the document while a test runs. */
function recordOverdue() {
  const events: Array<CustomEvent<MsReviewOverdueDetail>> = [];
  const listener = (e: Event) => events.push(e as CustomEvent<MsReviewOverdueDetail>);
  document.addEventListener('ms-review-overdue', listener);
  return { events, stop: () => document.removeEventListener('ms-review-overdue', listener) };
}

/** A pack like the English one, published by someone who did set review dates. */
function datedPack(lang: string, reviewed: string | null, nextReview: string | null): ContentPack {
  const pack = structuredClone(en);
  pack.lang = lang;
  pack.meta = { title: en.meta.title, version: '1.0.0-clinic', reviewed, nextReview };
  return pack;
}

async function disclaimer(template: ReturnType<typeof html>): Promise<MsDisclaimer> {
  const el = await fixture<MsDisclaimer>(template);
  await settle(el);
  return el;
}

describe('review dates', () => {
  const { warnings, trap } = captureEachTest();
  let overdue: ReturnType<typeof recordOverdue>;
  beforeEach(() => {
    overdue = recordOverdue();
  });
  afterEach(() => overdue.stop());

  describe('lines', () => {
    it('the English pack sets no dates, so the disclaimer shows none, and nothing is overdue', async () => {
      expect(en.meta.reviewed).to.equal(null);
      expect(en.meta.nextReview).to.equal(null);
      const el = await disclaimer(html`<ms-disclaimer></ms-disclaimer>`);
      expect(root(el).querySelectorAll('time')).to.have.length(0);
      expect(part(el, 'overdue')).to.equal(null);
      expect(el.overdue).to.equal(false);
      expect(el.hasAttribute('overdue')).to.equal(false);
      expect(overdue.events).to.have.length(0);
    });

    it('shows "Last reviewed" and "Next review due" from the attributes, as <time>, for the reader\u2019s language', async () => {
      const el = await disclaimer(html`<ms-disclaimer lang="en-GB" reviewed="2026-11-25" next-review="2999-05-25"></ms-disclaimer>`);
      expect(lineText(part(el, 'reviewed'))).to.equal(`${en.ui.lastReviewed} 25 November 2026`);
      expect(lineText(part(el, 'next-review'))).to.equal(`${en.ui.nextReview} 25 May 2999`);
      expect(timeOf(el, 'next-review')!.getAttribute('datetime')).to.equal('2999-05-25');
      expect(part(el, 'overdue')).to.equal(null);
      expect(deepText(el)).to.equal(
        `${en.ui.disclaimerLabel} ${en.ui.disclaimer} ${en.ui.attribution} ${en.meta.title} ${en.ui.lastReviewed} 25 November 2026 ${en.ui.nextReview} 25 May 2999`,
      );
      expect(warnings.messages).to.deep.equal([]);
    });

    it('takes the dates from the pack\u2019s meta when the attributes are absent; an attribute wins over the pack', async () => {
      registerContent('en-x-dated', datedPack('en-x-dated', '2026-11-20', '2999-11-20'));
      const el = await disclaimer(html`<ms-disclaimer lang="en-x-dated"></ms-disclaimer>`);
      expect(timeOf(el, 'reviewed')!.getAttribute('datetime')).to.equal('2026-11-20');
      expect(timeOf(el, 'next-review')!.getAttribute('datetime')).to.equal('2999-11-20');
      el.setAttribute('reviewed', '2027-01-02');
      el.setAttribute('next-review', '2998-01-02');
      await settle(el);
      expect(timeOf(el, 'reviewed')!.getAttribute('datetime')).to.equal('2027-01-02');
      expect(timeOf(el, 'next-review')!.getAttribute('datetime')).to.equal('2998-01-02');
      el.removeAttribute('next-review');
      await settle(el);
      expect(timeOf(el, 'next-review')!.getAttribute('datetime')).to.equal('2999-11-20');
    });

    for (const bad of ['2026-02-30', 'next year', '2026-1-5', '2026-11-25T10:00']) {
      it(`next-review="${bad}": one warning naming the attribute; the pack\u2019s date (here none) instead`, async () => {
        const el = await disclaimer(html`<ms-disclaimer next-review=${bad}></ms-disclaimer>`);
        el.requestUpdate();
        await settle(el);
        expect(warnings.messages).to.deep.equal([invalid('next-review', bad, ALLOWED)]);
        expect(part(el, 'next-review')).to.equal(null);
        expect(part(el, 'overdue')).to.equal(null);
        expect(trap.errors).to.deep.equal([]);
      });
    }

    it('a bad attribute falls back to the pack\u2019s date', async () => {
      registerContent('en-x-dated-bad', datedPack('en-x-dated-bad', '2026-11-20', '2999-11-20'));
      const el = await disclaimer(html`<ms-disclaimer lang="en-x-dated-bad" reviewed="recently" next-review="2999-13-01"></ms-disclaimer>`);
      expect(timeOf(el, 'reviewed')!.getAttribute('datetime')).to.equal('2026-11-20');
      expect(timeOf(el, 'next-review')!.getAttribute('datetime')).to.equal('2999-11-20');
      expect(warnings.messages).to.deep.equal([invalid('reviewed', 'recently', ALLOWED), invalid('next-review', '2999-13-01', ALLOWED)]);
    });
  });

  describe('overdue', () => {
    it('after the next review date: a visible note, the overdue attribute and one ms-review-overdue', async () => {
      const el = await disclaimer(html`<ms-disclaimer reviewed="2020-01-15" next-review=${YESTERDAY}></ms-disclaimer>`);
      const note = part(el, 'overdue')!;
      expect(lineText(note)).to.equal(en.ui.reviewOverdue);
      expect(note.localName).to.equal('p');
      expect(note.getBoundingClientRect().height).to.be.above(0);
      expect(getComputedStyle(note).visibility).to.equal('visible');
      expect(el.overdue).to.equal(true);
      expect(el.hasAttribute('overdue')).to.equal(true);
      expect(deepText(el).endsWith(en.ui.reviewOverdue)).to.equal(true);

      expect(overdue.events).to.have.length(1);
      const [event] = overdue.events;
      expect(event.target).to.equal(el);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        title: en.meta.title,
        version: en.meta.version,
        hash: en.meta.hash,
        reviewed: '2020-01-15',
        nextReview: YESTERDAY,
      });
      expect(warnings.messages).to.deep.equal([]);
    });

    it('fires once: re-renders, language changes and reconnecting do not fire it again', async () => {
      const el = await disclaimer(html`<ms-disclaimer next-review=${YESTERDAY}></ms-disclaimer>`);
      expect(overdue.events).to.have.length(1);
      el.requestUpdate();
      el.headingLevel = 4;
      el.setAttribute('lang', 'en-GB');
      await Promise.resolve();
      await settle(el);
      const parent = el.parentNode!;
      el.remove();
      parent.append(el);
      await settle(el);
      expect(part(el, 'overdue')).not.to.equal(null);
      expect(overdue.events).to.have.length(1);
    });

    it('is not overdue on the date itself, nor before it', async () => {
      for (const date of [TODAY, localDate(1), '2999-12-31']) {
        const el = await disclaimer(html`<ms-disclaimer next-review=${date}></ms-disclaimer>`);
        expect(part(el, 'overdue'), date).to.equal(null);
        expect(el.overdue, date).to.equal(false);
        expect(el.hasAttribute('overdue')).to.equal(false);
      }
      expect(overdue.events).to.have.length(0);
    });

    it('follows the date: a later date clears the note, another past date shows it and fires again', async () => {
      const el = await disclaimer(html`<ms-disclaimer next-review="2021-03-04"></ms-disclaimer>`);
      expect(overdue.events.map((e) => e.detail.nextReview)).to.deep.equal(['2021-03-04']);
      el.setAttribute('next-review', '2999-01-01');
      await settle(el);
      expect(part(el, 'overdue')).to.equal(null);
      expect(el.hasAttribute('overdue')).to.equal(false);
      el.setAttribute('next-review', '2022-05-06');
      await settle(el);
      expect(part(el, 'overdue')).not.to.equal(null);
      expect(overdue.events.map((e) => e.detail.nextReview)).to.deep.equal(['2021-03-04', '2022-05-06']);
    });

    it('the date decides, not a page setting overdue', async () => {
      const el = await disclaimer(html`<ms-disclaimer overdue next-review="2999-01-01"></ms-disclaimer>`);
      expect(el.overdue).to.equal(false);
      expect(part(el, 'overdue')).to.equal(null);
      el.overdue = true;
      await settle(el);
      expect(el.overdue).to.equal(false);
      expect(part(el, 'overdue')).to.equal(null);
      expect(overdue.events).to.have.length(0);
    });

    it('from a registered pack\u2019s nextReview too, with that pack\u2019s words and metadata', async () => {
      const pack = datedPack('en-x-stale', '2019-06-01', '2020-06-01');
      pack.ui.reviewOverdue = '[Review overdue]';
      registerContent('en-x-stale', pack);
      const el = await disclaimer(html`<ms-disclaimer lang="en-x-stale"></ms-disclaimer>`);
      expect(lineText(part(el, 'overdue'))).to.equal('[Review overdue]');
      expect(overdue.events.map((e) => e.detail)).to.deep.equal([
        { title: en.meta.title, version: '1.0.0-clinic', reviewed: '2019-06-01', nextReview: '2020-06-01' },
      ]);
    });

    it('is accessible with the note', async () => {
      const el = await disclaimer(html`<ms-disclaimer reviewed="2020-01-15" next-review="2021-01-15"></ms-disclaimer>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('ms-article', () => {
    it('passes next-review to its disclaimer; the event reaches the page from the article', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="en-GB"><ms-article reviewed="2020-02-03" next-review="2021-02-03"></ms-article></div>`);
      await settle(wrapper);
      const article = wrapper.querySelector<MsArticle>('ms-article')!;
      const inner = article.shadowRoot!.querySelector<MsDisclaimer>('ms-disclaimer')!;
      expect(inner.getAttribute('next-review')).to.equal('2021-02-03');
      expect(lineText(part(inner, 'next-review'))).to.equal(`${en.ui.nextReview} 3 February 2021`);
      expect(lineText(part(inner, 'overdue'))).to.equal(en.ui.reviewOverdue);
      expect(overdue.events).to.have.length(1);
      expect(overdue.events[0].target).to.equal(article);
      expect(overdue.events[0].detail.nextReview).to.equal('2021-02-03');
      article.setAttribute('next-review', '2999-02-03');
      await settle(wrapper);
      expect(part(inner, 'overdue')).to.equal(null);
      article.removeAttribute('next-review');
      await settle(wrapper);
      expect(inner.hasAttribute('next-review')).to.equal(false);
      expect(part(inner, 'next-review')).to.equal(null);
      expect(overdue.events).to.have.length(1);
    });
  });
});
