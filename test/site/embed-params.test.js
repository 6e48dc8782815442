/* global document, getComputedStyle, customElements */
// The query parameters of an embed page, in a sandboxed cross-origin iframe:
// each good value changes what it says it changes; each bad one (hostile
// ones included) falls back to the default with exactly one warning that
// names the parameter, and nothing of it reaches the markup or the CSS.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allMarkup, embedFrame, hostPage, launchChromium, recordingPage, startSites } from '../support/site/embed-helpers.js';

let sites;
let browser;
/** The benefit list's page with no parameters, the reference for every fallback. */
let defaults;
let defaultWarnings;
before(async () => {
  sites = await startSites();
  browser = await launchChromium();
  const { context, seen, warnings } = await open('benefits', '');
  await context.close();
  defaults = seen;
  defaultWarnings = warnings;
});
after(async () => {
  await browser?.close();
  sites?.close();
});

/** In the frame, once the runtime has applied the parameters: what they can change. */
const look = (frame) =>
  frame.evaluate(async () => {
    const widget = document.querySelector('[data-embed-widget]');
    await customElements.whenDefined(widget.localName);
    await widget.updateComplete;
    // The runtime sets the widget's attributes after its first update.
    await new Promise((r) => setTimeout(r, 100));
    await widget.updateComplete;
    const root = getComputedStyle(document.documentElement);
    const link = widget.shadowRoot.querySelector('a');
    const list = widget.shadowRoot.querySelector('ul, ol, .stack');
    const sRgb = (colour) => {
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
      return `rgb(${r}, ${g}, ${b})`;
    };
    return {
      colorScheme: root.colorScheme,
      background: root.backgroundColor,
      color: root.color,
      fontFamily: root.fontFamily,
      fontSize: root.fontSize,
      lang: document.documentElement.lang,
      // As sRGB bytes: the widgets derive their accent in srgb-linear (tokens.styles.ts).
      accent: link ? sRgb(getComputedStyle(link).color) : null,
      heading: widget.shadowRoot.querySelector('h1, h2, h3, h4, h5, h6').localName,
      attrs: Object.fromEntries([...widget.attributes].map((a) => [a.name, a.value])),
      items: [...widget.shadowRoot.querySelectorAll('[part~="item-heading"]')].map((h) => h.textContent),
      columns: list ? getComputedStyle(list).gridTemplateColumns.split(' ').length : 0,
      rootStyle: document.documentElement.style.cssText,
    };
  });

async function open(id, query, width = 1280) {
  const { context, page, log } = await recordingPage(browser, { width, height: 900 });
  const src = sites.embedUrl(id, query);
  await page.goto(sites.host(`params-${id}.html`, hostPage(`sandbox="allow-scripts" src="${src.replaceAll('"', '&quot;')}" width="${width}" height="600"`)));
  const frame = await embedFrame(page);
  const seen = await look(frame);
  const warnings = log.console.filter((m) => m.type === 'warning').map((m) => m.text);
  const errors = log.console.filter((m) => m.type === 'error').map((m) => m.text);
  return { context, frame, seen, warnings, errors, log };
}


describe('good values', () => {
  test('defaults: auto scheme (light here), solid white, system sans at 16 px, the widget’s own accent and levels', () => {
    const [seen, warnings] = [defaults, defaultWarnings];
    assert.deepEqual(warnings, []);
    assert.equal(seen.colorScheme, 'light dark');
    assert.equal(seen.background, 'rgb(255, 255, 255)');
    assert.equal(seen.color, 'rgb(26, 26, 26)');
    assert.equal(seen.fontFamily, 'system-ui, sans-serif');
    assert.equal(seen.fontSize, '16px');
    assert.equal(seen.accent, 'rgb(10, 83, 148)');
    assert.equal(seen.heading, 'h2');
    assert.equal(seen.rootStyle, '');
  });

  test('every parameter applied, none warned about', async () => {
    const query =
      '?scheme=dark&accent=ff8800&background=solid&font=serif&size=20&heading-level=4&lang=en&layout=grid&benefits=immune-system-modulation+regeneration-of-myelin';
    const { context, seen, warnings } = await open('benefits', query);
    await context.close();
    assert.deepEqual(warnings, []);
    assert.equal(seen.colorScheme, 'dark');
    assert.equal(seen.background, 'rgb(18, 18, 18)');
    assert.equal(seen.color, 'rgb(240, 240, 240)');
    assert.match(seen.fontFamily, /serif$/);
    assert.equal(seen.fontSize, '20px');
    assert.equal(seen.accent, 'rgb(255, 136, 0)');
    assert.equal(seen.heading, 'h4');
    assert.equal(seen.attrs.layout, 'grid');
    assert.deepEqual(seen.items, ['Immune System Modulation', 'Regeneration of Myelin']);
    assert.ok(seen.columns >= 2, `a grid at 1280 px (${seen.columns} columns)`);
  });

  test('transparent background, #rgb accent, a named font, the other keywords', async () => {
    const { context, seen, warnings } = await open('precautions', '?background=transparent&accent=%23036&font=DejaVu+Serif&scheme=light');
    await context.close();
    assert.deepEqual(warnings, []);
    assert.equal(seen.background, 'rgba(0, 0, 0, 0)');
    // #036 already reads on a light page: the widgets use it as given.
    assert.equal(seen.accent, 'rgb(0, 51, 102)');
    assert.equal(seen.fontFamily, '"DejaVu Serif", sans-serif');
    assert.equal(seen.colorScheme, 'light');
    for (const [font, family] of [
      ['mono', /monospace$/],
      ['system', /^system-ui, -apple-system/],
    ]) {
      const other = await open('precautions', `?font=${font}`);
      await other.context.close();
      assert.match(other.seen.fontFamily, family);
    }
  });
});

