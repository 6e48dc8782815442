/* global customElements, requestAnimationFrame, window -- used in functions that run in the page (page.evaluate) */
// Fallback content (the heading link inside each tag the Get code page hands
// out), in Chromium, for one widget of each element, with the module snippet
// pasted into a page on another origin: the script blocked, late, present.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { configs } from '../../site/configs.js';
import { fallbackShows, launchChromium, snippetFor, startSites, widgetShows } from '../support/site/get-code-site.js';

// One configuration per element.
const perElement = [...new Map(configs.map((c) => [c.tag, c])).values()];

/** The host page: a 40rem column at 16px, text before and after the widget (what moves, if anything does). */
const column = (snippet) => `<style>body { font: 16px/1.5 system-ui, sans-serif; } main { inline-size: 40rem; }</style>
<main><p>Text before the widget.</p>
${snippet}
<div id="after">Text after the widget (a div: no margin of its own to hide the widget's).</div></main>`;

// Collects layout shifts from the very start of the page (PerformanceObserver, buffered).
const observeShifts = () => {
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
};
const twoFrames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

let sites;
let browser;
let getCode;
before(async () => {
  sites = await startSites();
  browser = await launchChromium();
  getCode = await (await browser.newContext()).newPage();
  await getCode.goto(`${sites.site.origin}/`);
});
after(async () => {
  await browser?.close();
  sites?.close();
});

async function hostPage(config, { route } = {}) {
  // Tall enough that the text after every widget but the whole article is in view, where a shift would count.
  const context = await browser.newContext({ viewport: { width: 1000, height: 3600 } });
  const page = await context.newPage();
  await page.addInitScript(observeShifts);
  if (route) await page.route(`${sites.site.origin}/cdn/ms-widgets.js`, route);
  const url = sites.hostPage(column(await snippetFor(getCode, config.id, 'module')));
  return { context, page, url, tag: page.locator(config.tag).first() };
}

const shareUrl = (config) => `${sites.site.origin}/share/${config.id}.html`;

describe('script blocked: the fallback link is shown and leads to the share page', () => {
  for (const config of perElement) {
    test(config.tag, async () => {
      const { context, page, url, tag } = await hostPage(config, { route: (r) => r.abort() });
      await page.goto(url);
      const link = tag.locator('a');
      assert.ok(await link.isVisible(), 'the fallback link is visible');
      assert.equal(await link.getAttribute('href'), shareUrl(config));
      assert.equal((await link.textContent()).trim(), config.title);
      assert.equal(await page.evaluate((name) => customElements.get(name) === undefined, config.tag), true);
      await context.close();
    });
  }
});

describe('script late: the fallback first, then the widget with the fallback hidden, and nothing moves', () => {
  for (const config of perElement) {
    test(config.tag, async () => {
      let release;
      const gate = new Promise((done) => (release = done));
      const { context, page, url, tag } = await hostPage(config, {
        route: async (r) => {
          await gate;
          await r.continue();
        },
      });
      await page.goto(url, { waitUntil: 'commit' });
      await tag.locator('a').waitFor({ state: 'visible' });
      await page.evaluate(twoFrames);
      assert.equal(await tag.evaluate(fallbackShows), true, 'the fallback shows while the script is on its way');
      const before = await tag.boundingBox();
      release();
      await page.waitForFunction(widgetShows, await tag.elementHandle(), { timeout: 10_000 });
      await page.evaluate(twoFrames);
      assert.equal(await tag.evaluate(fallbackShows), false, 'the fallback is hidden once the widget renders');
      const shifts = await page.evaluate(() => window.shifts);
      const after = await tag.boundingBox();
      assert.deepEqual(shifts, [], `no layout shift (the widget went from ${before.height}px reserved to ${after.height}px)`);
      await context.close();
    });
  }
});

describe('script present: the widget, the fallback hidden', () => {
  for (const config of perElement) {
    test(config.tag, async () => {
      const { context, page, url, tag } = await hostPage(config);
      await page.goto(url);
      await page.waitForFunction(widgetShows, await tag.elementHandle(), { timeout: 10_000 });
      assert.equal(await tag.evaluate(fallbackShows), false);
      // No default <slot>: the light-DOM fallback has nowhere to be drawn.
      assert.equal(await tag.evaluate((el) => el.shadowRoot.querySelector('slot:not([name])')), null);
      assert.deepEqual(await page.evaluate(() => window.shifts), []);
      await context.close();
    });
  }
});
