/* global window, document, Document, indexedDB -- used in functions that run in the page */
// The built site in Debian's Chromium: share pages readable with JavaScript
// off and hydrated without a console error or CSP violation with it on; go
// pages that send the reader on to their address; and, on every page, no
// request beyond the site's own origin and no cookie or storage.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright';
import { chromeArgs, chromePath } from '../../scripts/test-env/browsers.js';
import { configs } from '../../site/configs.js';
import { describe as describeConfig } from '../../site/build/words.js';
import { externalLinks } from '../../site/build/go-pages.js';
import { hydrated, widgetTexts } from '../support/ssr/in-page.js';
import { builtSite } from '../support/site/built.js';

let site;
let browser;
before(async () => {
  site = await builtSite();
  browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
});
after(async () => {
  await browser?.close();
  site?.close();
});

/** Runs before the page's scripts: records errors, CSP violations and any use of cookies or storage. */
function recordPage() {
  const record = { errors: [], violations: [], storage: [] };
  window.__msRecord = record;
  window.addEventListener('error', (e) => record.errors.push(e.message));
  document.addEventListener('securitypolicyviolation', (e) => record.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  const note = (what) => record.storage.push(what);
  for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) {
    const original = Storage.prototype[method];
    Storage.prototype[method] = function (...args) {
      note(`Storage.${method}`);
      return original.apply(this, args);
    };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    get() {
      note('document.cookie read');
      return cookie.get.call(this);
    },
    set(value) {
      note('document.cookie written');
      cookie.set.call(this, value);
    },
  });
  const open = indexedDB.open.bind(indexedDB);
  indexedDB.open = (...args) => {
    note('indexedDB.open');
    return open(...args);
  };
}

/**
 * A browser context that lets requests to the site's origin through and
 * stops (and lists) every other one; `console` collects console errors.
 */
async function context(options = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1000, height: 800 }, ...options });
  const elsewhere = [];
  const consoleErrors = [];
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === site.origin) return route.continue();
    elsewhere.push(url);
    return route.abort('blockedbyclient');
  });
  await ctx.addInitScript(recordPage);
  ctx.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  ctx.on('weberror', (e) => consoleErrors.push(e.error().message));
  return { ctx, elsewhere, consoleErrors };
}

test('share pages show their widget with JavaScript off, styled and sized', async () => {
  const { ctx } = await context({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  try {
    for (const config of configs) {
      await page.goto(`${site.origin}/share/${config.id}.html`);
      const [widget, ...more] = await page.evaluate(widgetTexts, { visibleOnly: true });
      assert.equal(more.length, 0);
      assert.equal(widget.tag, config.tag);
      for (const piece of describeConfig(config).replace(/…$/, '').split('; ')) {
        assert.ok(widget.text.includes(piece), `share/${config.id}.html shows "${piece.slice(0, 50)}…" without JavaScript`);
      }
      const box = await page.locator(config.tag).boundingBox();
      assert.ok(box.height > 40, `share/${config.id}.html: the widget is ${box.height} px tall without JavaScript`);
      // Styled: the widget's own styles applied (its shadow root's <style> was allowed by the CSP).
      const styled = await page.evaluate((tag) => document.querySelector(tag).shadowRoot.styleSheets.length > 0, config.tag);
      assert.ok(styled, `share/${config.id}.html: the widget's styles apply`);
    }
  } finally {
    await ctx.close();
  }
});

test('share pages hydrate with no console error, page error or CSP violation', async () => {
  const { ctx, elsewhere, consoleErrors } = await context();
  const page = await ctx.newPage();
  try {
    for (const config of configs) {
      await page.goto(`${site.origin}/share/${config.id}.html`);
      const before = await page.evaluate(widgetTexts);
      assert.ok((await page.evaluate(hydrated)) >= 1, `share/${config.id}.html hydrated`);
      assert.deepEqual(await page.evaluate(widgetTexts), before, `share/${config.id}.html: the same text once hydrated`);
      const record = await page.evaluate(() => window.__msRecord);
      assert.deepEqual(record.errors, [], `share/${config.id}.html`);
      assert.deepEqual(record.violations, [], `share/${config.id}.html`);
    }
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(elsewhere, []);
  } finally {
    await ctx.close();
  }
});

test('no page of the site requests anything beyond its origin or uses cookies or storage', async () => {
  const { ctx, elsewhere, consoleErrors } = await context();
  const page = await ctx.newPage();
  const pages = site.files().filter((f) => f.endsWith('.html') && !f.startsWith('go/'));
  try {
    for (const path of pages) {
      await page.goto(`${site.origin}/${path}`, { waitUntil: 'load' });
      const record = await page.evaluate(() => window.__msRecord);
      assert.deepEqual(record.storage, [], `${path} used ${record.storage.join(', ')}`);
      assert.deepEqual(record.errors, [], path);
      assert.equal(await page.evaluate(() => window.localStorage.length + window.sessionStorage.length), 0, path);
    }
    assert.deepEqual(elsewhere, [], 'requests beyond the site');
    assert.deepEqual(await ctx.cookies(), []);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await ctx.close();
  }
  assert.ok(pages.length >= configs.length * 2 + 1, `${pages.length} pages visited`);
});

test('a go page sends the reader to its address, and nowhere else', async () => {
  const { ctx, elsewhere } = await context({ javaScriptEnabled: false });
  try {
    for (const link of externalLinks()) {
      elsewhere.length = 0;
      const page = await ctx.newPage();
      await page.goto(`${site.origin}/go/${link.slug}.html`, { waitUntil: 'commit' });
      // The refresh is immediate; the stopped request shows up in the route log.
      for (let i = 0; i < 100 && elsewhere.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      assert.deepEqual(elsewhere, [link.url]);
    }
  } finally {
    await ctx.close();
  }
});

test('each oEmbed height is close to its embed page’s height at 600 px: it neither hides much nor leaves a large gap', async () => {
  const { ctx } = await context({ viewport: { width: 600, height: 50 }, javaScriptEnabled: false });
  const page = await ctx.newPage();
  try {
    for (const config of configs.filter((c) => c.id !== 'article')) {
      const { height } = JSON.parse(site.read(`oembed/${config.id}.json`));
      // As the server rendered it: the height a reader gets with or without scripts.
      await page.goto(`${site.origin}/embed/${config.id}.html`);
      const actual = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(height >= Math.min(actual, 1000) - 50, `oembed/${config.id}.json: height ${height}, the page is ${actual} px`);
      assert.ok(height <= Math.max(actual + 250, 200), `oembed/${config.id}.json: height ${height}, the page is only ${actual} px`);
    }
  } finally {
    await ctx.close();
  }
});
