import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/components/section/section.js';
import type { MsSection } from '../src/components/section/section.js';
import en from '../src/content/en.generated.js';
import { registerContent, registeredLocales } from '../src/content/registry.js';
import type { ContentPack, SectionId } from '../src/content/types.js';
import {
  captureEachTest,
  deepQueryAll,
  deepText,
  expectLevel,
  footerText,
  mainHeading,
  partNames,
  root,
  settle,
  wrapperFixture,
} from './support/helpers.js';
import { requiredAttributeTests } from './support/required-attribute.js';

const NAMES = [
  'introduction',
  'understanding-ms',
  'conventional-treatments',
  'exploring-stem-cell-therapy',
  'conclusion',
] as const satisfies readonly SectionId[];

const section = (name: SectionId) => en.sections.find((s) => s.id === name)!;
const paragraphs = (el: Element) => [...root(el).querySelectorAll('p')].map((p) => p.textContent);

/** Asserts the element shows exactly section `name` of the English pack, and the attribution footer. */
function expectShows(el: MsSection, name: SectionId): void {
  const s = section(name);
  expect(mainHeading(el).textContent).to.equal(s.heading);
  expect(paragraphs(el)).to.deep.equal(s.paragraphs);
  expect(deepText(el)).to.equal([s.heading, ...s.paragraphs, footerText(en)].join(' '));
}

/** The English pack with every section heading and paragraph replaced by `edit(original)`. */
function editedPack(edit: (s: string) => string): ContentPack {
  const pack = structuredClone(en);
  pack.sections.forEach((s) => {
    s.heading = edit(s.heading);
    s.paragraphs = s.paragraphs.map(edit);
  });
  return pack;
}

