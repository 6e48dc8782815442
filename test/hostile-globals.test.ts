/**
 * Pages whose own markup clobbers the globals Lit reads while it loads: an
 * element with id="litHtmlVersions" (or an img, form or iframe with that
 * name) makes window.litHtmlVersions that element, and Lit's
 * `(globalThis.litHtmlVersions ??= []).push(…)` throws. User content with ids
 * is enough (sanitizers keep id). Every CDN file and the npm entries, in
 * every engine; test/pages/clobber.js puts the elements on the page before
 * the script. Run `npm run build` first.
 */
import { expect } from '@open-wc/testing';
import { TAGS, addHydrate, expectNothingWentWrong, expectRendersEnglish, litRendered, load, removeFrames, settleFrame, type Page } from './support/frame.js';

afterEach(removeFrames);

/** Every global Lit's production build reads from window while it loads (see src/shared/unclobber.ts). */
const LIT_GLOBALS = [
  'litHtmlVersions',
  'litHtmlPolyfillSupport',
  'reactiveElementVersions',
  'reactiveElementPolyfillSupport',
  'litElementVersions',
  'litElementPolyfillSupport',
  'litElementHydrateSupport',
  'litPropertyMetadata',
  'trustedTypes',
  'ShadyCSS',
  'litNonce',
];

const CDN_FILES = ['ms-widgets.js', 'ms-widgets.iife.js', 'ms-widgets-full.js', 'ms-widgets-full.iife.js'];

/**
 * Every widget rendered its English text, styled by its own adopted sheets
 * (server-rendered ones keep the server's <style>), and nothing went wrong.
 */
function expectWidgetsWork(page: Page, what: string, { serverRendered = false } = {}): void {
  for (const tag of TAGS) {
    const el = page.doc.querySelector(tag);
    expectRendersEnglish(el, tag, what);
    if (serverRendered) continue;
    // A clobbered ShadyCSS makes Lit fall back to <style> elements, which a strict CSP blocks.
    expect(el!.shadowRoot!.adoptedStyleSheets.length, `${what}: <${tag}> adopts its stylesheets`).to.be.greaterThan(0);
  }
  expectNothingWentWrong(page.record, what);
}

const clobbered = (file: string, query = '') => `/test/pages/clobbered.html?file=${encodeURIComponent(file)}${query}`;

