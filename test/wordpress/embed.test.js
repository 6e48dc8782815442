// Our embeds in a real WordPress (Debian's package): one post per widget
// configuration whose body is only the share page's URL, on its own line,
// as a blogger would paste it. WordPress discovers our oEmbed, shows the
// sandboxed iframe, sizes it from our height messages and follows our link
// messages; checked in Debian's Chromium. Also a plain host page with the
// resizer, and an iframe sandboxed with no scripts at all.
/* global document -- used inside evaluate(), in the browser */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromeArgs, chromePath } from '../../scripts/test-env/browsers.js';
import { configs } from '../../site/configs.js';
import { startServer } from '../support/ssr/server.js';
import { startServices } from '../support/wordpress/services.js';
import { isHeading, visibleTextOf } from '../support/wordpress/expected.js';
import {
  contentHeight,
  frameState,
  iframeBox,
  recordProblems,
  settledHeight,
  WORDPRESS_MAX_HEIGHT,
  wordpressHeight,
} from '../support/wordpress/frames.js';

const SCREENSHOTS = fileURLToPath(new URL('../../screenshots/wordpress/', import.meta.url));
const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 360, height: 800 };
/** The solid backgrounds of the embed pages (issue 17 contract). */
const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(18, 18, 18)' };

let services;
let browser;
const suiteStarted = Date.now();

before(async () => {
  services = await startServices({
    posts: (siteUrl) => configs.map((c) => ({ key: c.id, title: c.title, content: `${siteUrl}/share/${c.id}.html` })),
  });
  browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
});

after(async () => {
  await browser?.close();
  await services?.stop();
  if (services) {
    console.log(
      `WordPress ${services.wordpress.version}; set-up ${JSON.stringify(services.timings)} ms; whole suite ${Date.now() - suiteStarted} ms`,
    );
  }
});

/** A fresh page in `scheme` at `size`, with its problems recorded. */
async function openPage(scheme, size) {
  const context = await browser.newContext({ colorScheme: scheme, viewport: size });
  const page = await context.newPage();
  const problems = await recordProblems(page);
  return { page, problems, close: () => context.close() };
}

/** Opens the post of `config` and waits for WordPress to show its embed. */
async function openPost(page, config) {
  await page.goto(services.wordpress.links[config.id]);
  const iframe = page.locator('iframe.wp-embedded-content');
  // wp-embed.js removes the clipping style on the embed's first message.
  await page.waitForFunction(() => {
    const el = document.querySelector('iframe.wp-embedded-content');
    return el && !el.hasAttribute('style');
  }, undefined, { timeout: 10_000 }).catch(() => {});
  const handle = await iframe.elementHandle();
  return { iframe: handle, frame: await handle.contentFrame() };
}

/**
 * The box of what a reader of `config` sees first in `frame` (its heading, or
 * its opening words) once it shows (a frame lays out on its own time), or
 * null if it does not within 5 s.
 */
async function visibleBox(frame, config) {
  const text = visibleTextOf(config);
  const match = (isHeading(config) ? frame.getByRole('heading', { name: text }) : frame.getByText(text)).first();
  return match
    .waitFor({ state: 'visible', timeout: 5000 })
    .then(() => match.boundingBox())
    .catch(() => null);
}

