/* global document -- page.evaluate callbacks run in the page */
// V8's explicit compile hint (scripts/build/minify-cdn.js): each CDN file
// whose functions run while the page loads starts with
// `//# allFunctionsCalledOnLoad`, so Chromium compiles them while it streams
// the file instead of one by one on the main thread when first called.
//
// Not a timed test: it counts the compiles on the page's main thread while the
// article loads, with the built file and with the same file less its first
// line, in the same browser, and asks for a fraction of them. Only Chromium's
// trace shows where V8 compiled, hence Chromium alone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { renderWidgets } from '../../dist/ssr/index.js';
import { COMPILE_HINT, withoutCompileHint } from '../../scripts/build/minify-cdn.js';
import { open } from '../support/cdp.js';

/** At most this share of the main thread's compiles are left with the hint (measured: 5 of 172). */
const AT_MOST = 0.25;

let env;
before(async () => {
  env = await open();
});
after(() => env?.close());

const shell = (head, body = '<ms-article></ms-article>') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>compile hint</title>${head}</head><body>${body}</body></html>`;

const FILES = [
  { file: 'ms-widgets.js', page: (src) => shell(`<script type="module" src="${src}"></script>`) },
  { file: 'ms-widgets.iife.js', page: (src) => shell(`<script src="${src}" defer></script>`) },
  {
    file: 'ms-widgets-hydrate.js',
    page: (src) => renderWidgets(shell(`<script type="module" src="${src}"></script>`), { hydrate: 'eager' }),
  },
];

/** V8's compiles on the page's main thread while `url` loads. */
async function mainThreadCompiles(url) {
  const page = await env.browser.newPage();
  try {
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-v8.compile'] });
    await page.goto(url, { waitUntil: 'load' });
    // The article's parts render in microtasks and tasks after its own.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
    // The page's own renderer: the one that parsed it. A fresh browser's other
    // renderers (its WebUI pages) compile hundreds of modules of their own.
    const pid = traceEvents.find((e) => e.name === 'ParseHTML' && e.args.beginData?.url === url)?.pid;
    assert.ok(pid, `${url}: the trace shows the page parsed`);
    const main = traceEvents.find((e) => e.pid === pid && e.name === 'thread_name' && e.args.name === 'CrRendererMain');
    const rendered = await page.evaluate(() => Boolean(document.querySelector('ms-article')?.shadowRoot?.textContent.trim()));
    assert.ok(rendered, `${url}: the article rendered`);
    return traceEvents.filter((e) => e.name === 'V8.CompileCode' && e.pid === pid && e.tid === main.tid).length;
  } finally {
    await page.close();
  }
}

for (const { file, page } of FILES) {
  test(`${file} starts with the compile hint, and Chromium compiles most of it off the main thread`, async () => {
    const built = readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url), 'utf8');
    assert.ok(built.startsWith(`${COMPILE_HINT}\n`), `${file} starts with ${COMPILE_HINT}`);
    const bare = `/cdp-bare/${file}`;
    env.server.page(bare, withoutCompileHint(built), { 'content-type': 'text/javascript' });

    const withHint = await mainThreadCompiles(env.server.page(`/hinted-${file}.html`, page(`/dist/cdn/${file}`)));
    const without = await mainThreadCompiles(env.server.page(`/bare-${file}.html`, page(bare)));
    assert.ok(without > 40, `${file} without the hint: ${without} compiles on the main thread, as many as its functions run`);
    assert.ok(withHint <= without * AT_MOST, `${file}: ${withHint} main-thread compiles with the hint, ${without} without`);
  });
}
