/**
 * ms-* tags that arrive with a declarative shadow root ms-widgets did not
 * write: a CMS or a page author pasted `<template shadowrootmode>` into the
 * tag, or copied a widget's markup from somewhere. The parser attaches those
 * roots before any script runs. Each element must replace such a root and
 * render its own content, once, with one warning: never the foreign text next
 * to the real one, never a blank widget (the hydrate file would otherwise try
 * to hydrate an empty root), never an uncaught exception (a closed root makes
 * Lit's attachShadow throw). Pages: test/pages/foreign-root-*.html, with the
 * plain ES module and with the hydrate file; run `npm run build` first.
 */
import { expect } from '@open-wc/testing';
import en from '../src/content/en.generated.js';
import { deepText, load, removeFrames, type Page } from './support/frame.js';

afterEach(removeFrames);

const INTRO = en.sections.find((s) => s.id === 'introduction')!;
const FOREIGN = 'foreign words';

/** The warning each element gives once for a root it replaced. */
const replaced = (tag: string) => `<${tag}> replaced a declarative shadow root that ms-widgets did not write.`;

/** What an element renders into: its open shadow root, or the closed one Lit keeps as `renderRoot`. */
const renderRoot = (el: Element) => el.shadowRoot ?? (el as Element & { renderRoot?: Node }).renderRoot;

/**
 * Loads a test page; an element whose connectedCallback threw never finishes
 * updating, so the wait has a bound that names the likely cause.
 */
function loadWithin(path: string, ms = 7000): Promise<Page> {
  const late = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`${path}: the widgets never finished rendering (an uncaught error in connectedCallback?)`)), ms),
  );
  return Promise.race([load(path), late]);
}

/** How often `part` occurs in `text`. */
const occurrences = (text: string, part: string) => text.split(part).length - 1;

for (const [kind, file] of [
  ['the ES module, which cannot hydrate', 'foreign-root-plain.html'],
  ['the hydrate file', 'foreign-root-hydrate.html'],
] as const) {
  describe(`a declarative shadow root ms-widgets did not write, with ${kind}`, () => {
    it('is replaced by the real content, with one warning per element and no error', async () => {
      const { doc, record } = await loadWithin(`/test/pages/${file}`);
      const what = file;

      for (const id of ['open-text', 'open-empty', 'closed-text', 'none']) {
        const el = doc.getElementById(id)!;
        const root = renderRoot(el);
        expect(root, `${what} #${id}: a render root`).to.not.equal(undefined);
        const text = deepText(root!);
        expect(text, `${what} #${id}: the heading`).to.include(INTRO.heading);
        for (const p of INTRO.paragraphs) expect(occurrences(text, p), `${what} #${id}: each paragraph once`).to.equal(1);
        expect(text, `${what} #${id}: no foreign text`).to.not.include(FOREIGN);
      }
      expect(doc.getElementById('closed-text')!.shadowRoot, `${what}: a closed root stays closed`).to.equal(null);

      const disclaimer = deepText(doc.getElementById('disclaimer')!);
      expect(disclaimer, `${what} disclaimer: the notice`).to.include(en.ui.disclaimer);
      expect(disclaimer, `${what} disclaimer: the attribution`).to.include(`${en.ui.attribution} ${en.meta.title}`);
      expect(disclaimer, `${what} disclaimer: the review date`).to.include(en.ui.lastReviewed);
      expect(disclaimer, `${what} disclaimer: no foreign text`).to.not.include(FOREIGN);

      const article = deepText(doc.getElementById('article')!);
      expect(occurrences(article, INTRO.paragraphs[0]), `${what} article: the introduction once`).to.equal(1);
      expect(article, `${what} article: the disclaimer`).to.include(en.ui.disclaimer);
      expect(article, `${what} article: no foreign text`).to.not.include(FOREIGN);

      expect(record.errors, `${what}: errors and unhandled rejections`).to.deep.equal([]);
      expect(record.consoleErrors, `${what}: console errors`).to.deep.equal([]);
      expect([...record.consoleWarnings].sort(), `${what}: one warning per replaced root`).to.deep.equal(
        ['ms-section', 'ms-section', 'ms-section', 'ms-disclaimer', 'ms-article'].map(replaced).sort(),
      );
    });
  });
}
