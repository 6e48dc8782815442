/**
 * The built CDN files (dist/cdn/) on real pages, loaded in iframes the way a
 * site loads them: each of the four files on a plain page, what each one
 * exports, a pack registered through a copy that did not define the tags,
 * the file included twice, a
 * strict Content-Security-Policy sent as an HTTP header, and a hostile host
 * stylesheet. Run `npm run build` first. Each page loads test/pages/record.js
 * before anything else, so errors raised while the bundle evaluates are seen.
 */
import { expect } from '@open-wc/testing';
import { deepAll, deepText, expectNothingWentWrong, load, removeFrames, TAGS, type Tag } from './support/frame.js';

const POLICY = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

interface Pack {
  meta: { title: string };
  sections: { id: string; heading: string; paragraphs: string[] }[];
  benefits: { heading: string; items: { title: string; text: string }[] };
  evidence: { heading: string; intro: string; items: { id: string; text: string }[] };
  precautions: { heading: string; intro: string; items: { title: string; text: string }[] };
  sources: { heading: string; items: { title: string }[] };
  ui: { disclaimer: string; attribution: string; lastReviewed: string; disclaimerLabel: string; studyNames: Record<string, string> };
}

let pack: Pack;

before(async () => {
  const res = await fetch('/content/en.json');
  expect(res.ok, 'content/en.json is served').to.equal(true);
  pack = (await res.json()) as Pack;
});

afterEach(removeFrames);

/** What each tag must show, from the content pack. */
function expectedText(tag: Tag): string[] {
  const intro = pack.sections.find((s) => s.id === 'introduction')!;
  const halt = pack.evidence.items.find((s) => s.id === 'halt-ms')!;
  switch (tag) {
    case 'ms-article':
      return [
        pack.meta.title,
        ...pack.sections.flatMap((s) => [s.heading, ...s.paragraphs]),
        pack.benefits.heading,
        pack.evidence.heading,
        pack.precautions.heading,
        pack.sources.heading,
        pack.ui.disclaimer,
      ];
    case 'ms-section':
      return [intro.heading, ...intro.paragraphs];
    case 'ms-benefit-list':
      return [pack.benefits.heading, ...pack.benefits.items.flatMap((b) => [b.title, b.text])];
    case 'ms-evidence-card':
      return [pack.ui.studyNames[halt.id], halt.text];
    case 'ms-evidence-list':
      return [pack.evidence.heading, pack.evidence.intro, ...pack.evidence.items.map((s) => s.text)];
    case 'ms-risk-panel':
      return [pack.precautions.heading, pack.precautions.intro, ...pack.precautions.items.flatMap((p) => [p.title, p.text])];
    case 'ms-source-list':
      return [pack.sources.heading, ...pack.sources.items.map((s) => s.title)];
    case 'ms-disclaimer':
      return [pack.ui.disclaimerLabel, pack.ui.disclaimer, pack.ui.attribution, pack.meta.title, pack.ui.lastReviewed];
  }
}

function expectEveryTagRenders(doc: Document, page: string): void {
  for (const tag of TAGS) {
    const el = doc.querySelector(tag);
    expect(el, `${page}: <${tag}> is on the page`).to.not.equal(null);
    expect(el!.shadowRoot, `${page}: <${tag}> has a shadow root`).to.not.equal(null);
    const text = deepText(el!);
    for (const want of expectedText(tag)) {
      expect(text, `${page}: <${tag}> shows "${want.slice(0, 40)}…"`).to.include(want);
    }
  }
  const time = deepAll(doc.querySelector('ms-disclaimer')!.shadowRoot!, 'time')[0];
  expect(time?.getAttribute('datetime'), `${page}: the reviewed date`).to.equal('2026-11-25');
}

/** The first benefit card, whose styles come only from the widget's own sheet. */
function benefitCard(doc: Document): Element {
  const card = doc.querySelector('ms-benefit-list')!.shadowRoot!.querySelector('li.card');
  expect(card, 'a benefit card').to.not.equal(null);
  return card!;
}

