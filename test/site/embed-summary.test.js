/* global document, getComputedStyle */
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

// The page's own links (the summary's precaution links, the continue-reading
// link) in the accents that read worst as given: the widgets' accent, derived
// per scheme, so 4.5:1 or more on the page; the focus ring in the same colour.
for (const [scheme, accent] of [
  ['light', 'ffff00'],
  ['light', '7fffd4'],
  ['dark', '000080'],
  ['dark', '000000'],
]) {
  test(`article-summary, ${scheme}, accent #${accent}: the page's own links and focus ring read at 4.5:1 or more`, async () => {
    const { context, page } = await recordingPage(browser, { width: 600, height: 1100 });
    try {
      const src = sites.embedUrl('article-summary', `?scheme=${scheme}&accent=${accent}`, '#?secret=Acc1');
      await page.goto(sites.host(`accent-${scheme}-${accent}.html`, hostPage(`sandbox="allow-scripts" src="${src}" width="600" height="1000"`)));
      const frame = await embedFrame(page);
      await waitFor(() => frame.evaluate(() => document.documentElement.style.getPropertyValue('--ms-color-accent') !== ''), 'the accent applied');
      const seen = await frame.evaluate(() => {
        const bytes = (colour) => {
          const ctx = document.createElement('canvas').getContext('2d');
          ctx.fillStyle = colour;
          ctx.fillRect(0, 0, 1, 1);
          return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
        };
        const luminance = (colour) => {
          const [r, g, b] = bytes(colour).map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const ratio = (a, b) => {
          const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
          return (hi + 0.05) / (lo + 0.05);
        };
        const background = getComputedStyle(document.documentElement).backgroundColor;
        return [...document.querySelectorAll('main a')].map((a) => {
          a.focus({ focusVisible: true });
          const style = getComputedStyle(a);
          return { text: a.textContent, link: ratio(style.color, background), ring: ratio(style.outlineColor, background), ringStyle: style.outlineStyle };
        });
      });
      assert.equal(seen.length, 5, 'four precaution links and the continue-reading link');
      for (const { text, link, ring, ringStyle } of seen) {
        assert.ok(link >= 4.5, `${text}: ${link.toFixed(2)}:1`);
        assert.equal(ringStyle, 'solid', `${text}: a focus ring`);
        assert.ok(ring >= 4.5, `${text}: its focus ring ${ring.toFixed(2)}:1`);
      }
    } finally {
      await context.close();
    }
  });
}
