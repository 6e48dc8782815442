/* global document, window -- used in functions that run in the page (page.evaluate) */
// Review dates on server-rendered pages: the server judges "overdue" by its
// clock when it renders; the reader's browser judges again when the script
// arrives. Hydration must find exactly what the server rendered (no
// mismatch, nothing logged), then the note appears if the date has passed
// since. ms-review-overdue fires once, in the browser. Run `npm run build`
// first: this imports dist/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { renderWidgets } from '../../dist/ssr/index.js';
import { BROWSERS, launch } from '../support/ssr/browsers.js';
import { afterPaint, diffShadowNodes, hydrated, recordPage, snapshotShadowNodes } from '../support/ssr/in-page.js';
import { startServer } from '../support/ssr/server.js';
import { read } from '../support/ssr/site.js';

const en = JSON.parse(read('content/en.json'));
const HYDRATE = '/dist/cdn/ms-widgets-hydrate.js';

const source = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Review dates</title><script type="module" src="${HYDRATE}"></script></head>
<body>
<ms-disclaimer id="stale" reviewed="2020-01-15" next-review="2021-01-15"></ms-disclaimer>
<ms-disclaimer id="fresh" reviewed="2026-11-25" next-review="2999-11-25"></ms-disclaimer>
<ms-section name="conclusion" source-url="https://clinic.example/ms#sources"></ms-section>
</body>
</html>
`;

/** Renders `source` with the server's clock set to `now`. */
function renderAt(now) {
  const real = Date.now;
  Date.now = () => now;
  try {
    return renderWidgets(source);
  } finally {
    Date.now = real;
  }
}

let server;
before(async () => {
  server = await startServer();
});
after(() => server?.close());

/** The page's disclaimers: overdue attribute, note text and the events they fired. */
const state = () =>
  [...document.querySelectorAll('ms-disclaimer')].map((el) => ({
    id: el.id,
    overdue: el.hasAttribute('overdue'),
    note: el.shadowRoot.querySelector('[part~="overdue"]')?.textContent ?? null,
    events: window.__overdue.filter((d) => d.el === el.id).map((d) => d.nextReview),
  }));

async function load(browser, path, html) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && problems.push(`console.${m.type()}: ${m.text()}`));
  await page.evaluateOnNewDocument(recordPage);
  await page.evaluateOnNewDocument(() => {
    window.__overdue = [];
    document.addEventListener('ms-review-overdue', (e) => window.__overdue.push({ el: e.target.id, nextReview: e.detail.nextReview }));
  });
  const gate = server.hold(HYDRATE);
  const loaded = page.goto(server.page(path, html));
  await gate.requested;
  await page.waitForFunction(() => document.readyState !== 'loading');
  const served = await page.evaluate(() =>
    [...document.querySelectorAll('ms-disclaimer')].map((el) => ({
      id: el.id,
      overdue: el.hasAttribute('overdue'),
      note: el.shadowRoot?.querySelector('[part~="overdue"]')?.textContent ?? null,
    })),
  );
  await page.evaluate(snapshotShadowNodes);
  gate.open();
  await loaded;
  await page.evaluate(hydrated);
  await page.evaluate(afterPaint);
  return { page, served, problems };
}

describe('the server\u2019s verdict', () => {
  test('a date past by the server\u2019s clock: the note and the overdue attribute are in the HTML', () => {
    const html = renderAt(Date.now());
    const stale = html.slice(html.indexOf('<ms-disclaimer id="stale"'), html.indexOf('</ms-disclaimer>'));
    assert.match(stale, /^<ms-disclaimer id="stale" reviewed="2020-01-15" next-review="2021-01-15" overdue defer-hydration>/);
    assert.ok(/<p part="overdue"[ >]/.test(stale) && stale.includes(en.ui.reviewOverdue));
    const fresh = html.slice(html.indexOf('<ms-disclaimer id="fresh"'));
    assert.match(fresh, /^<ms-disclaimer id="fresh" reviewed="2026-11-25" next-review="2999-11-25" defer-hydration>/);
  });

  test('rendered before that date, it is not overdue yet', () => {
    const html = renderAt(Date.UTC(2020, 5, 1));
    assert.equal(/ overdue[ >]/.test(html), false);
    assert.equal(html.includes('part="overdue"'), false);
  });
});

for (const name of BROWSERS) {
  describe(`${name}, review dates when the script arrives`, () => {
    let browser;
    before(async () => (browser = await launch(name)));
    after(() => browser?.close());

    test('server and reader agree: hydration changes nothing, logs nothing, and the event fires once', async () => {
      const { page, served, problems } = await load(browser, `/review/${name}-agree.html`, renderAt(Date.now()));
      assert.deepEqual(served, [
        { id: 'stale', overdue: true, note: en.ui.reviewOverdue },
        { id: 'fresh', overdue: false, note: null },
      ]);
      assert.deepEqual(await page.evaluate(diffShadowNodes), { removed: [], added: [], edited: [] });
      assert.deepEqual(await page.evaluate(state), [
        { id: 'stale', overdue: true, note: en.ui.reviewOverdue, events: ['2021-01-15'] },
        { id: 'fresh', overdue: false, note: null, events: [] },
      ]);
      const { errors, console: logged } = await page.evaluate(() => window.__msRecord);
      assert.deepEqual([errors, logged, problems], [[], [], []]);
      await page.close();
    });

    test('a page built before the date and read after it: the note appears, once, with no mismatch', async () => {
      const { page, served, problems } = await load(browser, `/review/${name}-stale.html`, renderAt(Date.UTC(2020, 5, 1)));
      assert.deepEqual(served, [
        { id: 'stale', overdue: false, note: null },
        { id: 'fresh', overdue: false, note: null },
      ]);
      const diff = await page.evaluate(diffShadowNodes);
      assert.deepEqual(diff.removed, [], 'nothing the server rendered is removed');
      assert.deepEqual(diff.edited, [], 'nor edited');
      assert.ok(diff.added.length > 0, 'the note is added');
      assert.deepEqual(await page.evaluate(state), [
        { id: 'stale', overdue: true, note: en.ui.reviewOverdue, events: ['2021-01-15'] },
        { id: 'fresh', overdue: false, note: null, events: [] },
      ]);
      const { errors, console: logged } = await page.evaluate(() => window.__msRecord);
      assert.deepEqual([errors, logged, problems], [[], [], []]);
      await page.close();
    });
  });
}
