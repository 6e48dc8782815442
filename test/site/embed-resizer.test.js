/* global window, document */
// dist/cdn/ms-widgets-resizer.js on a host page: every iframe that opts in
// (data-ms-widgets-resize) takes its content's height, so it shows all of
// it with no inner scrollbar, at 1280 px and after the window narrows to
// 360 px; a message from anywhere but that frame, or with a height that is
// not one, changes nothing; an iframe that did not opt in keeps its height.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { embedFrame, launchChromium, recordingPage, startSites, waitFor } from '../support/site/embed-helpers.js';

let sites;
let browser;
before(async () => {
  sites = await startSites();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  sites?.close();
});

// The short frames first: Chromium holds back the rendering of a
// cross-origin frame out of view (its size updates wait until it is scrolled
// to), and the article is taller than the window.
const resizerHost = (srcA, srcB) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Resizer host</title>
<style>body { margin: 0 } iframe { display: block; width: 100%; border: 0 } .boxed { box-sizing: border-box; border: 3px solid; padding: 5px }</style></head><body>
<iframe id="b" title="Precautions" class="boxed" data-ms-widgets-resize src="${srcB}" height="150"></iframe>
<iframe id="c" title="Not opted in" src="${srcB}" height="150"></iframe>
<iframe id="a" title="Article" data-ms-widgets-resize src="${srcA}" height="150"></iframe>
<script src="/ms-widgets-resizer.js"></script>
</body></html>`;

/** For each iframe: its content box height, and the height and scroll height of its document. */
const measure = async (page) => {
  const out = {};
  for (const id of ['a', 'b', 'c']) {
    const frame = await (await page.$(`#${id}`)).contentFrame();
    const inner = await frame.evaluate(() => ({
      content: document.documentElement.getBoundingClientRect().height,
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
    }));
    out[id] = { ...inner, box: await page.evaluate((i) => document.getElementById(i).clientHeight, id) };
  }
  return out;
};

/** Sized to the content: the frame's viewport is the content's height (rounded up), and nothing scrolls. */
const sized = (m) => m.client === Math.ceil(m.content) && m.scroll <= m.client;

test('opted-in iframes take their content’s height at 1280 px and at 360 px; the other keeps its own', async () => {
  const { context, page, log } = await recordingPage(browser, { width: 1280, height: 800 });
  try {
    await page.goto(sites.host('resizer.html', resizerHost(sites.embedUrl('article'), sites.embedUrl('precautions'))));
    await embedFrame(page);
    const wide = await waitFor(async () => {
      const m = await measure(page);
      return sized(m.a) && sized(m.b) && m;
    }, 'both frames sized at 1280 px').catch(async (e) => assert.fail(`${e.message}: ${JSON.stringify(await measure(page))}`));
    assert.ok(wide.a.client > 1000, `the whole article (${wide.a.client} px)`);
    assert.equal(wide.c.client, 150, 'not opted in: its height attribute');
    assert.ok(wide.c.scroll > wide.c.client, '… and it scrolls');

    // Tall enough that the article's frame, below the two precautions frames
    // (about 1,400 px at this width), stays in view: out of view, Chromium may
    // hold back its rendering, and with it the height it would send (seen
    // failing 3 runs in 9 while the machine was busy).
    await page.setViewportSize({ width: 360, height: 1600 });
    const narrow = await waitFor(async () => {
      const m = await measure(page);
      return m.a.client > wide.a.client && sized(m.a) && sized(m.b) && m;
    }, 'both frames sized again at 360 px').catch(async (e) => assert.fail(`${e.message}: ${JSON.stringify(await measure(page))}`));
    assert.ok(narrow.b.client > wide.b.client);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  } finally {
    await context.close();
  }
});

test('a height from another window, or not a height, changes nothing', async () => {
  const { context, page } = await recordingPage(browser);
  try {
    await page.goto(sites.host('resizer-bad.html', resizerHost(sites.embedUrl('disclaimer'), sites.embedUrl('disclaimer'))));
    await embedFrame(page);
    const before = await waitFor(async () => {
      const m = await measure(page);
      return sized(m.a) && m;
    }, 'the frame sized');
    // From the host page itself: not the frame's window.
    await page.evaluate(() => window.postMessage({ type: 'ms-widgets:height', height: 700 }, '*'));
    // From the frame, but not heights.
    const frame = await (await page.$('#a')).contentFrame();
    for (const height of [0, -5, 100000, 1e9, Number.NaN, Infinity, '700', null]) {
      await frame.evaluate((h) => window.parent.postMessage({ type: 'ms-widgets:height', height: h }, '*'), height);
    }
    await frame.evaluate(() => window.parent.postMessage({ message: 'height', value: 700 }, '*'));
    await new Promise((r) => setTimeout(r, 300));
    assert.equal((await measure(page)).a.box, before.a.box);
    // The control: a good height from the frame is applied.
    await frame.evaluate(() => window.parent.postMessage({ type: 'ms-widgets:height', height: 640 }, '*'));
    await waitFor(async () => (await measure(page)).a.box === 640, 'the good height applied');
  } finally {
    await context.close();
  }
});