/** [parameter, value as the page receives it, what must not appear anywhere] */
const BAD = [
  ['accent', 'red;background:url(x)', ['url(x)', 'red;']],
  ['font', 'x"}</style><script>', ['</style><script>', 'x"}']],
  ['size', '1e9', ['1e9', '1000000000']],
  ['scheme', '<b>', ['<b>']],
  ['accent', '#ff00001', ['ff00001']],
  ['background', 'url(javascript:alert(1))', ['javascript:', 'alert(1)']],
  ['font', 'Comic Sans";x:expression(1)', ['expression(', 'Comic Sans"']],
  ['font', ' padded', ['" padded']],
  ['size', '11', []],
  ['size', '16.5', ['16.5']],
  ['heading-level', '7', []],
  ['heading-level', '2 onload=x', ['onload']],
  ['lang', 'fr', []],
  ['lang', 'en"><img', ['<img']],
  ['layout', 'diagonal', ['diagonal']],
  ['benefits', 'regeneration-of-myelin+<svg/onload=x>', ['<svg', 'onload']],
  ['benefits', 'regeneration-of-myelin regeneration-of-myelin', []],
];

describe('bad values: the default, one warning, nothing in the page', () => {
  for (const [name, value, traces] of BAD) {
    test(`${name}=${value}`, async () => {
      const query = `?${new URLSearchParams([[name, value]])}`;
      const { context, frame, seen, warnings, errors } = await open('benefits', query);
      try {
        assert.deepEqual(errors, []);
        assert.equal(warnings.length, 1, warnings.join('\n'));
        assert.match(warnings[0], new RegExp(`parameter "${name}": ".*" is not valid\\. Allowed: .+\\. Using the default\\.`));
        for (const key of ['colorScheme', 'background', 'color', 'fontFamily', 'fontSize', 'accent', 'heading', 'lang', 'items', 'rootStyle']) {
          assert.deepEqual(seen[key], defaults[key], key);
        }
        assert.equal(seen.attrs.layout, 'list');
        const markup = await allMarkup(frame);
        for (const trace of traces) {
          assert.equal(markup.includes(trace), false, `"${trace}" in the markup`);
          assert.equal(seen.rootStyle.includes(trace), false, `"${trace}" in the root's style`);
        }
      } finally {
        await context.close();
      }
    });
  }

  test('a parameter given more than once: the first is read, and one warning says so', async () => {
    const { context, seen, warnings } = await open('benefits', '?scheme=bogus&scheme=dark&scheme=light&size=20');
    await context.close();
    assert.equal(warnings.length, 2, warnings.join('\n'));
    assert.match(warnings[0], /parameter "scheme" is given 3 times: the first, "bogus", is read and the others are ignored\./);
    assert.match(warnings[1], /parameter "scheme": "bogus" is not valid\./);
    assert.equal(seen.colorScheme, defaults.colorScheme);
    assert.equal(seen.fontSize, '20px');
  });

  test('an unknown parameter, and one for another widget, are each named in one warning', async () => {
    const { context, seen, warnings } = await open('precautions', '?colour=red&layout=grid');
    await context.close();
    assert.equal(warnings.length, 2, warnings.join('\n'));
    assert.match(warnings[0], /unknown parameter "colour" ignored\. Known: scheme, accent/);
    assert.match(warnings[1], /parameter "layout" ignored: it applies to ms-benefit-list only, and this page shows ms-risk-panel\./);
    assert.equal(seen.attrs.layout, undefined);
  });
});

// Applied once the widgets have hydrated, the article's parts included: before
// that, a waiting widget adopts the server's markup as it is.
describe('parameters that wait for hydration', () => {
  test('lang reaches the language the widget marks its text with', async () => {
    const { context, frame, log } = await open('benefits', '?lang=en-GB');
    try {
      const marked = await frame.evaluate(async () => {
        const section = () => document.querySelector('[data-embed-widget]').shadowRoot.querySelector('section');
        for (let waited = 0; waited < 5000 && section().lang !== 'en-GB'; waited += 50) await new Promise((r) => setTimeout(r, 50));
        return section().lang;
      });
      assert.equal(marked, 'en-GB');
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.console.filter((m) => m.type === 'warning' || m.type === 'error'), []);
    } finally {
      await context.close();
    }
  });

  test("the article's heading-level reaches its parts with no warning: nothing rendered afresh", async () => {
    const { context, frame, log } = await open('article', '?heading-level=3');
    try {
      const levels = await frame.evaluate(async () => {
        const article = document.querySelector('ms-article');
        const parts = () => [...article.shadowRoot.querySelectorAll('ms-section, ms-benefit-list, ms-evidence-list, ms-risk-panel, ms-source-list, ms-disclaimer')];
        const first = (el) => el.shadowRoot.querySelector('h1, h2, h3, h4, h5, h6').localName;
        for (let waited = 0; waited < 5000 && !parts().every((p) => first(p) === 'h4'); waited += 50) await new Promise((r) => setTimeout(r, 50));
        // Warnings come in the task that hydrates a part: a moment more for the last.
        await new Promise((r) => setTimeout(r, 200));
        return [first(article), ...new Set(parts().map(first))];
      });
      assert.deepEqual(levels, ['h3', 'h4']);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.console.filter((m) => m.type === 'warning' || m.type === 'error'), []);
    } finally {
      await context.close();
    }
  });
});