describe('a page whose ids and names clobber Lit globals', () => {
  for (const file of CDN_FILES) {
    it(`${file}: every widget renders with all of them clobbered`, async () => {
      const page = await load(clobbered(file));
      expectWidgetsWork(page, file);
      // The user content is still there, untouched.
      expect(page.doc.getElementById('litHtmlVersions'), `${file}: the clobbering div`).to.not.equal(null);
    });
  }

  for (const file of ['ms-widgets.js', 'ms-widgets.iife.js']) {
    for (const name of LIT_GLOBALS) {
      it(`${file}: ${name} alone`, async () => {
        expectWidgetsWork(await load(clobbered(file, `&names=${name}`)), `${file}, ${name}`);
      });
    }
  }

  it('keeps the real values a polyfill or another copy of Lit put there, and the native Trusted Types', async () => {
    const page = await load(clobbered('ms-widgets.js', '&real=1'));
    expectWidgetsWork(page, 'real values');
    const win = page.win as Page['win'] & { __polyfillCalls: string[]; reactiveElementPolyfillSupport: unknown };
    expect(win.litHtmlVersions?.[0], 'the earlier copy is still listed').to.equal('earlier copy');
    expect(win.litHtmlVersions, 'and this copy after it').to.have.length(2);
    expect(win.__polyfillCalls, 'the polyfill hook was called').to.deep.equal(['reactiveElementPolyfillSupport']);
    // Where the engine has Trusted Types, window.trustedTypes stays the native factory.
    if ('trustedTypes' in win.Window.prototype || Object.hasOwn(win, 'trustedTypes')) {
      expect(typeof win.trustedTypes?.createPolicy, 'native trustedTypes').to.equal('function');
    }
  });

  it('ms-widgets-hydrate.js on a server-rendered page: the widgets hydrate', async () => {
    const served = await (await fetch('/test/pages/ssr-clobbered.html')).text();
    expect(served.includes('shadowrootmode="open"'), 'the page comes server-rendered').to.equal(true);
    const page = await load('/test/pages/ssr-clobbered.html');
    expectWidgetsWork(page, 'hydrate', { serverRendered: true });
    const win = page.win as Page['win'] & { litElementHydrateSupport?: unknown };
    // The hydrate file's hook is taken back once its Lit has used it
    // (src/hydration/support.ts): the page's iframe of that name stays hidden.
    expect(win.litElementHydrateSupport, 'the hook, used and taken back').to.equal(undefined);
    for (const tag of TAGS) {
      // The server's part markers are still in the shadow root: adopted, not rendered again.
      const kept = page.doc.querySelector(tag)!.shadowRoot!.innerHTML.includes('<!--lit-part');
      expect(kept, `<${tag}> kept the server's nodes`).to.equal(true);
    }
  });

  it('a hydration hook the page set itself is back in place after the hydrate file, and not called by its Lit', async () => {
    const page = await load('/test/pages/ssr-copies.html', { tags: [] });
    const win = page.win as Page['win'] & { litElementHydrateSupport?: unknown };
    const calls: unknown[] = [];
    const pages = (lit: unknown) => calls.push(lit);
    win.litElementHydrateSupport = pages;
    await addHydrate(page);
    const card = page.doc.querySelector('ms-evidence-card') as HTMLElement & { hasUpdated: boolean; updateComplete: Promise<unknown> };
    card.dispatchEvent(new win.PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await card.updateComplete;
    expect(card.hasUpdated, 'the card woke').to.equal(true);
    expect(litRendered(card), 'and hydrated its server DOM').to.equal(true);
    expect(win.litElementHydrateSupport, 'the page’s hook, back').to.equal(pages);
    expect(calls, 'not called').to.deep.equal([]);
    expectNothingWentWrong(page.record, 'page hook');
  });

  for (const entry of ['/src/elements.ts', '/src/index.ts', '/src/hydrate.ts']) {
    it(`the npm entry ${entry.slice(5)}, imported after the elements exist`, async () => {
      const page = await load(clobbered(entry));
      for (const tag of TAGS) expectRendersEnglish(page.doc.querySelector(tag), tag, entry);
      // Development Lit (the test server's export condition) warns that it is in dev mode; nothing else.
      expect(page.record.errors, `${entry}: errors`).to.deep.equal([]);
      expect(page.record.consoleErrors, `${entry}: console errors`).to.deep.equal([]);
    });
  }
});

/**
 * The classic files on a page with its own MsWidgets (test/pages/classic-binding.js):
 * a const or let in an earlier script, an element with that id, or a var.
 */
describe('a page with its own MsWidgets, then a classic file', () => {
  for (const file of ['ms-widgets.iife.js', 'ms-widgets-full.iife.js']) {
    const page = (binding: string) => load(`/test/pages/classic-binding.html?binding=${binding}&file=${file}`);
    /** The exports the classic file should put on window: those of the same build as a module. */
    const exportsOf = async () => Object.keys(await import(`/dist/cdn/${file.replace('.iife', '')}` as string)).sort();
    /** What the page's own scripts see as MsWidgets (its const or let, or window's property). */
    const seenByThePage = (p: Page) => (p.win as unknown as { eval: (code: string) => unknown }).eval('MsWidgets');

    for (const binding of ['const', 'let']) {
      it(`${file} after \`${binding} MsWidgets\`: the widgets render, the exports are on window.MsWidgets, the page's own is untouched`, async () => {
        const p = await page(binding);
        expectWidgetsWork(p, `${file}, ${binding}`);
        expect(Object.keys(p.win.MsWidgets ?? {}).sort(), 'window.MsWidgets').to.deep.equal(await exportsOf());
        expect(seenByThePage(p), `the page's ${binding}`).to.equal('mine');
      });
    }

    it(`${file} after <div id="MsWidgets">: the widgets render and the exports are on window.MsWidgets`, async () => {
      const p = await page('div');
      expectWidgetsWork(p, `${file}, div`);
      expect(Object.keys(p.win.MsWidgets ?? {}).sort(), 'window.MsWidgets').to.deep.equal(await exportsOf());
      expect(p.doc.getElementById('MsWidgets'), 'the div is still there').to.not.equal(null);
    });

    it(`${file} after \`var MsWidgets\`: the widgets render, the page's value is kept, and a warning says where the exports are not`, async () => {
      const p = await page('var');
      for (const tag of TAGS) expectRendersEnglish(p.doc.querySelector(tag), tag, `${file}, var`);
      // Compared here, not by chai: a failure would make it serialise the whole module object.
      const kept = (p.win.MsWidgets as unknown) === 'mine';
      expect(kept, `window.MsWidgets is still the page's 'mine' (not a ${typeof p.win.MsWidgets})`).to.equal(true);
      const module = file.replace('.iife', '');
      expectNothingWentWrong(p.record, `${file}, var`, {
        warnings: [
          `${file}: window.MsWidgets is the page's own, so the exports are not there. Import them from ${module}.`,
        ],
      });
    });
  }
});

/**
 * XHTML: a page served as application/xhtml+xml (test/pages/*.xhtml; the
 * test server picks the type by extension). Lit cannot parse its templates
 * in an XML document, so the tags stay as the page wrote them and one
 * warning says why and what to do.
 */
describe('an XHTML page', () => {
  for (const [page, file] of [
    ['xhtml.xhtml', 'ms-widgets.js'],
    ['xhtml-iife.xhtml', 'ms-widgets.iife.js'],
  ]) {
    it(`${file}: the tags keep their own content, one warning, no error`, async () => {
      const p = await load(`/test/pages/${page}`, { tags: [] });
      expect(p.doc.contentType, 'served as XHTML').to.equal('application/xhtml+xml');
      // Give the file time to run and any widget time to render.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await settleFrame(p.doc);
      // Chromium and WebKit run no module script in an XML document (test/pages/xhtml.xhtml probes
      // it): there the file never runs and cannot say anything; the tags keep their content all the same.
      const ran = file.endsWith('.iife.js') || (p.win as unknown as { __modulesRun?: boolean }).__modulesRun === true;
      for (const tag of TAGS) {
        const el = p.doc.querySelector(tag)!;
        expect(el.shadowRoot, `<${tag}> has no shadow root`).to.equal(null);
        expect(el.textContent, `<${tag}> shows its own content`).to.include(`Fallback inside <${tag}>`);
      }
      const warning =
        'ms-widgets: the widgets render only in text/html pages, not application/xhtml+xml; their tags show their own content. Serve the page as text/html.';
      expectNothingWentWrong(p.record, page, { warnings: ran ? [warning] : [] });
    });
  }
});
