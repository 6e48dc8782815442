/**
 * Unusual and hostile host pages, with the built CDN files (run `npm run
 * build` first), in every engine: right-to-left pages, a page language with
 * no pack, site CSS that resets everything, two different builds on one page,
 * a host that defined one of the tags itself, and elements made by script
 * (createElement, innerHTML, properties before the upgrade) before and after
 * the bundle, also under a strict CSP with Trusted Types. The plain page, the
 * file included twice, the strict CSP page and the !important stylesheet are
 * in test/cdn.test.ts.
 */
import { expect } from '@open-wc/testing';
import en from '../src/content/en.generated.js';
import {
  TAGS,
  deepAll,
  deepText,
  expectNothingWentWrong,
  expectRendersEnglish,
  expectVisibleAndContained,
  load,
  removeFrames,
  sentinel,
  settleFrame,
  type Page,
  type Tag,
} from './support/frame.js';

afterEach(removeFrames);

/** The element with `part="base"` in a widget's own shadow root. */
const base = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]')!;
const benefit = (id: string) => en.benefits.items.find((b) => b.id === id)!;

function expectEveryTag(page: Page, what: string, scope: ParentNode = page.doc): void {
  for (const tag of TAGS) expectRendersEnglish(scope.querySelector(tag), tag, what);
}

/** The elements test/pages/create-early.js made, and the page's own after-load additions. */
async function expectScriptMadeElements(page: Page, what: string): Promise<void> {
  const { doc, win } = page;
  const card = doc.getElementById('early-card')!;
  expectRendersEnglish(card, 'ms-evidence-card', `${what}: a property set before the upgrade`);
  const list = doc.getElementById('early-list')!;
  expect(deepText(list), `${what}: createElement + setAttribute`).to.include(benefit('immune-system-modulation').text);
  expect(deepText(list)).to.not.include(benefit('regeneration-of-myelin').text);
  const section = doc.getElementById('early-section')!;
  expect(deepText(section), `${what}: innerHTML before the bundle`).to.include(en.sections.find((s) => s.id === 'conclusion')!.paragraphs[0]);
  const panel = doc.getElementById('early-panel')!;
  const details = deepAll(panel.shadowRoot!, 'details') as HTMLDetailsElement[];
  expect(details.length).to.be.greaterThan(0);
  expect(details.every((d) => d.open), `${what}: the open attribute from innerHTML`).to.equal(true);

  // After the bundle: createElement with a property, and innerHTML (through a
  // Trusted Types policy where the page requires one).
  const late = doc.getElementById('late')!;
  const study = doc.createElement('ms-evidence-card') as HTMLElement & { study: string };
  study.study = 'systematic-review';
  late.append(study);
  const markup = '<ms-section name="understanding-ms"></ms-section>';
  const policy = win.trustedTypes?.createPolicy?.(`late-${Math.random()}`, { createHTML: (s: string) => s });
  const holder = doc.createElement('div');
  holder.innerHTML = (policy ? policy.createHTML(markup) : markup) as string;
  late.append(holder);
  await settleFrame(doc);
  expect(deepText(study), `${what}: createElement after the bundle`).to.include(en.evidence.items.find((s) => s.id === 'systematic-review')!.text);
  expect(deepText(holder), `${what}: innerHTML after the bundle`).to.include(en.sections.find((s) => s.id === 'understanding-ms')!.paragraphs[0]);
}

