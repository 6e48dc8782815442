/* global document, customElements -- page.evaluate callbacks run in the page */
// Memory of many identical cards (issue 19: at most 1 kB of JS heap per
// extra identical card): 1,000 against 2,000 cards of one study, pasted
// tags with the CDN file, and server-rendered with the hydrate file, every
// card woken. A copy of the first card's DOM (src/shared/shared-render.ts)
// or its server DOM left as it is (src/hydration/support.ts) carries no
// template instance and no parts of its own; a card rendered or hydrated by
// Lit costs about 3-4 kB. The heap is read after garbage collection forced
// through the DevTools protocol, so the figure holds from run to run.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { renderWidgets } from '../../dist/ssr/index.js';
import { identicalCards, open } from '../support/cdp.js';

const PER_CARD = 1024;
let env;
before(async () => {
  env = await open();
});
after(() => env?.close());

const pasted = (count) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${count} cards</title>
<script type="module" src="/dist/cdn/ms-widgets.js"></script></head><body><main>${identicalCards(count)}</main></body></html>`;
const serverRendered = (count) => renderWidgets(pasted(count).replace('/dist/cdn/ms-widgets.js', '/dist/cdn/ms-widgets-hydrate.js'));

let n = 0;
/** The page's JS heap and DOM node count once every card has rendered or hydrated, after garbage collection. */
async function measure(html) {
  const page = await env.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(env.server.page(`/heap-per-card-${++n}.html`, html), { waitUntil: 'load' });
    await page.waitForFunction(
      async () => {
        await customElements.whenDefined('ms-evidence-card');
        const all = [...document.querySelectorAll('ms-evidence-card')];
        return all.every((el) => el.hasUpdated && !el.hasAttribute('defer-hydration'));
      },
      { timeout: 120_000, polling: 200 },
    );
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    assert.deepEqual(errors, []);
    return { heap: usedSize, nodes, rendered: await page.evaluate(() => performance.now()) };
  } finally {
    await page.close();
  }
}

for (const [name, html] of [
  ['pasted tags', pasted],
  ['server-rendered, hydrated', serverRendered],
]) {
  test(`JS heap per extra identical card, ${name}: at most ${PER_CARD} B (Chromium)`, async () => {
    const small = await measure(html(1000));
    const large = await measure(html(2000));
    const perCard = (large.heap - small.heap) / 1000;
    console.log(`heap per card, ${name}: ${Math.round(perCard)} B (1,000 cards ${small.heap} B, 2,000 cards ${large.heap} B)`);
    // The measurement sees the cards: a thousand more is thousands more nodes.
    assert.ok(large.nodes - small.nodes > 10_000, `DOM nodes ${small.nodes} → ${large.nodes}`);
    assert.ok(perCard <= PER_CARD, `${Math.round(perCard)} B of JS heap per extra card (allowed ${PER_CARD})`);
  });
}