/** Checks the post as shown now; returns what is wrong, each line naming the config and the situation. */
async function checkShown({ iframe, frame, config, scheme, label }) {
  const wrong = [];
  const where = `${config.id} (${scheme}, ${label})`;
  const box = await iframeBox(iframe);
  if (box.styleAttribute !== null || box.clipped || box.position === 'absolute') {
    wrong.push(`${where}: WordPress still hides the iframe (style="${box.styleAttribute}"): no message with its secret arrived`);
  }
  if (box.left < 0 || box.right > box.pageWidth + 0.5) {
    wrong.push(`${where}: the iframe (${box.left}..${box.right} px) does not fit the page's ${box.pageWidth} px`);
  }
  const heights = await settledHeight(iframe, frame, wordpressHeight);
  if (heights.frameViewport !== heights.expected) {
    wrong.push(
      `${where}: iframe shows ${heights.frameViewport} px of content ${heights.content} px (WordPress's clamp of it rounded up: ${heights.expected} px)`,
    );
  }
  if (heights.content > WORDPRESS_MAX_HEIGHT) wrong.push(`${where}: content ${heights.content} px is over WordPress's ${WORDPRESS_MAX_HEIGHT} px: cut off`);
  const state = await frameState(frame);
  if (state.overflowY > 0 || state.overflowX > 0) {
    wrong.push(`${where}: the frame scrolls (content overflows it by ${state.overflowX} px across, ${state.overflowY} px down)`);
  }
  if (state.dark !== (scheme === 'dark') || state.background !== BACKGROUND[scheme]) {
    wrong.push(`${where}: frame background ${state.background} (prefers dark: ${state.dark}), expected ${BACKGROUND[scheme]}`);
  }
  const textBox = await visibleBox(frame, config);
  const iframeRect = await iframe.boundingBox();
  if (!textBox) wrong.push(`${where}: "${visibleTextOf(config)}" is not visible in the frame`);
  else if (textBox.y < iframeRect.y || textBox.y + textBox.height > iframeRect.y + iframeRect.height + 0.5) {
    wrong.push(`${where}: "${visibleTextOf(config)}" lies outside the iframe's box`);
  }
  return wrong;
}

test('WordPress discovers our oEmbed from the share URL alone and embeds our sandboxed iframe', async () => {
  const wrong = [];
  // The first view of each post is when WordPress fetches our share page and oEmbed file (PHP serves four at a time).
  const posts = await Promise.all(configs.map(async (c) => (await fetch(services.wordpress.links[c.id])).text()));
  for (const [index, config] of configs.entries()) {
    const html = posts[index];
    const blockquote = /<blockquote class="wp-embedded-content" data-secret="([A-Za-z0-9]+)">([\s\S]*?)<\/blockquote>/.exec(html);
    const iframe = /<iframe class="wp-embedded-content"[^>]*>/.exec(html)?.[0];
    const embedFile = config.id === 'article' ? 'article-summary' : config.id;
    if (!blockquote || !iframe) {
      wrong.push(`${config.id}: no WordPress embed in the post (${html.includes(services.siteUrl) ? 'the URL stayed a URL' : 'no trace of our URL'})`);
      continue;
    }
    const secret = blockquote[1];
    if (!blockquote[2].includes(`href="${services.siteUrl}/share/${config.id}.html"`)) {
      wrong.push(`${config.id}: the blockquote fallback lost its link to the share page: ${blockquote[2]}`);
    }
    if (!iframe.includes('sandbox="allow-scripts"')) wrong.push(`${config.id}: iframe not sandboxed by WordPress: ${iframe}`);
    if (!iframe.includes(`src="${services.siteUrl}/embed/${embedFile}.html#?secret=${secret}"`)) {
      wrong.push(`${config.id}: iframe src is not our embed page with WordPress's secret: ${iframe}`);
    }
  }
  assert.deepEqual(wrong, []);
});

for (const scheme of ['light', 'dark']) {
  test(`every post shows the widget, sized to its content, at 1,280 px and after resizing to 360 px (${scheme})`, async () => {
    const { page, problems, close } = await openPage(scheme, WIDE);
    const wrong = [];
    try {
      for (const config of configs) {
        await page.setViewportSize(WIDE);
        const { iframe, frame } = await openPost(page, config);
        wrong.push(...(await checkShown({ iframe, frame, config, scheme, label: '1280 px' })));
        if (config.id === 'article') await screenshot(page, `article-${scheme}.png`);
        await page.setViewportSize(NARROW);
        wrong.push(...(await checkShown({ iframe, frame, config, scheme, label: 'resized to 360 px' })));
        if (config.id === 'article' && scheme === 'light') await screenshot(page, 'article-360.png');
      }
      assert.deepEqual(wrong, []);
      assert.deepEqual(problems.errors, []);
    } finally {
      await close();
    }
  });
}

