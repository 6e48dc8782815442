/* global document, customElements -- page.evaluate callbacks run in the page */
// What only Chromium's DevTools protocol can measure (the heap, the
// accessibility tree, emulated forced colours and reduced motion): Debian's
// Chromium through puppeteer, the built CDN file (run `npm run build` first)
// on pages served from the repo root.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';
import { chromeArgs, chromePath } from '../../scripts/test-env/browsers.js';
import { startServer } from './ssr/server.js';

/** Screenshots for a person to look at (git-ignored). */
export const SHOTS = fileURLToPath(new URL('../../screenshots/cdp/', import.meta.url));

/** The English pack, as the article shows it. */
export const en = JSON.parse(await readFile(new URL('../../content/en.json', import.meta.url), 'utf8'));

/** `count` identical pasted cards of one study, one per line: the many-widgets pages of test/cdp. */
export const identicalCards = (count) => Array.from({ length: count }, () => '<ms-evidence-card study="halt-ms"></ms-evidence-card>').join('\n');

export async function open() {
  mkdirSync(SHOTS, { recursive: true });
  const server = await startServer();
  const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs });
  let n = 0;
  return {
    server,
    browser,
    /** A new page showing `body` with the CDN file; waits until every widget has rendered. */
    async page(body, { width = 1000, height = 800, deviceScaleFactor = 1, head = '' } = {}) {
      const page = await browser.newPage();
      await page.setViewport({ width, height, deviceScaleFactor });
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && errors.push(`${m.type()}: ${m.text()}`));
      const url = server.page(
        `/cdp-${++n}.html`,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cdp ${n}</title>${head}
<script type="module" src="/dist/cdn/ms-widgets.js"></script></head><body>${body}</body></html>`,
      );
      await page.goto(url, { waitUntil: 'load' });
      await settle(page);
      return { page, errors, cdp: await page.createCDPSession() };
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until every ms-* element in the page, shadow roots included, has rendered. */
export async function settle(page) {
  await page.evaluate(async () => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    await Promise.all(['ms-article', 'ms-section', 'ms-benefit-list', 'ms-disclaimer'].map((t) => customElements.whenDefined(t)));
    for (let i = 0; i < 5; i++) {
      await Promise.all(all(document).filter((el) => el.localName.startsWith('ms-')).map((el) => el.updateComplete));
    }
  });
}

/** In the page: every element in the document and in every shadow root. */
export const DEEP_ALL = `(root) => {
  const all = (r) => [...r.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  return all(root);
}`;
