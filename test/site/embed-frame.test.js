/* global window, document, customElements, getComputedStyle */
// Every embed page in a cross-origin iframe sandboxed as WordPress does it
// (sandbox="allow-scripts": opaque origin), in Chromium: the widget shows,
// the parent hears its height in both formats and again when a precaution
// opens or closes, nothing is blocked by the page's CSP, nothing but the
// page is requested, nothing is stored. With scripts off (sandbox="") the
// text is still there and the frame scrolls instead of cutting it off.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PAGE_IDS,
  contentHeight,
  embedFrame,
  hostPage,
  launchChromium,
  recordingPage,
  startSites,
  waitFor,
  widgetHeadingVisible,
} from '../support/site/embed-helpers.js';

const SECRET = 'Ab12Cd34Ef';

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

/**
 * Whether a posted height is the content's: scrollHeight rounds a fractional
 * height to the nearest px, the page rounds it up (a frame a fraction too
 * short would scroll), so the two may differ by one.
 */
const fits = (posted, scroll) => posted === scroll || posted === scroll + 1;

/** The host page's record of messages, split by format. */
const heard = async (page) => {
  const messages = await page.evaluate(() => window.messages);
  return {
    generic: messages.filter((m) => m && m.type === 'ms-widgets:height').map((m) => m.height),
    wordPress: messages.filter((m) => m && m.message === 'height'),
    all: messages,
  };
};

/** Opens embed page `id` in `page`, framed 600 × 150 and sandboxed as WordPress does it, with its secret. */
async function openFramed(page, id, file) {
  const src = sites.embedUrl(id, '', `#?secret=${SECRET}`);
  await page.goto(sites.host(file, hostPage(`sandbox="allow-scripts" src="${src}" width="600" height="150"`)));
  return embedFrame(page);
}

/** The last height heard in `format` ('generic' or 'wordPress'), once it is the frame's content's. */
const postedHeight = (page, frame, what, format = 'generic') =>
  waitFor(async () => {
    const last = (await heard(page))[format].at(-1);
    const posted = format === 'wordPress' ? last?.value : last;
    return fits(posted, await contentHeight(frame)) && posted;
  }, what);

