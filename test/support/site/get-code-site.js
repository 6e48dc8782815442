/* global customElements -- used in functions that run in the page (page.evaluate) */
// The Get code tests' two origins: the site (the Get code page, the CDN files,
// the embed and share pages: buildSite's whole output but Storybook), served
// with Access-Control-Allow-Origin as a static host or CDN serves it; and a
// blank host on another port, where the snippets are pasted.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../../scripts/test-env/browsers.js';
import { serveStatic } from '../../../scripts/tools/static-server.js';
import { buildSite } from '../../../site/build/index.js';

export async function startSites() {
  const root = mkdtempSync(join(tmpdir(), 'get-code-'));
  const siteDir = join(root, 'site');
  const hostDir = join(root, 'host');
  mkdirSync(siteDir);
  mkdirSync(hostDir);
  const site = await serveStatic(siteDir, { headers: { 'access-control-allow-origin': '*' } });
  const host = await serveStatic(hostDir);
  // The whole site (its index.html is the Get code page), as npm run build:site writes it.
  await buildSite({ out: siteDir, siteUrl: site.origin, storybook: false });
  let pages = 0;
  return {
    site,
    host,
    siteDir,
    /** Writes a blank host page around `body`; resolves to its URL on the host origin. */
    hostPage(body, { head = '' } = {}) {
      const name = `page-${++pages}.html`;
      writeFileSync(join(hostDir, name), `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Host page</title>${head}</head>\n<body>\n${body}\n</body></html>\n`);
      return `${host.origin}/${name}`;
    },
    close() {
      site.close();
      host.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export const launchChromium = () => chromium.launch({ executablePath: chromePath(), args: chromeArgs });

/**
 * True once `el` is defined, its shadow root shows text, and it is drawn.
 * Runs in the page.
 */
export const widgetShows = (el) =>
  customElements.get(el.localName) !== undefined &&
  (el.shadowRoot?.textContent ?? '').trim().length > 20 &&
  el.getBoundingClientRect().height > 20;

/** Is the tag's light-DOM fallback (its first element child) drawn? Runs in the page. */
export const fallbackShows = (el) => {
  const fallback = el.firstElementChild;
  return fallback !== null && fallback.checkVisibility() && fallback.getBoundingClientRect().height > 0;
};

/** The snippet the page shows for `kind`, after the reader picked `id` in the widget menu. */
export async function snippetFor(page, id, kind) {
  await page.selectOption('#widget', id);
  return page.inputValue(`#snippet-${kind}`);
}
