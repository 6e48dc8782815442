// The built Storybook (storybook-static/) as a reader gets it: every story's
// canvas loads in Debian's Chromium, its play function passes and axe finds
// nothing (addon-a11y runs in the preview with `a11y.test = 'error'`), with no
// console error, page error or failed request. This catches what the Vitest
// run cannot: a production build that tree-shakes the element definitions away.
/* global document, customElements -- used inside page.evaluate(), in the browser */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromeArgs, chromePath } from '../../scripts/test-env/browsers.js';
import { serveStatic } from '../../scripts/tools/static-server.js';

const root = fileURLToPath(new URL('../../storybook-static', import.meta.url));
const PARALLEL = 4;

/** Records Storybook's "story finished" event (with the axe report) as the preview boots. */
function recordFinished() {
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (value) => {
      channel = value;
      value.on('storyFinished', (event) => {
        globalThis.__msStoryFinished = event;
      });
      value.on('docsRendered', (id) => {
        globalThis.__msDocsRendered = id;
      });
    },
  });
}

/**
 * Opens a story and waits for Storybook to finish it: loaders, render, play,
 * then axe. Resolves to what went wrong, if anything.
 */
async function load(page, url, id) {
  await page.goto(url);
  const finished = await page
    .waitForFunction((storyId) => globalThis.__msStoryFinished?.storyId === storyId && globalThis.__msStoryFinished, id, {
      timeout: 20_000,
    })
    .then((h) => h.jsonValue())
    .catch(() => undefined);
  if (!finished) return ['did not finish'];
  const failed = finished.reporters
    .filter((r) => r.status !== 'passed')
    .map((r) => `${r.type} ${r.status}: ${(r.result?.violations ?? []).map((v) => v.id).join(', ')}`);
  return finished.status === 'success' && failed.length === 0 ? [] : [`status ${finished.status}`, ...failed];
}

/** The entries of the static build's index.json of one type ('story' or 'docs'). */
const entries = (type) =>
  Object.values(JSON.parse(readFileSync(`${root}/index.json`, 'utf8')).entries).filter((e) => e.type === type);

/**
 * Waits until none of a page's requests has been in flight for half a second
 * (at most 15 s). Resolves to the requests still loading then, as problems.
 */
async function networkQuiet(pending) {
  const deadline = Date.now() + 15_000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (pending.size) quietSince = Date.now();
    else if (Date.now() - quietSince >= 500) return [];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return [...pending].map((r) => `request still loading after 15 s: ${r.url()}`);
}

/**
 * Opens every entry in Chromium, PARALLEL at a time, and returns what went
 * wrong, each line prefixed with the entry's id. `visit(page, entry, origin)`
 * loads the entry and returns its own problems; console errors, page errors
 * and failed requests during the visit are added to them.
 */
async function visitEach(list, visit) {
  const server = await serveStatic(root);
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
  const problems = [];
  try {
    const queue = [...list];
    const worker = async () => {
      const page = await browser.newPage();
      await page.addInitScript(recordFinished);
      let seen = [];
      const pending = new Set();
      page.on('console', (m) => m.type() === 'error' && seen.push(`console.error ${m.text()}`));
      page.on('pageerror', (e) => seen.push(e.message));
      page.on('request', (r) => pending.add(r));
      page.on('requestfinished', (r) => pending.delete(r));
      page.on('requestfailed', (r) => {
        pending.delete(r);
        seen.push(`request failed ${r.url()}`);
      });
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        seen = [];
        const own = await visit(page, entry, server.origin, () => (seen = []));
        // The next entry's navigation would abort what this one still loads
        // (the docs pages' argument tables load their colour control late),
        // and the abort would be reported against the wrong entry.
        const unsettled = await networkQuiet(pending);
        problems.push(...[...own, ...seen, ...unsettled].map((p) => `${entry.id}: ${p}`));
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    await browser.close();
    server.close();
  }
  return problems;
}

test('every story of the static build renders and plays without errors', { timeout: 300_000 }, async () => {
  assert.ok(existsSync(`${root}/index.json`), 'storybook-static/ is missing: run `npm run build-storybook` first');
  const stories = entries('story');
  const problems = await visitEach(stories, async (page, story, origin, forget) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    let outcome = await load(page, `${origin}/iframe.html?id=${story.id}&viewMode=story`, story.id);
    // A story that sets a viewport global (Narrow320) gets that window size,
    // as Storybook's manager would give its frame; then it runs again.
    const size = await page.evaluate(() => {
      const { storyGlobals = {}, parameters = {} } = globalThis.__STORYBOOK_PREVIEW__?.currentRender?.story ?? {};
      return parameters.viewport?.options?.[storyGlobals.viewport?.value]?.styles;
    });
    if (size) {
      await page.setViewportSize({ width: parseInt(size.width, 10), height: parseInt(size.height, 10) });
      forget();
      outcome = await load(page, page.url(), story.id);
    }
    const undefinedTags = await page.evaluate(() =>
      [...document.querySelectorAll('#storybook-root *')]
        .map((el) => el.localName)
        .filter((tag) => tag.startsWith('ms-') && !customElements.get(tag)),
    );
    return [...outcome, ...(undefinedTags.length ? [`not defined: ${undefinedTags.join(', ')}`] : [])];
  });
  assert.deepEqual(problems, []);
  assert.ok(stories.length > 100, `only ${stories.length} stories in the build`);
});

test('every docs page of the static build renders without errors', { timeout: 300_000 }, async () => {
  const docs = entries('docs');
  const problems = await visitEach(docs, async (page, entry, origin) => {
    await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=docs`);
    const rendered = await page
      .waitForFunction((id) => globalThis.__msDocsRendered === id, entry.id, { timeout: 30_000 })
      .then(() => true)
      .catch(() => false);
    // Inline stories finish after the page: give their play functions a moment.
    await page.waitForTimeout(1000);
    return rendered ? [] : ['did not render'];
  });
  assert.deepEqual(problems, []);
  const mdxPages = readdirSync(new URL('../../stories/', import.meta.url)).filter((f) => f.endsWith('.mdx')).length;
  assert.equal(docs.length, mdxPages + 8, 'one page per stories/*.mdx and eight element pages');
});