describe('unusual and hostile host pages', () => {
  it('on a right-to-left page, English stays left-to-right and a right-to-left pack turns the widget around', async () => {
    const page = await load('/test/pages/rtl.html');
    const english = page.doc.querySelector('div[lang="en"]')!;
    expectEveryTag(page, 'rtl', english);
    for (const tag of TAGS) {
      expect(base(english.querySelector(tag)!).getAttribute('dir'), `<${tag}> base dir`).to.equal('ltr');
    }
    const arabic = page.doc.querySelector('#arabic ms-benefit-list')!;
    expect(base(arabic).getAttribute('dir'), 'the ar pack is right-to-left').to.equal('rtl');
    expect(base(arabic).getAttribute('lang')).to.equal('ar');
    expect(deepText(arabic)).to.include(`\u2067${benefit('regeneration-of-myelin').text}\u2069`);
    // Logical properties: the card's accent edge is on the right in right-to-left.
    const card = page.win.getComputedStyle(arabic.shadowRoot!.querySelector('li')!);
    expect(card.borderRightWidth, 'accent edge at the inline start (right)').to.equal('4px');
    expect(card.borderLeftWidth).to.equal('1px');
    expectVisibleAndContained(page, 'rtl');
    expectNothingWentWrong(page.record, 'rtl');
  });

  it('<html lang> with no pack: English, and one warning for the whole page', async () => {
    const page = await load('/test/pages/lang-no-pack.html');
    expectEveryTag(page, 'lang-no-pack');
    expect(page.record.consoleWarnings, 'one warning').to.have.length(1);
    expect(page.record.consoleWarnings[0]).to.match(/^<ms-[a-z-]+> lang: no content pack for "fr"\. Registered: en\. Showing English/);
    expectNothingWentWrong(page.record, 'lang-no-pack', { warnings: page.record.consoleWarnings });
  });

  it('site CSS that resets everything (* { all: unset }, html { font-size: 10px }) at 320px', async () => {
    const page = await load('/test/pages/unset.html', { width: 320 });
    expectEveryTag(page, 'unset');
    expectVisibleAndContained(page, 'unset');
    const card = page.doc.querySelector('ms-benefit-list')!.shadowRoot!.querySelector('li')!;
    expect(page.win.getComputedStyle(card).borderInlineStartWidth, 'the widget keeps its own look').to.equal('4px');
    expectNothingWentWrong(page.record, 'unset');
  });

  for (const [file, other] of [
    ['mixed-iife', 'the classic script (ms-widgets.iife.js)'],
    ['mixed-hydrate', 'the hydrate build (ms-widgets-hydrate.js)'],
  ] as const) {
    it(`two different builds on one page: ${other} and the ES module`, async () => {
      const page = await load(`/test/pages/${file}.html`);
      expect(page.win.litHtmlVersions, 'both builds ran (each brings its Lit)').to.have.length(2);
      expectEveryTag(page, file);
      expectNothingWentWrong(page.record, file);
      if (file === 'mixed-iife') {
        // The classic script ran first and defined the tags: its API drives them.
        const api = page.win.MsWidgets as { registerContent: (l: string, p: unknown) => void; getContent: (l: string) => unknown };
        const pack = structuredClone(api.getContent('en')) as { lang: string; sources: { heading: string } };
        pack.lang = 'en-x-iife';
        pack.sources.heading = 'Sources via window.MsWidgets';
        api.registerContent('en-x-iife', pack);
        const list = page.doc.querySelector('ms-source-list')!;
        list.setAttribute('lang', 'en-x-iife');
        await settleFrame(page.doc);
        expect(deepText(list)).to.include('Sources via window.MsWidgets');
      }
    });
  }

  it('a host that defined <ms-section> itself first keeps it; every other tag works', async () => {
    const page = await load('/test/pages/host-defined.html');
    for (const tag of TAGS.filter((t): t is Exclude<Tag, 'ms-section'> => t !== 'ms-section' && t !== 'ms-article')) {
      expectRendersEnglish(page.doc.querySelector(tag), tag, 'host-defined');
    }
    expect(page.doc.querySelector('ms-section')!.textContent).to.equal('The host page’s own ms-section');
    // The article is built from the tags it finds: the host's sections, our others.
    const article = page.doc.querySelector('ms-article')!;
    expect(deepText(article)).to.include(sentinel('ms-benefit-list'));
    expect(deepText(article)).to.include('The host page’s own ms-section');
    expectNothingWentWrong(page.record, 'host-defined');
  });

  it('elements made by createElement and innerHTML, before and after the bundle loads', async () => {
    const page = await load('/test/pages/created.html', { tags: ['ms-evidence-card', 'ms-section'] });
    await expectScriptMadeElements(page, 'created');
    expectNothingWentWrong(page.record, 'created');
  });

  it('the same under a strict CSP with Trusted Types, plus a pack registered there', async () => {
    const res = await fetch('/test/pages/csp-created.html');
    expect(res.headers.get('content-security-policy'), 'the CSP header is sent').to.contain("require-trusted-types-for 'script'");
    const page = await load('/test/pages/csp-created.html', { tags: ['ms-evidence-card', 'ms-section', 'ms-source-list'] });
    await expectScriptMadeElements(page, 'csp-created');
    expect(deepText(page.doc.querySelector('#registered ms-source-list')!)).to.include('Sources (registered under CSP)');
    if ('trustedTypes' in page.win) {
      const div = page.doc.createElement('div');
      expect(() => {
        div.innerHTML = '<b>x</b>';
      }, 'Trusted Types are enforced here').to.throw();
    }
    expectNothingWentWrong(page.record, 'csp-created');
  });
});
