/* global document, requestIdleCallback, customElements -- page.evaluate callbacks run in the page */
// A page in a background tab (issue 19; CI, 2026-12-07). Chromium ends a
// hidden page's idle periods about 10 s after it is hidden; from then on an
// idle callback comes only at its timeout. Server-rendered widgets that
// waited for idle time then woke one per 2 s timeout: thirty cards took a
// minute. A hidden page paints nothing and takes no input, so
// src/hydration/chunks.ts wakes its widgets in slices in the next tasks.
//
// Not a timed test: the cards must all hydrate before an idle callback asked
// for when the hydrate file was added comes, which on such a page is that
// callback's timeout. Only the DevTools protocol's browser can keep a tab
// hidden on purpose, hence Chromium alone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { renderWidgets } from '../../dist/ssr/index.js';
import { identicalCards, open } from '../support/cdp.js';

const CARDS = 200;
let env;
before(async () => {
  env = await open();
});
after(() => env?.close());

// Server-rendered, with no script yet: the test adds it once the page's idle periods have ended.
const html = renderWidgets(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${CARDS} cards in a hidden tab</title></head>
<body><main>${identicalCards(CARDS)}</main></body></html>`);

test(`${CARDS} server-rendered cards in a hidden tab all hydrate before an idle callback's timeout (Chromium)`, async () => {
  const front = await env.browser.newPage();
  const page = await env.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && errors.push(`${m.type()}: ${m.text()}`));
  try {
    await page.goto(env.server.page('/hidden-page.html', html), { waitUntil: 'load' });
    await front.bringToFront();
    assert.equal(await page.evaluate(() => document.visibilityState), 'hidden', 'the page is in a background tab');
    // Until an idle callback with a 1 s timeout times out: the page's idle periods have ended.
    await page.evaluate(async () => {
      while (!(await new Promise((resolve) => requestIdleCallback((d) => resolve(d.didTimeout), { timeout: 1000 }))));
    });
    const atIdle = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const all = [...document.querySelectorAll('ms-evidence-card')];
          requestIdleCallback(
            (deadline) =>
              resolve({
                hydrated: all.filter((el) => el.hasUpdated && !el.hasAttribute('defer-hydration')).length,
                defined: !!customElements.get('ms-evidence-card'),
                timedOut: deadline.didTimeout,
              }),
            { timeout: 2000 },
          );
          const script = document.createElement('script');
          script.type = 'module';
          script.src = '/dist/cdn/ms-widgets-hydrate.js';
          document.head.append(script);
        }),
    );
    assert.deepEqual(atIdle, { hydrated: CARDS, defined: true, timedOut: true }, 'when the idle callback asked for with the script came: all hydrated');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await front.close();
  }
});