async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}`, fullPage: true });
}

/**
 * Catches top-level navigations of `page` to our share and go pages: records
 * the URL and answers 204 No Content, so the browser stays on the post and the
 * next link can be clicked without loading the post again. The pages
 * themselves are checked apart (a real navigation: the summary's test).
 */
async function catchTopNavigations(page) {
  let waiting;
  const handler = (route) => {
    const request = route.request();
    if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return route.fallback();
    waiting?.(request.url());
    return route.fulfill({ status: 204 });
  };
  for (const path of ['share', 'go']) await page.route(`${services.siteUrl}/${path}/**`, handler);
  /** Runs `act` and resolves to the URL the page was sent to, or undefined after `timeoutMs`. */
  return async function arrivalAfter(act, timeoutMs = 5000) {
    const arrival = new Promise((resolve) => {
      waiting = resolve;
      setTimeout(resolve, timeoutMs);
    });
    await act();
    const url = await arrival;
    waiting = undefined;
    return url;
  };
}

test('every link in every post takes the reader, through WordPress, to its page on our host', async () => {
  const { page, problems, close } = await openPage('light', WIDE);
  const arrivalAfter = await catchTopNavigations(page);
  const wrong = [];
  /** go page URL -> the external URL it must name */
  const goPages = new Map();
  let clicked = 0;
  try {
    for (const config of configs) {
      const { frame } = await openPost(page, config);
      const embedUrl = frame.url();
      // The links a reader can see: the "continue reading" link shows only where the widget is cut to fit (site/embed/fit.ts).
      const links = frame.locator('a[href]').filter({ visible: true });
      const hrefs = await links.evaluateAll((all) => all.map((a) => a.href));
      for (const [index, href] of hrefs.entries()) {
        const where = `${config.id}, link ${index + 1} (${href})`;
        const arrived = await arrivalAfter(() => links.nth(index).click());
        clicked += 1;
        if (frame.url() !== embedUrl) wrong.push(`${where}: the frame itself navigated, to ${frame.url()}`);
        if (!arrived) {
          wrong.push(`${where}: WordPress did not navigate the page`);
        } else if (new URL(href).origin === services.siteUrl) {
          if (arrived !== href) wrong.push(`${where}: arrived at ${arrived}`);
        } else if (!arrived.startsWith(`${services.siteUrl}/go/`)) {
          wrong.push(`${where}: an external link should arrive at our go page, arrived at ${arrived}`);
        } else {
          goPages.set(arrived, href);
        }
      }
    }
    for (const [goPage, external] of goPages) {
      const response = await fetch(goPage);
      const html = await response.text();
      if (!response.ok) wrong.push(`the go page ${goPage} (for ${external}) answers ${response.status}: not in the built site`);
      else if (!html.includes(`href="${external}"`)) wrong.push(`the go page ${goPage} has no link to ${external}`);
    }
    assert.deepEqual(wrong, []);
    assert.ok(clicked > 0, 'no link was clicked');
    assert.ok(goPages.size > 0, 'no external link was clicked');
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(problems.offMachine, [], 'requests that would have left the machine');
  } finally {
    await close();
  }
});

