/* global document */
// The short form of the article (embed/article-summary.html) fits WordPress's
// 1,000 px cap at 360 px wide in the default font, light and dark, and when
// the frame is wider; it ends with the link to the whole article; no
// precaution is less visible than anything else in it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { embedFrame, hostPage, launchChromium, recordingPage, startSites, waitFor } from '../support/site/embed-helpers.js';

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

for (const [width, scheme] of [
  [360, 'light'],
  [360, 'dark'],
  [320, 'light'],
  [600, 'light'],
]) {
  test(`article-summary at ${width} px, ${scheme}: fits in 1,000 px; every precaution and the last link visible`, async () => {
    const { context, page } = await recordingPage(browser, { width, height: 1100 });
    try {
      const src = sites.embedUrl('article-summary', `?scheme=${scheme}`, '#?secret=Sum1');
      await page.goto(sites.host(`summary-${width}.html`, hostPage(`sandbox="allow-scripts" src="${src}" width="${width}" height="1000"`)));
      const frame = await embedFrame(page);
      await waitFor(() => frame.evaluate(() => document.fonts.status === 'loaded'), 'fonts');
      const seen = await frame.evaluate(() => {
        const height = document.documentElement.getBoundingClientRect().height;
        const links = [...document.querySelectorAll('main a')];
        const visible = (el) => {
          const r = el.getBoundingClientRect();
          return el.checkVisibility() && r.height > 0 && r.bottom <= 1000;
        };
        return {
          height,
          width: document.documentElement.clientWidth,
          precautions: links.slice(0, -1).filter(visible).map((a) => a.textContent),
          last: { text: links.at(-1).textContent, href: links.at(-1).href, visible: visible(links.at(-1)) },
          intro: document.querySelector('ms-section').shadowRoot.querySelector('p').textContent.slice(0, 26),
          scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
        };
      });
      assert.equal(seen.width, width);
      assert.ok(seen.height <= 1000, `${seen.height} px tall`);
      assert.equal(seen.scrolls, false);
      assert.equal(seen.intro, 'Multiple sclerosis (MS) is');
      assert.deepEqual(seen.precautions, ['Treatment Selection', 'Treatment Risks', 'Long-Term Safety', 'Ethical Considerations']);
      assert.deepEqual(seen.last, {
        text: 'Continue reading the whole article',
        href: `${sites.siteOrigin}/share/article.html`,
        visible: true,
      });
    } finally {
      await context.close();
    }
  });
}

test('a widget taller than WordPress allows is cut at a clear edge, ending with the continue-reading link; elsewhere it is whole', async () => {
  const { context, page } = await recordingPage(browser, { width: 360, height: 1100 });
  try {
    const measure = async (hash) => {
      const src = sites.embedUrl('evidence', '', hash);
      await page.goto(sites.host(`cut${hash ? '-wp' : ''}.html`, hostPage(`sandbox="allow-scripts" src="${src}" width="360" height="1000"`)));
      const frame = await embedFrame(page);
      await waitFor(() => frame.evaluate(() => document.fonts.status === 'loaded'), 'fonts');
      return frame.evaluate(() => {
        const more = document.querySelector('[data-more-in-frame] a');
        return {
          height: document.documentElement.getBoundingClientRect().height,
          widget: document.querySelector('ms-evidence-list').getBoundingClientRect().height,
          more: more.checkVisibility() ? { text: more.textContent, href: more.href } : null,
        };
      });
    };
    const inWordPress = await measure('#?secret=Cut1');
    assert.ok(inWordPress.widget > 1000, `the evidence list is ${inWordPress.widget} px at 360 px wide: taller than WordPress allows`);
    assert.ok(inWordPress.height <= 1000, `cut to fit: ${inWordPress.height} px`);
    assert.deepEqual(inWordPress.more, { text: 'Continue reading the whole article', href: `${sites.siteOrigin}/share/article.html` });
    const elsewhere = await measure('');
    assert.equal(elsewhere.more, null, 'no link where the frame can grow');
    assert.ok(elsewhere.height > 1000, `whole: ${elsewhere.height} px`);
  } finally {
    await context.close();
  }
});
