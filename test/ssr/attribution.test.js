/* global document, window -- used in functions that run in the page (page.evaluate) */
// Attribution once per page, server-rendered: the renderer sees every widget
// of the page, so one of them (the page's disclaimer, the element with
// id="ms-attribution", or else the last widget) carries the full line and
// the others a labelled link to it. In the browser the page then hydrates
// without changing a node or a word. Run `npm run build` first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { renderWidgets } from '../../dist/ssr/index.js';
import { BROWSERS, launch } from '../support/ssr/browsers.js';
import { afterPaint, diffShadowNodes, hydrated, recordPage, snapshotShadowNodes, widgetTexts } from '../support/ssr/in-page.js';
import { startServer } from '../support/ssr/server.js';
import { read } from '../support/ssr/site.js';
import { text } from '../support/ssr/text.js';

const en = JSON.parse(read('content/en.json'));
const CREDIT = `${en.ui.attribution} ${en.meta.title}`;

const count = (haystack, needle) => haystack.split(needle).length - 1;

const page = (body, script = '') =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>t</title>${script}</head>\n<body>\n${body}\n</body>\n</html>\n`;

const FIVE = [
  '<ms-section name="conclusion"></ms-section>',
  '<ms-benefit-list></ms-benefit-list>',
  '<ms-evidence-card study="halt-ms"></ms-evidence-card>',
  '<ms-risk-panel></ms-risk-panel>',
  '<ms-source-list></ms-source-list>',
].join('\n');

/** Each top-level widget's rendered markup, in order. */
const widgets = (html) => [...html.matchAll(/<(ms-[a-z-]+)([^>]*)>([\s\S]*?)<\/\1>\n/g)].map(([, tag, attrs, inner]) => ({ tag, attrs, inner }));

/** The labelled links to the attribution in a widget's markup. */
const links = (inner) => [...inner.matchAll(/<a part="attribution-link" href="([^"]*)" rel="noopener noreferrer">(?:<!--[^>]*-->)*([^<]*)/g)].map(([, href, label]) => ({ href, label: label.trim() }));

describe('attribution once per server-rendered page', () => {
  test('five widgets: the last one credits the article (id ms-attribution), the four others link to it', () => {
    const html = renderWidgets(page(FIVE));
    assert.equal(count(text(html), CREDIT), 1, 'the full attribution appears once');
    const found = widgets(html);
    assert.deepEqual(
      found.map((w) => w.tag),
      ['ms-section', 'ms-benefit-list', 'ms-evidence-card', 'ms-risk-panel', 'ms-source-list'],
    );
    const last = found.at(-1);
    assert.match(last.attrs, / id="ms-attribution"/);
    assert.equal(count(text(last.inner), CREDIT), 1);
    for (const w of found.slice(0, -1)) {
      assert.deepEqual(links(w.inner), [{ href: '#ms-attribution', label: en.ui.disclaimerLabel }], w.tag);
      assert.doesNotMatch(w.attrs, / id=/, `${w.tag} gets no id`);
    }
  });

  test("a page with a disclaimer: it holds the attribution, under the page's own id or ms-attribution", () => {
    const own = renderWidgets(page(`${FIVE}\n<ms-disclaimer id="about"></ms-disclaimer>`));
    assert.equal(count(text(own), CREDIT), 1);
    for (const w of widgets(own).slice(0, -1)) assert.deepEqual(links(w.inner).map((l) => l.href), ['#about'], w.tag);

    const none = renderWidgets(page(`<ms-risk-panel></ms-risk-panel>\n<ms-disclaimer></ms-disclaimer>`));
    assert.equal(count(text(none), CREDIT), 1);
    const [panel, disclaimer] = widgets(none);
    assert.deepEqual(links(panel.inner).map((l) => l.href), ['#ms-attribution']);
    assert.match(disclaimer.attrs, / id="ms-attribution"/);
  });

  test('the page chooses the place with id="ms-attribution", even on an element of its own', () => {
    const chosen = renderWidgets(page(`<ms-benefit-list id="ms-attribution"></ms-benefit-list>\n${FIVE}`));
    assert.equal(count(text(chosen), CREDIT), 1);
    assert.equal(count(text(widgets(chosen)[0].inner), CREDIT), 1);

    const own = renderWidgets(page(`${FIVE}\n<p id="ms-attribution">From the article…</p>`));
    assert.equal(count(text(own), CREDIT), 0);
    for (const w of widgets(own)) assert.deepEqual(links(w.inner).map((l) => l.href), ['#ms-attribution'], w.tag);
  });

  test('a disclaimer or an article alone gets no id, as in the browser, where no widget looks for it', () => {
    for (const body of ['<ms-disclaimer></ms-disclaimer>', '<ms-article></ms-article>']) assert.doesNotMatch(renderWidgets(page(body)), /id="ms-attribution"/, body);
  });

  test('a widget alone, or with no-attribution beside it, keeps its full line and gets no id', () => {
    for (const body of ['<ms-risk-panel></ms-risk-panel>', '<ms-risk-panel></ms-risk-panel>\n<ms-benefit-list no-attribution></ms-benefit-list>']) {
      const html = renderWidgets(page(body));
      assert.equal(count(text(html), CREDIT), 1, body);
      assert.doesNotMatch(html, /id="ms-attribution"|attribution-link/, body);
    }
  });
});

for (const name of BROWSERS) {
  describe(`${name}, a server-rendered page of five widgets`, () => {
    let browser;
    let server;
    before(async () => {
      server = await startServer();
      browser = await launch(name);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test('hydrates without changing a node or a word, and the links lead to the attribution', async () => {
      const SCRIPT = '/dist/cdn/ms-widgets-hydrate.js';
      const url = server.page('/attribution/five.html', renderWidgets(page(FIVE, `<script type="module" src="${SCRIPT}"></script>`)));
      const tab = await browser.newPage();
      await tab.evaluateOnNewDocument(recordPage);
      const gate = server.hold(SCRIPT);
      const loaded = tab.goto(url);
      await gate.requested;
      await tab.waitForFunction(() => document.readyState !== 'loading');
      await tab.evaluate(afterPaint);
      const shown = await tab.evaluate(widgetTexts);
      await tab.evaluate(snapshotShadowNodes);
      gate.open();
      await loaded;
      assert.equal(await tab.evaluate(hydrated), 5);
      assert.deepEqual(await tab.evaluate(diffShadowNodes), { removed: [], added: [], edited: [] }, 'the very same nodes, unchanged');
      assert.deepEqual(await tab.evaluate(widgetTexts), shown, 'the same text');
      const targets = await tab.evaluate(() =>
        [...document.querySelectorAll('body > *')].map((el) => {
          const href = el.shadowRoot.querySelector('a[part~="attribution-link"]')?.getAttribute('href');
          return (href && document.getElementById(href.slice(1))?.localName) ?? null;
        }),
      );
      assert.deepEqual(targets, ['ms-source-list', 'ms-source-list', 'ms-source-list', 'ms-source-list', null]);
      const { errors, console: logged } = await tab.evaluate(() => window.__msRecord);
      assert.deepEqual(errors, []);
      assert.deepEqual(logged, [], 'no console errors or warnings, hydration mismatches included');
      await tab.close();
    });
  });
}
