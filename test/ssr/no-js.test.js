/* global document, customElements, getComputedStyle -- used in functions that run in the page (page.evaluate) */
// The server-rendered demo with JavaScript off, in Chromium and Firefox: the
// whole article shows, styled, and every widget holds the same text as when
// the browser renders it from the script.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch } from '../support/ssr/browsers.js';
import { widgetTexts } from '../support/ssr/in-page.js';
import { startServer } from '../support/ssr/server.js';
import { articleSentences, buildSite, read, withScript } from '../support/ssr/site.js';

let server;
before(async () => {
  buildSite();
  server = await startServer();
});
after(() => server?.close());

/**
 * Toggles every disclosure that is open (or, with `open`, closed) the way a
 * reader does, with the mouse: native <details> needs no script. Coordinates
 * come from the DOM, as puppeteer's own element lookups need a script of
 * their own in the page.
 */
async function toggleEveryDisclosure(page, { open = false } = {}) {
  let opened = 0;
  for (;;) {
    const point = await page.evaluate((wantOpen) => {
      const find = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName === 'summary' && el.parentElement.open !== wantOpen) return el;
          const inner = el.shadowRoot && find(el.shadowRoot);
          if (inner) return inner;
        }
        return null;
      };
      const summary = find(document);
      if (!summary) return null;
      summary.scrollIntoView({ block: 'center' });
      const box = summary.getBoundingClientRect();
      return { x: box.x + Math.min(box.width / 2, 40), y: box.y + box.height / 2 };
    }, open);
    if (!point) return opened;
    await page.mouse.click(point.x, point.y);
    if (++opened > 10) throw new Error('a disclosure did not toggle when clicked');
  }
}

for (const name of BROWSERS) {
  describe(`${name}, JavaScript off`, () => {
    let off, on;
    before(async () => {
      off = await launch(name, { javaScript: false });
      on = await launch(name);
    });
    after(async () => {
      await off?.close();
      await on?.close();
    });

    test('the article page shows every sentence of the article, in order, styled', async () => {
      const page = await off.newPage();
      await page.goto(`${server.origin}/demo/ssr/site/index.html`);

      const state = await page.evaluate(() => ({
        scriptRan: customElements.get('ms-article') !== undefined,
        shadowRoot: document.querySelector('ms-article').shadowRoot !== null,
      }));
      assert.equal(state.scriptRan, false, 'JavaScript is really off: the widget script did not run');
      assert.equal(state.shadowRoot, true, 'the declarative shadow root was attached by the parser');

      const sentences = articleSentences();
      assert.equal(sentences.length, 60);
      // Precautions start expanded: every sentence is shown without a click.
      const [{ tag, text }] = await page.evaluate(widgetTexts, { visibleOnly: true });
      assert.equal(tag, 'ms-article');
      let from = 0;
      for (const sentence of sentences) {
        const at = text.indexOf(sentence, from);
        assert.ok(at >= from, `shown, in order: ${sentence}`);
        from = at + sentence.length;
      }

      // A reader may still fold them, with no script; folded text no longer
      // counts as shown (the visibility check can fail).
      assert.equal(await toggleEveryDisclosure(page), 4, 'four precautions to close');
      const [closed] = await page.evaluate(widgetTexts, { visibleOnly: true });
      const hidden = sentences.filter((s) => !closed.text.includes(s));
      assert.ok(hidden.length > 0, 'collapsed precautions are not counted as shown');
      assert.equal(await toggleEveryDisclosure(page, { open: true }), 4, 'and open again');

      // Styled by the widgets' own sheets and the page's tokens, with no script.
      const look = await page.evaluate(() => {
        const article = document.querySelector('ms-article');
        const benefits = article.shadowRoot.querySelector('ms-benefit-list');
        const card = benefits.shadowRoot.querySelector('li.card');
        const title = article.shadowRoot.querySelector('h1');
        const style = getComputedStyle(card);
        return {
          host: getComputedStyle(article).display,
          edge: style.borderInlineStartWidth,
          // As sRGB bytes: the derived accent computes in another colour space (srgb-linear).
          accent: (() => {
            const ctx = document.createElement('canvas').getContext('2d');
            ctx.fillStyle = style.borderInlineStartColor;
            ctx.fillRect(0, 0, 1, 1);
            const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
            return `rgb(${r}, ${g}, ${b})`;
          })(),
          list: getComputedStyle(benefits.shadowRoot.querySelector('ul')).listStyleType,
          title: parseFloat(getComputedStyle(title).fontSize) / parseFloat(getComputedStyle(article).fontSize),
          font: getComputedStyle(title).fontFamily,
        };
      });
      assert.equal(look.host, 'block', ':host styles apply');
      assert.equal(look.edge, '4px', 'the card edge from card.styles');
      assert.equal(look.accent, 'rgb(0, 105, 107)', 'the page\u2019s --ms-color-accent reaches the card');
      assert.equal(look.list, 'none', 'benefits are cards, not bullets');
      assert.equal(look.title, 1.75, 'h1 sized by the widget styles');
      assert.match(look.font, /Source Sans 3/, 'the page\u2019s --ms-font-family');
      await page.close();
    });

    test('every widget shows the same text as the client render', async () => {
      const ssr = await off.newPage();
      await ssr.goto(`${server.origin}/demo/ssr/site/widgets.html`);
      const served = await ssr.evaluate(widgetTexts);

      // The same source page rendered in the browser by the ordinary CDN file.
      const client = await on.newPage();
      const url = server.page('/demo/ssr/client/widgets.html', withScript(read('demo/ssr/src/widgets.html'), 'ms-widgets.js'));
      await client.goto(url);
      await client.waitForFunction(() => customElements.get('ms-article') !== undefined);
      await client.evaluate(async () => {
        const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
        for (let i = 0; i < 5; i++) await Promise.all(all(document).map((el) => el.updateComplete));
      });
      const rendered = await client.evaluate(widgetTexts);

      assert.equal(served.length, 14, 'every widget of the page, all eight tags');
      assert.deepEqual(new Set(served.map((w) => w.tag)).size, 8);
      for (const [i, widget] of served.entries()) assert.ok(widget.text.length > 0, `${widget.tag} #${i} shows text`);
      assert.deepEqual(served, rendered);
      await ssr.close();
      await client.close();
    });
  });
}
