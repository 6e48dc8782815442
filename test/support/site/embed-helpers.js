/* global window, document, HTMLElement -- used in functions that run in the page (evaluate) */
// What the embed-page tests share: the embed pages built into a temporary
// folder exactly as the site build writes them (renderEmbedPage per config,
// plus the article's short form), served on one local origin, and host pages
// on a second origin, so every embed is a cross-origin iframe as it is on a
// blog. Chromium is Debian's, driven by playwright-core.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../../scripts/test-env/browsers.js';
import { serveStatic } from '../../../scripts/tools/static-server.js';
import { configById, configs } from '../../../site/configs.js';
import { renderEmbedPage } from '../../../site/build/embed-page.js';

export { configs, configById };

/** Every embed page: each config's id, and the article's short form. */
export const PAGE_IDS = [...configs.map((c) => c.id), 'article-summary'];

/**
 * Builds the embed pages and starts both servers. `site.origin` is the
 * pages' SITE_URL; `host(name, html)` writes a host page on the other
 * origin and returns its URL; the resizer is at `host.origin + '/ms-widgets-resizer.js'`.
 */
export async function startSites() {
  const siteDir = mkdtempSync(join(tmpdir(), 'ms-embed-site-'));
  const hostDir = mkdtempSync(join(tmpdir(), 'ms-embed-host-'));
  const site = await serveStatic(siteDir);
  const host = await serveStatic(hostDir);
  mkdirSync(join(siteDir, 'embed'));
  const pages = new Map();
  for (const config of configs) pages.set(config.id, renderEmbedPage({ config, siteUrl: site.origin }));
  pages.set('article-summary', renderEmbedPage({ config: configById.get('article'), siteUrl: site.origin, summary: true }));
  for (const [id, html] of pages) writeFileSync(join(siteDir, 'embed', `${id}.html`), html);
  copyFileSync(new URL('../../../dist/cdn/ms-widgets-resizer.js', import.meta.url), join(hostDir, 'ms-widgets-resizer.js'));
  return {
    siteOrigin: site.origin,
    hostOrigin: host.origin,
    pages,
    embedUrl: (id, query = '', hash = '') => `${site.origin}/embed/${id}.html${query}${hash}`,
    host(name, html) {
      writeFileSync(join(hostDir, name), html);
      return `${host.origin}/${name}`;
    },
    close() {
      site.close();
      host.close();
      rmSync(siteDir, { recursive: true, force: true });
      rmSync(hostDir, { recursive: true, force: true });
    },
  };
}

/**
 * A host page with one iframe (attributes as written) and a record of every
 * message that iframe posts to it (`window.messages`).
 */
export const hostPage = (iframeAttrs, extra = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>body { margin: 0; } iframe { display: block; border: 0; }</style></head><body>
<iframe title="Embedded widget" ${iframeAttrs}></iframe>
<script>
window.messages = [];
addEventListener('message', (e) => {
  if (e.source === document.querySelector('iframe').contentWindow) window.messages.push(e.data);
});
</script>
${extra}
</body></html>`;

export async function launchChromium() {
  return chromium.launch({ executablePath: chromePath(), args: chromeArgs });
}

/**
 * A new page that records, for every frame of it: console messages by type,
 * CSP violations (seen by a listener added before any page script runs) and
 * every request.
 */
export async function recordingPage(browser, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  // Nothing may leave the machine: any other address gets a stub page.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>stub</title><p>outside</p>' }),
  );
  const page = await context.newPage();
  const log = { console: [], requests: [], errors: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text(), url: m.location().url }));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  return { context, page, log };
}

/** The frame of the page's (first) iframe, once it has loaded. */
export async function embedFrame(page) {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForLoadState('load');
  return frame;
}

/** Polls `check` (async, truthy when done) until it holds or `timeout` ms pass; returns its last value. */
export async function waitFor(check, what, timeout = 5000) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** In the frame: the content's height, measured apart from the runtime's way (the root's scroll height while the frame is shorter than its content). */
export const contentHeight = (frame) => frame.evaluate(() => document.documentElement.scrollHeight);

/**
 * In the frame: the page's markup as it is now, shadow roots included, with
 * the text of its scripts left out (the inlined hydrate file's code holds
 * strings such as "<svg" of its own).
 */
export const allMarkup = (frame) =>
  frame.evaluate(() => {
    const walk = (root) =>
      [...root.querySelectorAll('*')].map((el) => (el.shadowRoot ? el.shadowRoot.innerHTML + walk(el.shadowRoot) : '')).join('');
    return (document.documentElement.outerHTML + walk(document)).replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
  });

/** In the frame: whether the widget's first heading has text and is drawn. */
export const widgetHeadingVisible = (frame) =>
  frame.evaluate(() => {
    const widget = document.querySelector('[data-embed-widget]');
    const heading = widget?.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
    if (!(heading instanceof HTMLElement)) return false;
    const box = heading.getBoundingClientRect();
    return heading.textContent.trim().length > 0 && box.width > 0 && box.height > 0 && heading.checkVisibility();
  });