describe('ms-section', () => {
  const capture = captureEachTest();
  const { warnings, trap } = capture;

  describe('content', () => {
    it('the pack holds the five sections in the article order', () => {
      expect(en.sections.map((s) => s.id)).to.deep.equal([...NAMES]);
    });

    NAMES.forEach((name) => {
      it(`name="${name}" shows that section's heading and paragraphs, word for word`, async () => {
        const el = await fixture<MsSection>(html`<ms-section name=${name}></ms-section>`);
        expectShows(el, name);
        expectLevel(el, 2);
        expect(warnings.messages).to.deep.equal([]);
      });
    });

    it('uses a section labelled by its heading, in the language of its text', async () => {
      const el = await fixture<MsSection>(html`<ms-section name="understanding-ms"></ms-section>`);
      const base = root(el).querySelector('section')!;
      expect(base.getAttribute('aria-labelledby')).to.equal('heading');
      expect(base.getAttribute('lang')).to.equal('en');
      expect([...base.children].map((c) => c.localName)).to.deep.equal([
        'h2',
        ...section('understanding-ms').paragraphs.map(() => 'p'),
        'footer',
      ]);
    });

    it('exposes the parts base, heading, paragraph and footer', async () => {
      const el = await fixture<MsSection>(html`<ms-section name="conclusion"></ms-section>`);
      expect(partNames(el)).to.deep.equal(
        ['base', 'heading', ...section('conclusion').paragraphs.map(() => 'paragraph'), 'footer'].sort(),
      );
      expect(root(el).querySelector('[part="base"]')!.localName).to.equal('section');
      expect([...root(el).querySelectorAll('[part="paragraph"]')].map((p) => p.textContent)).to.deep.equal(
        section('conclusion').paragraphs,
      );
    });

    it('is accessible by default', async () => {
      const el = await fixture<MsSection>(html`<ms-section name="introduction"></ms-section>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('name attribute', () => {
    it('follows changes after the first render, by attribute and by property', async () => {
      const el = await fixture<MsSection>(html`<ms-section name="introduction"></ms-section>`);
      for (const name of [...NAMES].reverse()) {
        el.setAttribute('name', name);
        await settle(el);
        expectShows(el, name);
      }
      el.name = 'exploring-stem-cell-therapy';
      await settle(el);
      expectShows(el, 'exploring-stem-cell-therapy');
      expect(warnings.messages).to.deep.equal([]);
    });

    NAMES.forEach((name) => {
      it(`is accessible after switching to name="${name}"`, async () => {
        const el = await fixture<MsSection>(html`<ms-section name="introduction"></ms-section>`);
        el.setAttribute('name', name);
        await settle(el);
        expectShows(el, name);
        await expect(el).to.be.accessible();
      });
    });
  });

  describe('heading-level attribute', () => {
    it('defaults to 2', async () => {
      const el = await fixture<MsSection>(html`<ms-section name="introduction"></ms-section>`);
      expect(el.headingLevel).to.equal(2);
      expectLevel(el, 2);
    });

    [1, 2, 3, 4, 5, 6].forEach((level) => {
      it(`heading-level="${level}" gives <h${level}>`, async () => {
        const el = await fixture<MsSection>(
          html`<ms-section name="conventional-treatments" heading-level=${String(level)}></ms-section>`,
        );
        expectLevel(el, level);
        expectShows(el, 'conventional-treatments');
        expect(warnings.messages).to.deep.equal([]);
      });
    });

    it('follows changes after the first render, and removal restores 2 without a warning', async () => {
      const el = await fixture<MsSection>(html`<ms-section name="conclusion"></ms-section>`);
      el.setAttribute('heading-level', '6');
      await settle(el);
      expectLevel(el, 6);
      el.setAttribute('heading-level', '1');
      await settle(el);
      expectLevel(el, 1);
      el.headingLevel = 3;
      await settle(el);
      expectLevel(el, 3);
      el.removeAttribute('heading-level');
      await settle(el);
      expectLevel(el, 2);
      expectShows(el, 'conclusion');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('is accessible at heading-level 1', async () => {
      const el = await fixture<MsSection>(html`<ms-section name="conclusion" heading-level="1"></ms-section>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('heading slot', () => {
    it('replaces the heading text, keeping the heading element and level', async () => {
      const el = await fixture<MsSection>(
        html`<ms-section name="introduction" heading-level="4"><em slot="heading">About MS</em></ms-section>`,
      );
      const h = mainHeading(el);
      expect(h.localName).to.equal('h4');
      expect(deepText(h)).to.equal('About MS');
      const slot = h.querySelector('slot')!;
      expect(slot.name).to.equal('heading');
      expect(slot.assignedElements().map((n) => n.textContent)).to.deep.equal(['About MS']);
      expect(deepText(el)).to.equal(['About MS', ...section('introduction').paragraphs, footerText(en)].join(' '));
      expect(paragraphs(el)).to.deep.equal(section('introduction').paragraphs);
    });

    it('goes back to the content heading when the slotted element is removed', async () => {
      const el = await fixture<MsSection>(
        html`<ms-section name="introduction"><em slot="heading">About MS</em></ms-section>`,
      );
      el.querySelector('em')!.remove();
      await settle(el);
      expect(deepText(mainHeading(el))).to.equal(section('introduction').heading);
      expectShows(el, 'introduction');
    });

    it('does not show unslotted light DOM content', async () => {
      const el = await fixture<MsSection>(html`<ms-section name="introduction"><span>stray</span></ms-section>`);
      expectShows(el, 'introduction');
    });

    it('is accessible with a slotted heading', async () => {
      const el = await fixture<MsSection>(
        html`<ms-section name="introduction"><em slot="heading">About MS</em></ms-section>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    requiredAttributeTests({
      tag: 'ms-section',
      attr: 'name',
      allowed: NAMES,
      bad: ['methods', 'Introduction', 'introduction conclusion', 'benefits'],
      badLevels: ['0', '7', 'abc', '-2', '1.5'],
      expectShows,
      expectLevel,
      capture,
    });
  });

  describe('content packs', () => {
    it('renders content strings as text, never as HTML', async () => {
      const evil = '<img src=x onerror="window.__msXssSection=1"><b>bold</b>';
      registerContent('en-x-secxss', editedPack((s) => `${s} ${evil}`));
      const wrapper = await wrapperFixture(
        html`<div lang="en-x-secxss">${NAMES.map((name) => html`<ms-section name=${name}></ms-section>`)}</div>`,
      );
      await aTimeout(50);
      expect(deepQueryAll(wrapper, 'img')).to.have.length(0);
      expect(deepQueryAll(wrapper, 'b')).to.have.length(0);
      expect((window as unknown as Record<string, unknown>).__msXssSection).to.equal(undefined);
      const els = [...wrapper.querySelectorAll('ms-section')];
      expect(els).to.have.length(5);
      els.forEach((el, i) => {
        const s = section(NAMES[i]);
        expect(mainHeading(el).textContent).to.equal(`${s.heading} ${evil}`);
        expect(paragraphs(el)).to.deep.equal(s.paragraphs.map((p) => `${p} ${evil}`));
        expect(root(el).querySelector('section')!.getAttribute('lang')).to.equal('en-x-secxss');
      });
      expect(warnings.messages).to.deep.equal([]);
    });

    it('uses the pack of the nearest lang, and follows a lang change after the first render', async () => {
      registerContent('en-x-secup', editedPack((s) => s.toUpperCase()));
      const wrapper = await wrapperFixture(
        html`<div lang="en"><ms-section name="conclusion"></ms-section></div>`,
      );
      const el = wrapper.querySelector('ms-section')!;
      expectShows(el, 'conclusion');
      wrapper.setAttribute('lang', 'en-x-secup');
      await settle(wrapper);
      const s = section('conclusion');
      expect(mainHeading(el).textContent).to.equal(s.heading.toUpperCase());
      expect(paragraphs(el)).to.deep.equal(s.paragraphs.map((p) => p.toUpperCase()));
      expect(root(el).querySelector('section')!.getAttribute('lang')).to.equal('en-x-secup');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('a language without a pack: one warning naming the element, lang and value; English shows', async () => {
      const wrapper = await wrapperFixture(
        html`<div lang="zz-x-secnone"><ms-section name="introduction"></ms-section></div>`,
      );
      const el = wrapper.querySelector('ms-section')!;
      expect(warnings.messages).to.deep.equal([
        `<ms-section> lang: no content pack for "zz-x-secnone". Registered: ${registeredLocales().join(', ')}. Showing English.`,
      ]);
      expectShows(el, 'introduction');
      expect(root(el).querySelector('section')!.getAttribute('lang')).to.equal('en');
      el.setAttribute('name', 'conclusion');
      el.requestUpdate();
      await settle(el);
      expectShows(el, 'conclusion');
      expect(warnings.messages).to.have.length(1);
      await expect(el).to.be.accessible();
      expect(trap.errors).to.deep.equal([]);
    });
  });
});
