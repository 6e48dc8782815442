/* global document, window, customElements -- used in functions that run in the page (page.evaluate) */
// The server-rendered demo when its script arrives: the widgets hydrate in
// place (the same nodes, the same text), log nothing, shift nothing, and the
// risk panel works. The script is held back until the test has seen the page
// as the server sent it, and the page has painted.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch } from '../support/ssr/browsers.js';
import { afterPaint, diffShadowNodes, hydrated, recordPage, snapshotShadowNodes, widgetTexts } from '../support/ssr/in-page.js';
import { startServer } from '../support/ssr/server.js';
import { buildSite, read, withScript } from '../support/ssr/site.js';

const HYDRATE = '/dist/cdn/ms-widgets-hydrate.js';
const PLAIN = '/dist/cdn/ms-widgets.js';

let server;
before(async () => {
  buildSite();
  server = await startServer();
});
after(() => server?.close());

/**
 * Loads `url` with `script` held back: returns what the page showed before
 * the script ran, then lets it run and waits for every widget to hydrate.
 */
async function loadHeld(browser, url, script) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && problems.push(`console.${m.type()}: ${m.text()}`));
  await page.evaluateOnNewDocument(recordPage);
  const gate = server.hold(script);
  const loaded = page.goto(url);
  await gate.requested;
  await page.waitForFunction(() => document.readyState !== 'loading');
  await page.evaluate(afterPaint);
  const before = await page.evaluate(widgetTexts);
  const nodes = await page.evaluate(snapshotShadowNodes);
  gate.open();
  await loaded;
  return { page, before, nodes, problems };
}

const record = (page) => page.evaluate(() => window.__msRecord);

for (const name of BROWSERS) {
  describe(`${name}, hydration`, () => {
    let browser;
    before(async () => (browser = await launch(name)));
    after(() => browser?.close());

    for (const file of ['index.html', 'widgets.html']) {
      test(`${file}: the widgets hydrate without changing a node or a word, and log nothing`, async () => {
        const { page, before, nodes, problems } = await loadHeld(browser, `${server.origin}/demo/ssr/site/${file}`, HYDRATE);
        assert.ok(nodes > 100, `the server-rendered shadow roots were there before the script (${nodes} nodes)`);
        const count = await page.evaluate(hydrated);
        assert.ok(count >= (file === 'index.html' ? 11 : 14), `every widget hydrated (${count})`);

        assert.deepEqual(await page.evaluate(diffShadowNodes), { removed: [], added: [], edited: [] }, 'the very same nodes, unchanged');
        assert.deepEqual(await page.evaluate(widgetTexts), before, 'the same text');
        const { errors, console: logged } = await record(page);
        assert.deepEqual(errors, [], 'no errors');
        assert.deepEqual(logged, [], 'no console errors or warnings, hydration mismatches included');
        assert.deepEqual(problems, []);
        await page.close();
      });
    }

    test('the risk panel is interactive after hydration', async () => {
      const { page } = await loadHeld(browser, `${server.origin}/demo/ssr/site/index.html`, HYDRATE);
      await page.evaluate(hydrated);
      await page.evaluate(() => {
        window.__toggles = [];
        document.addEventListener('ms-toggle', (e) => window.__toggles.push(e.detail));
      });
      const summary = await page.evaluateHandle(
        () => document.querySelector('ms-article').shadowRoot.querySelector('ms-risk-panel').shadowRoot.querySelectorAll('summary')[1],
      );
      await summary.click();
      await page.waitForFunction(() => window.__toggles.length > 0);
      // Expanded by default: the click closes it.
      assert.deepEqual(await page.evaluate(() => window.__toggles), [{ id: 'treatment-risks', open: false }]);
      assert.equal(await summary.evaluate((s) => s.parentElement.open), false);
      await page.close();
    });

    test('control: the ordinary CDN file, which cannot hydrate, renders a second copy', async () => {
      // Proves the checks above can fail: without Lit's hydration support the
      // elements render again into the declarative shadow roots.
      const url = server.page('/demo/ssr/site/plain-script.html', withScript(read('demo/ssr/site/widgets.html'), 'ms-widgets.js'));
      const { page, before } = await loadHeld(browser, url, PLAIN);
      await page.waitForFunction(() => customElements.get('ms-article') !== undefined);
      await page.evaluate(afterPaint);
      const diff = await page.evaluate(diffShadowNodes);
      assert.ok(diff.added.length > 0, 'nodes were added');
      assert.notDeepEqual(await page.evaluate(widgetTexts), before, 'the text changed');
      await page.close();
    });

    if (name === 'chromium') {
      test('no layout shift when the script arrives (CLS 0)', async () => {
        const { page } = await loadHeld(browser, `${server.origin}/demo/ssr/site/index.html`, HYDRATE);
        await page.evaluate(hydrated);
        await page.evaluate(afterPaint);
        const { shifts } = await record(page);
        assert.deepEqual(shifts, [], 'no layout-shift entries');
        await page.close();
      });

      test('control: the same page rendered only in the browser shifts (CLS > 0)', async () => {
        // The measurement works: without server rendering the footer moves
        // down when the article appears.
        const { page } = await loadHeld(browser, `${server.origin}/demo/ssr/src/index.html`, HYDRATE);
        await page.evaluate(hydrated);
        await page.evaluate(afterPaint);
        const { shifts } = await record(page);
        const cls = shifts.reduce((a, b) => a + b, 0);
        assert.ok(cls > 0.05, `CLS ${cls}`);
        await page.close();
      });
    }
  });
}