test("the article's share URL embeds its summary: inside WordPress's 1,000 px at 360 px, with a working continue-reading link", async () => {
  const article = configs.find((c) => c.id === 'article');
  const { page, problems, close } = await openPage('light', NARROW);
  try {
    const postUrl = services.wordpress.links.article;
    const { iframe, frame } = await openPost(page, article);
    assert.equal(new URL(await iframe.getAttribute('src')).pathname, '/embed/article-summary.html');
    const height = await contentHeight(frame);
    assert.ok(height <= WORDPRESS_MAX_HEIGHT, `the summary needs ${height} px at 360 px, over WordPress's ${WORDPRESS_MAX_HEIGHT}`);
    const shareUrl = `${services.siteUrl}/share/article.html`;
    const continueLink = frame.locator(`a[href="${shareUrl}"], a[href="../share/article.html"]`).last();
    await continueLink.waitFor({ state: 'visible', timeout: 5000 }).catch(() => assert.fail('no visible link to the whole article (share/article.html)'));
    await continueLink.click();
    await page.waitForURL(shareUrl, { timeout: 5000 });
    assert.notEqual(page.url(), postUrl);
    assert.deepEqual(problems.errors, []);
  } finally {
    await close();
  }
});

/** Serves `body` on a second origin (not WordPress's, not the site's); resolves to `{ url, close }`. */
async function hostPage(body) {
  const host = await startServer();
  const url = host.page('/host.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${body}</body></html>`);
  return { url, close: host.close };
}

test('a plain host page on another origin sizes every embed to its content with the resizer', async () => {
  const iframes = configs
    .map((c) => `<iframe src="${services.siteUrl}/embed/${c.id}.html" title="${c.title}" width="600" height="150" data-ms-widgets-resize style="display:block;max-width:100%;border:0"></iframe>`)
    .join('\n');
  const host = await hostPage(`${iframes}<script src="${services.siteUrl}/cdn/ms-widgets-resizer.js"></script>`);
  const wrong = [];
  for (const [scheme, size] of [['light', WIDE], ['dark', NARROW]]) {
    const { page, problems, close } = await openPage(scheme, size);
    try {
      await page.goto(host.url);
      const handles = await page.locator('iframe').elementHandles();
      for (const [index, iframe] of handles.entries()) {
        const frame = await iframe.contentFrame();
        const heights = await settledHeight(iframe, frame, (content) => content);
        const where = `${configs[index].id} (${scheme}, ${size.width} px)`;
        if (heights.frameViewport !== heights.expected) {
          wrong.push(`${where}: iframe shows ${heights.frameViewport} px of content ${heights.content} px`);
        }
        if (!(await visibleBox(frame, configs[index]))) wrong.push(`${where}: "${visibleTextOf(configs[index])}" not visible`);
      }
      wrong.push(...problems.errors.map((e) => `${scheme}: ${e}`));
    } finally {
      await close();
    }
  }
  await host.close();
  assert.deepEqual(wrong, []);
});

test('an iframe sandboxed with no scripts at all (sandbox="") still shows the widget', async () => {
  const iframes = await Promise.all(
    configs.map(async (c) => {
      const oembed = await (await fetch(`${services.siteUrl}/oembed/${c.id}.json`)).json();
      return `<iframe sandbox="" src="${services.siteUrl}/embed/${c.id}.html" title="${c.title}" width="600" height="${oembed.height}" style="display:block;border:0"></iframe>`;
    }),
  );
  const host = await hostPage(iframes.join('\n'));
  const { page, close } = await openPage('light', WIDE);
  const wrong = [];
  try {
    await page.goto(host.url);
    const handles = await page.locator('iframe').elementHandles();
    for (const [index, iframe] of handles.entries()) {
      const frame = await iframe.contentFrame();
      const config = configs[index];
      const textBox = await visibleBox(frame, config);
      const iframeRect = await iframe.boundingBox();
      if (!textBox) wrong.push(`${config.id}: "${visibleTextOf(config)}" not visible with scripts off`);
      else if (textBox.y + textBox.height > iframeRect.y + iframeRect.height) {
        wrong.push(`${config.id}: "${visibleTextOf(config)}" lies below the iframe's ${iframeRect.height} px`);
      }
    }
  } finally {
    await close();
    await host.close();
  }
  assert.deepEqual(wrong, []);
});