describe('each embed page in <iframe sandbox="allow-scripts"> on another origin', () => {
  for (const id of PAGE_IDS) {
    test(`${id}: visible, sized by both message formats, no CSP violation, no other request, nothing stored`, async () => {
      const { context, page, log } = await recordingPage(browser);
      try {
        // Short on purpose: the frame's scroll height is then its content's, a measure apart from the runtime's.
        const src = sites.embedUrl(id, '', `#?secret=${SECRET}`);
        await page.goto(sites.host(`frame-${id}.html`, hostPage(`sandbox="allow-scripts" src="${src}" width="600" height="150"`)));
        const frame = await embedFrame(page);
        assert.equal(await widgetHeadingVisible(frame), true, 'the widget’s heading is drawn');
        const height = await contentHeight(frame);
        assert.ok(height > 150, `content taller than the frame (${height})`);
        const last = await waitFor(async () => {
          const { generic, wordPress } = await heard(page);
          return fits(generic.at(-1), height) && wordPress.at(-1)?.value === generic.at(-1) && { generic, wordPress };
        }, `height ${height} in both formats`).catch(async (e) => assert.fail(`${e.message}: ${JSON.stringify(await heard(page))}`));
        for (const m of last.wordPress) assert.deepEqual(Object.keys(m).sort(), ['message', 'secret', 'value']);
        assert.ok(last.wordPress.every((m) => m.secret === SECRET && Number.isInteger(m.value)));
        assert.ok(last.generic.every((h) => Number.isInteger(h)));

        const violations = await frame.evaluate(() => window.__violations);
        assert.deepEqual(violations, [], 'no CSP violation');
        const problems = log.console.filter((m) => m.type === 'error' || m.type === 'warning');
        assert.deepEqual(problems, [], 'no console error or warning');
        assert.deepEqual(log.errors, []);
        const fromSite = log.requests.filter((url) => url.startsWith(sites.siteOrigin));
        assert.deepEqual(fromSite, [src.split('#')[0]], 'only the page itself from the site');
        assert.deepEqual(
          log.requests.filter((url) => !url.startsWith(sites.siteOrigin) && !url.startsWith(sites.hostOrigin)),
          [],
          'nothing from anywhere else',
        );
        assert.deepEqual(await context.cookies(), [], 'no cookies');
        const storage = await context.storageState();
        assert.deepEqual(storage.origins, [], 'no storage');
      } finally {
        await context.close();
      }
    });
  }

  test('without WordPress’s secret only the generic format goes out; a secret that is not letters and digits is ignored', async () => {
    for (const hash of ['', '#?secret=no%20way', '#?secret=<b>']) {
      const { context, page } = await recordingPage(browser);
      try {
        const src = sites.embedUrl('benefits', '', hash);
        await page.goto(sites.host('frame-nosecret.html', hostPage(`sandbox="allow-scripts" src="${src}" width="600" height="150"`)));
        const frame = await embedFrame(page);
        const height = await contentHeight(frame);
        await waitFor(async () => fits((await heard(page)).generic.at(-1), height), 'the generic height');
        assert.deepEqual((await heard(page)).wordPress, [], `no WordPress message for "${hash}"`);
      } finally {
        await context.close();
      }
    }
  });

  test('WordPress’s "ready" (with the secret) and the resizer’s request get the height again', async () => {
    const { context, page } = await recordingPage(browser);
    try {
      const frame = await openFramed(page, 'disclaimer', 'frame-ready.html');
      const height = await postedHeight(page, frame, 'the first height', 'wordPress');
      const ask = (data) =>
        page.evaluate(async (d) => {
          window.messages.length = 0;
          document.querySelector('iframe').contentWindow.postMessage(d, '*');
          await new Promise((r) => setTimeout(r, 300));
          return window.messages;
        }, data);
      assert.deepEqual(await ask({ message: 'ready', secret: 'SomeOther1' }), [], 'another embed’s secret: nothing');
      assert.deepEqual(await ask({ message: 'ready', secret: SECRET }), [
        { type: 'ms-widgets:height', height },
        { message: 'height', value: height, secret: SECRET },
      ]);
      assert.deepEqual((await ask({ type: 'ms-widgets:get-height' }))[0], { type: 'ms-widgets:height', height });
    } finally {
      await context.close();
    }
  });

  test('closing a precaution sends the new, shorter height; opening it, the taller one again', async () => {
    const { context, page } = await recordingPage(browser);
    try {
      const frame = await openFramed(page, 'precautions', 'frame-toggle.html');
      // The precautions arrive expanded (the default).
      const opened = await postedHeight(page, frame, 'the expanded height');
      await frame.locator('summary').first().click();
      const closed = await waitFor(async () => {
        const { generic, wordPress } = await heard(page);
        const posted = generic.at(-1);
        return posted < opened && fits(posted, await contentHeight(frame)) && wordPress.at(-1)?.value === posted && posted;
      }, 'a shorter height after closing');
      await frame.locator('summary').first().click();
      await waitFor(async () => {
        const { generic, wordPress } = await heard(page);
        return generic.at(-1) === opened && wordPress.at(-1)?.value === opened;
      }, `height ${opened} after opening again (${closed} when closed)`);
    } finally {
      await context.close();
    }
  });

  test('a frame laid out at no width sends no height; at its width again, its content’s', async () => {
    const { context, page } = await recordingPage(browser);
    try {
      const frame = await openFramed(page, 'article-summary', 'frame-no-width.html');
      const height = await postedHeight(page, frame, 'the first height');
      // A word to a line: what the frame's content measures at no width,
      // which WordPress would take as the frame's height (up to 1,000 px).
      const squeezed = await page.evaluate(async () => {
        window.messages.length = 0;
        document.querySelector('iframe').width = '0';
        await new Promise((r) => setTimeout(r, 500));
        return window.messages;
      });
      assert.deepEqual(squeezed, [], 'no height from a frame of no width');
      await page.evaluate(() => (document.querySelector('iframe').width = '600'));
      await waitFor(async () => fits(await contentHeight(frame), height), 'the content as tall as before');
      await new Promise((r) => setTimeout(r, 300));
      const { generic, wordPress } = await heard(page);
      assert.ok(generic.every((h) => h === height) && wordPress.every((m) => m.value === height), `only ${height} px, heard: ${generic}`);
    } finally {
      await context.close();
    }
  });
});

describe('scripts off: <iframe sandbox="">', () => {
  for (const id of ['article', 'precautions', 'study-halt-ms', 'article-summary']) {
    test(`${id}: the text is server-rendered and drawn; the frame keeps its height and scrolls`, async () => {
      const { context, page, log } = await recordingPage(browser);
      try {
        const src = sites.embedUrl(id);
        await page.goto(sites.host(`noscript-${id}.html`, hostPage(`sandbox="" src="${src}" width="600" height="250"`)));
        const frame = await embedFrame(page);
        assert.equal(await widgetHeadingVisible(frame), true);
        const seen = await frame.evaluate(() => ({
          defined: customElements.get('ms-section') !== undefined,
          scroll: document.documentElement.scrollHeight,
          client: document.documentElement.clientHeight,
          overflow: getComputedStyle(document.documentElement).overflowY,
        }));
        assert.equal(seen.defined, false, 'no script ran');
        assert.equal(seen.client, 250, 'the frame keeps its height attribute');
        assert.ok(seen.scroll > seen.client, 'the content is longer than the frame…');
        assert.notEqual(seen.overflow, 'hidden', '…and can be scrolled to, not cut off');
        const box = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
        assert.equal(box, 250);
        assert.deepEqual(await page.evaluate(() => window.messages), [], 'nothing posted');
        assert.deepEqual(log.errors, []);
      } finally {
        await context.close();
      }
    });
  }
});