describe('CDN bundle on real pages', () => {
  for (const [page, file] of [
    ['plain', 'ms-widgets.js'],
    ['plain-iife', 'ms-widgets.iife.js'],
    ['plain-full', 'ms-widgets-full.js'],
    ['plain-full-iife', 'ms-widgets-full.iife.js'],
  ]) {
    it(`renders every element on a plain page with ${file}`, async () => {
      const { doc, record } = await load(`/test/pages/${page}.html`);
      expectEveryTagRenders(doc, page);
      expectNothingWentWrong(record, page);
      expect(record.consoleWarnings, `${page}: console warnings`).to.deep.equal([]);
    });
  }

  it('exports the elements and ids from every file, the content API only from the full ones', async () => {
    const classes = ['MsArticle', 'MsBenefitList', 'MsDisclaimer', 'MsEvidenceCard', 'MsEvidenceList', 'MsRiskPanel', 'MsSection', 'MsSourceList'];
    const ids = ['BENEFIT_IDS', 'PRECAUTION_IDS', 'SECTION_IDS', 'STUDY_IDS'];
    const api = ['getContent', 'registerContent', 'registeredLocales', 'resolveContent', 'validatePack'];
    const plain = [...classes, ...ids].sort();
    const full = [...plain, ...api].sort();
    expect(Object.keys(await import('/dist/cdn/ms-widgets.js' as string)).sort(), 'ms-widgets.js').to.deep.equal(plain);
    expect(Object.keys(await import('/dist/cdn/ms-widgets-full.js' as string)).sort(), 'ms-widgets-full.js').to.deep.equal(full);
    for (const [page, want] of [
      ['plain-iife', plain],
      ['plain-full-iife', full],
    ] as const) {
      const { win } = await load(`/test/pages/${page}.html`);
      expect(Object.keys(win.MsWidgets ?? {}).sort(), `${page}: window.MsWidgets`).to.deep.equal(want);
    }
  });

  it('says so when a pack is registered through a copy that did not define the tags', async () => {
    const { doc, record } = await load('/test/pages/register-other-copy.html');
    // In the order the second copy tried to define them: each element after those it composes
    // (the article first, as src/elements.ts lists it), then the lone study card.
    const tags = ['ms-section', 'ms-benefit-list', 'ms-evidence-list', 'ms-risk-panel', 'ms-source-list', 'ms-disclaimer', 'ms-article', 'ms-evidence-card'];
    const warnings = [
      `registerContent("en-x-other"): ${tags.map((t) => `<${t}>`).join(', ')} on this page come from another copy of the widgets (or the page), which does not see this pack. Load one copy: ms-widgets-full.js alone, or register through the copy that defined them.`,
    ];
    // The elements read the copy that defined them: English, no error.
    const section = doc.querySelector('ms-section')!;
    expect(deepText(section)).to.include('Introduction');
    expect(deepText(section)).to.not.include('Heading from the other copy');
    expectNothingWentWrong(record, 'register-other-copy', { warnings });
  });

  it('works with the script included twice', async () => {
    const { win, doc, record } = await load('/test/pages/twice.html');
    const scripts = win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('/dist/cdn/ms-widgets.js'));
    expect(scripts.some((n) => n.endsWith('?copy=1')) && scripts.some((n) => n.endsWith('?copy=2')), 'both copies load').to.equal(true);
    // Each evaluation of the bundle registers its Lit version: two copies ran.
    expect(win.litHtmlVersions, 'Lit evaluated twice').to.have.length(2);

    expectEveryTagRenders(doc, 'twice');

    // Still interactive: a precaution (expanded by default) closes and ms-toggle reports it.
    const panel = doc.querySelector('ms-risk-panel')!;
    const toggles: { id: string; open: boolean }[] = [];
    panel.addEventListener('ms-toggle', (e) => toggles.push((e as CustomEvent<{ id: string; open: boolean }>).detail));
    const summary = panel.shadowRoot!.querySelector('summary') as HTMLElement;
    summary.click();
    await new Promise((r) => setTimeout(r, 50));
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(false);
    expect(toggles).to.deep.equal([{ id: 'treatment-selection', open: false }]);

    expectNothingWentWrong(record, 'twice');
    expect(record.consoleWarnings, 'twice: console warnings').to.deep.equal([]);
  });

  it('renders with styles under a strict CSP header and violates nothing', async () => {
    const res = await fetch('/test/pages/csp.html');
    expect(res.headers.get('content-security-policy'), 'the CSP header is sent').to.equal(POLICY);
    const plain = await fetch('/test/pages/plain.html');
    expect(plain.headers.get('content-security-policy'), 'only csp*.html gets it').to.equal(null);

    const { win, doc, record } = await load('/test/pages/csp.html');
    expectEveryTagRenders(doc, 'csp');
    const card = win.getComputedStyle(benefitCard(doc));
    expect(card.borderInlineStartWidth, 'card border from the widget styles').to.equal('4px');
    expect(card.borderInlineStartStyle).to.equal('solid');
    expect(win.getComputedStyle(doc.querySelector('ms-benefit-list')!).display, ':host styles').to.equal('block');
    expectNothingWentWrong(record, 'csp');

    // The policy is really enforced in this frame where Trusted Types exist.
    if ('trustedTypes' in win) {
      const div = doc.createElement('div');
      expect(() => {
        div.innerHTML = '<b>x</b>';
      }, 'innerHTML with a string is blocked').to.throw();
    }
  });

  it('stays visible and laid out under a hostile host stylesheet', async () => {
    const { win, doc, record } = await load('/test/pages/hostile.html');
    expectEveryTagRenders(doc, 'hostile');
    for (const tag of TAGS) {
      const root = doc.querySelector(tag)!.shadowRoot!;
      const blocks = deepAll(root, 'h1, h2, h3, h4, h5, h6, p');
      expect(blocks.length, `<${tag}> has headings or paragraphs`).to.be.greaterThan(0);
      for (const el of blocks) {
        // Paragraphs inside closed disclosures are hidden by design, not by the host.
        if (el.localName === 'p' && el.closest('details:not([open])')) continue;
        const box = el.getBoundingClientRect();
        const what = `<${tag}> ${el.localName} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
        expect(box.width, `${what} width`).to.be.greaterThan(0);
        expect(box.height, `${what} height`).to.be.greaterThan(0);
        const style = el.ownerDocument.defaultView!.getComputedStyle(el);
        expect(style.display, `${what} display`).to.not.equal('none');
        expect(style.visibility, `${what} visibility`).to.equal('visible');
      }
    }
    // The widget keeps its own look: the host's reset does not reach inside.
    expect(win.getComputedStyle(benefitCard(doc)).borderInlineStartWidth).to.equal('4px');
    expectNothingWentWrong(record, 'hostile');
  });
});
