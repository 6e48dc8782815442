// renderWidgets/renderPage under hostile or unusual input, as a server that
// renders user-influenced HTML at request time sees it: options that apply to
// their own call only, a cap on output, any nesting depth, ms-* tags in SVG
// and MathML, declarative shadow roots the renderer did not write. Run
// `npm run build` first: this imports dist/.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as tick } from 'node:timers/promises';
import { renderWidgets, renderPage, registerContent, OutputLimitError, DEFAULT_MAX_OUTPUT_BYTES } from '../../dist/ssr/index.js';
import { read } from '../support/ssr/site.js';

const en = JSON.parse(read('content/en.json'));
const DSD = '<template shadowroot="open" shadowrootmode="open">';

let warnings;
let warn;
beforeEach(() => {
  warnings = [];
  warn = console.warn;
  console.warn = (...args) => warnings.push(args.map(String).join(' '));
});
afterEach(() => {
  console.warn = warn;
});

/** A copy of the English pack for `locale` whose title is `title`. */
const packWithTitle = (locale, title) => {
  const pack = structuredClone(en);
  pack.lang = locale;
  pack.meta.title = title;
  return pack;
};

describe('options apply to their own call only', () => {
  test('content given to one call is not seen by the next call without it', () => {
    const page = '<div lang="x-scoped"><ms-disclaimer></ms-disclaimer></div>';
    const first = renderWidgets(page, { content: { 'x-scoped': packWithTitle('x-scoped', 'First caller title') } });
    assert.ok(first.includes('First caller title'));
    const second = renderWidgets(page);
    assert.ok(!second.includes('First caller title'), 'the earlier call\u2019s pack is gone');
    assert.ok(second.includes(en.meta.title), 'English instead');
  });

  test('a call\u2019s pack wins over a registered one of the same locale; the registered one applies to calls without', () => {
    registerContent('x-global', packWithTitle('x-global', 'Registered title'));
    const page = '<div lang="x-global"><ms-disclaimer></ms-disclaimer></div>';
    assert.ok(renderWidgets(page, { content: { 'x-global': packWithTitle('x-global', 'Call title') } }).includes('Call title'));
    assert.ok(renderWidgets(page).includes('Registered title'));
    assert.ok(renderWidgets(page, { content: { 'x-other': packWithTitle('x-other', 'Other') } }).includes('Registered title'));
  });

  test('a bad pack throws a TypeError naming the option and the field path, and nothing is kept', () => {
    const bad = structuredClone(en);
    bad.sources.items[0].url = 'javascript:alert(1)';
    assert.throws(() => renderWidgets('<ms-source-list></ms-source-list>', { content: { 'x-bad': bad } }), {
      name: 'TypeError',
      message: /content\["x-bad"\]\.sources\.items\[0\]\.url must be null or an absolute http or https URL/,
    });
    assert.throws(() => renderWidgets('<ms-source-list></ms-source-list>', { content: 'fr' }), { name: 'TypeError', message: /content must be an object/ });
  });

  test('concurrent calls with different packs never mix', async () => {
    const page = (n) => `<p>${n}</p><div lang="x-site"><ms-disclaimer></ms-disclaimer><ms-source-list></ms-source-list></div>`;
    const site = async (name) => {
      const outputs = [];
      for (let n = 0; n < 20; n++) {
        await tick(Math.random() * 3);
        outputs.push(renderWidgets(page(n), { content: { 'x-site': packWithTitle('x-site', `Title of ${name}`) } }));
        await tick(0);
        outputs.push(renderWidgets(page(n)));
      }
      return outputs;
    };
    const names = ['site A', 'site B', 'site C', 'site D'];
    const results = await Promise.all(names.map(site));
    results.forEach((outputs, i) => {
      outputs.forEach((out, n) => {
        for (const other of names) {
          const expected = n % 2 === 0 && other === names[i];
          assert.equal(out.includes(`Title of ${other}`), expected, `${names[i]}, call ${n}: ${other}`);
        }
        if (n % 2 === 1) assert.ok(out.includes(en.meta.title));
      });
    });
  });
});

describe('output cap', () => {
  const articles = (count) => '<ms-article></ms-article>'.repeat(count);

  test('past maxOutputBytes rendering stops with an OutputLimitError naming the cap and the option', () => {
    assert.throws(
      () => renderPage(articles(10), { maxOutputBytes: 100_000, structuredData: false }),
      (e) => {
        assert.ok(e instanceof OutputLimitError);
        assert.equal(e.name, 'OutputLimitError');
        assert.equal(e.limit, 100_000);
        assert.match(e.message, /100,000 bytes/);
        assert.match(e.message, /maxOutputBytes/);
        return true;
      },
    );
  });

  test('it stops early, not after building the whole page', () => {
    // 4,000 articles would be about 126 MB of HTML. Each article rendered
    // warns once about its heading level, so the warnings count the work done:
    // about 32 articles fit in 1 MB.
    const page = '<ms-article heading-level="nine"></ms-article>'.repeat(4000);
    assert.throws(() => renderPage(page, { maxOutputBytes: 1_000_000 }), OutputLimitError);
    assert.ok(warnings.length > 0 && warnings.length < 40, `${warnings.length} articles rendered before the stop`);
  });

  test('the default cap holds the whole article many times over, and is per call', () => {
    assert.equal(DEFAULT_MAX_OUTPUT_BYTES, 16 * 1024 * 1024);
    const big = renderPage(articles(20));
    assert.equal(big.rendered, 20);
    assert.throws(() => renderPage(articles(1), { maxOutputBytes: 1000 }), OutputLimitError);
    assert.equal(renderPage(articles(1)).rendered, 1, 'the next call has the default again');
  });

  test('the bytes of the page itself count, in UTF-8', () => {
    const page = `<p>${'é'.repeat(600)}</p>`;
    assert.throws(() => renderPage(page, { maxOutputBytes: 1000 }), OutputLimitError);
    assert.equal(renderPage(page, { maxOutputBytes: 1300 }).html, page);
  });

  test('a bad cap is a TypeError naming the option', () => {
    for (const bad of [0, -1, 1.5, '10', NaN]) {
      assert.throws(() => renderPage('<p></p>', { maxOutputBytes: bad }), { name: 'TypeError', message: /maxOutputBytes must be a positive integer/ });
    }
  });
});

describe('any nesting depth', () => {
  // The recursive walk this replaced overflowed the stack at about 5,000.
  // Deeper still is walked the same way, but parse5 itself takes time that
  // grows with the square of the depth (about 13 s at 20,000 here), so the
  // test stops at 10,000.
  for (const depth of [5_000, 10_000]) {
    test(`a widget inside ${depth.toLocaleString('en')} unclosed <div>s renders`, () => {
      const input = `<html lang="en-GB"><body>${'<div>'.repeat(depth)}<ms-disclaimer reviewed="2026-11-25"></ms-disclaimer><ms-section name="introduction"></ms-section>`;
      const { html, rendered } = renderPage(input);
      assert.equal(rendered, 2);
      assert.ok(html.startsWith(input.slice(0, input.indexOf('<ms-disclaimer'))));
      assert.ok(html.includes('25 November 2026'), 'the inherited lang reaches the widget');
      assert.ok(html.indexOf('<ms-disclaimer') < html.indexOf('<ms-section'), 'document order');
    });
  }

  test('deep nesting inside a widget\u2019s light DOM: the widget renders, or is left as it was with a warning', () => {
    const inner = `${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}`;
    const input = `<ms-section name="introduction">${inner}</ms-section><ms-disclaimer></ms-disclaimer>`;
    const { html, rendered } = renderPage(input);
    assert.ok(html.includes(inner), 'the light DOM is kept');
    assert.ok(html.includes(en.ui.disclaimer), 'the next widget still renders');
    if (rendered === 1) {
      assert.ok(html.startsWith(`<ms-section name="introduction">${inner}</ms-section>`), 'left as it was');
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], /^<ms-section> could not be rendered on the server/);
    } else {
      assert.equal(rendered, 2);
      assert.ok(html.includes(en.sections[0].paragraphs[0].slice(0, 60)), 'the section\u2019s text');
    }
  });
});

describe('SVG and MathML', () => {
  test('an ms-* tag inside <svg> or <math> is left as it was, with a warning naming the tag', () => {
    const input = '<svg><ms-disclaimer></ms-disclaimer></svg><math><ms-source-list></ms-source-list></math>';
    const { html, rendered } = renderPage(input);
    assert.equal(rendered, 0);
    assert.equal(html, input);
    assert.equal(warnings.length, 2);
    assert.match(warnings[0], /^<ms-disclaimer> is inside SVG, where a shadow root cannot attach; left as it was\./);
    assert.match(warnings[1], /^<ms-source-list> is inside MathML, where a shadow root cannot attach; left as it was\./);
  });

  test('inside <foreignObject> (HTML again) it renders', () => {
    const { html, rendered } = renderPage('<svg><foreignObject><ms-disclaimer></ms-disclaimer></foreignObject></svg>');
    assert.equal(rendered, 1);
    assert.ok(html.includes(`<ms-disclaimer defer-hydration>${DSD}`));
    assert.deepEqual(warnings, []);
  });

  test('a widget holding SVG with an ms-* tag in its light DOM is left as it was', () => {
    const input = '<ms-section name="introduction"><svg><ms-disclaimer></ms-disclaimer></svg></ms-section>';
    const { html, rendered } = renderPage(input);
    assert.equal(rendered, 0);
    assert.equal(html, input);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^<ms-section> holds <ms-disclaimer> inside SVG/);
  });
});

describe('a declarative shadow root the renderer did not write', () => {
  const cases = {
    'foreign text': '<template shadowrootmode="open"><p>Buy now</p></template>',
    'an empty root': '<template shadowrootmode="open"></template>',
    'a closed root': '<template shadowrootmode="closed"><!--lit-part abc=--><p>x</p></template>',
    // A marker that is not one of Lit's digests (8 bytes, 12 base64 characters) is no proof.
    'a marker that is no digest': '<template shadowrootmode="open"><!--lit-part x--><p>Buy now</p></template>',
  };
  for (const [what, template] of Object.entries(cases)) {
    test(`${what} is replaced by a fresh render, with a warning`, () => {
      const { html, rendered } = renderPage(`<ms-disclaimer reviewed="2026-11-25">${template}<span slot="heading">Mine</span></ms-disclaimer>`);
      assert.equal(rendered, 1);
      assert.ok(!html.includes(template), 'the foreign root is gone');
      assert.ok(!html.includes('Buy now'));
      assert.equal(html.split('<template').length - 1, 1, 'one shadow root');
      assert.ok(html.startsWith(`<ms-disclaimer reviewed="2026-11-25" defer-hydration>${DSD}<style>`));
      assert.ok(html.includes(en.ui.disclaimer));
      assert.ok(html.endsWith('</template><span slot="heading">Mine</span></ms-disclaimer>'), 'the light DOM stays');
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], /^<ms-disclaimer> had a declarative shadow root this renderer did not write \(.+\); replaced\./);
    });
  }

  test('a root it wrote is kept: rendering a rendered page changes nothing', () => {
    const once = renderWidgets('<ms-disclaimer reviewed="2026-11-25"></ms-disclaimer><ms-article></ms-article>');
    const { html, rendered } = renderPage(once);
    assert.equal(rendered, 0);
    assert.equal(html, once);
    assert.deepEqual(warnings, []);
  });
});

// A browser reads the first of a repeated attribute; Lit's server renderer
// wrote the first back after the repeated one, so the page then read the
// other: a disclaimer showing one review date and holding another.
describe('an attribute written twice on an ms-* tag', () => {
  const hostTag = (html, tag) => html.slice(html.indexOf(`<${tag}`), html.indexOf('>', html.indexOf(`<${tag}`)) + 1);

  test('the first is used, as a browser uses it; the others are left out of the tag, with one warning each', () => {
    const page = '<main><ms-disclaimer reviewed="2020-01-01" REVIEWED=\'2030-01-01\'  lang="en" reviewed=2031-01-01></ms-disclaimer></main>';
    const out = renderWidgets(page);
    assert.equal(hostTag(out, 'ms-disclaimer'), '<ms-disclaimer reviewed="2020-01-01" lang="en" defer-hydration>');
    assert.ok(out.includes('January 1, 2020'), 'the date shown is the first');
    assert.ok(!out.includes('2030') && !out.includes('2031'), 'the repeated values are gone');
    assert.deepEqual(warnings, [
      '<ms-disclaimer> has the attribute "reviewed" more than once: the first, "2020-01-01", is used, as a browser uses it; the others are left out.',
    ]);
    assert.ok(out.startsWith('<main>') && out.endsWith('</ms-disclaimer></main>'), 'the page around it as it was');
  });

  test('on a widget in another widget\'s light DOM too; a quoted value holding quotes and ">" is read as a browser reads it', () => {
    const page = '<ms-disclaimer><ms-evidence-card study="halt-ms" title=\'a "b" > c\' study="systematic-review" title="d"></ms-evidence-card></ms-disclaimer>';
    const out = renderWidgets(page);
    const card = hostTag(out, 'ms-evidence-card');
    assert.match(card, /^<ms-evidence-card\s+study="halt-ms" title="a &quot;b&quot; &gt; c" defer-hydration>$/);
    assert.ok(out.includes(en.ui.studyNames['halt-ms']), 'the first study is shown');
    assert.ok(!out.includes(en.ui.studyNames['systematic-review']), 'not the repeated one');
    assert.deepEqual(warnings, [
      '<ms-evidence-card> has the attribute "study" more than once: the first, "halt-ms", is used, as a browser uses it; the others are left out.',
      '<ms-evidence-card> has the attribute "title" more than once: the first, "a \\"b\\" > c", is used, as a browser uses it; the others are left out.',
    ]);
  });
});

describe('what renderWidgets is given', () => {
  test('a string, or its UTF-8 bytes; anything else, and options that are not, are a TypeError naming them', () => {
    const page = '<p>caf\u00e9</p><ms-disclaimer></ms-disclaimer>';
    const fromText = renderWidgets(page);
    assert.equal(renderWidgets(Buffer.from(page)), fromText);
    assert.equal(renderWidgets(new TextEncoder().encode(page)), fromText, 'a plain Uint8Array too, not "60,112,…"');
    for (const [input, named] of [[undefined, 'undefined'], [null, 'null'], [42, 'number'], [{ html: page }, 'object']]) {
      assert.throws(() => renderWidgets(input), { name: 'TypeError', message: new RegExp(`must be a string of HTML or its UTF-8 bytes, got ${named}$`) });
    }
    assert.equal(renderWidgets(page, null), fromText, 'null options are no options');
    for (const value of ['false', 0]) {
      assert.throws(() => renderWidgets('<ms-article></ms-article>', { structuredData: value }), { name: 'TypeError', message: /structuredData must be true or false/ });
    }
  });
});

describe('a self-closing ms-* tag', () => {
  test('what it swallows is named in a warning; a tag with nothing after it inside its parent is no problem', () => {
    renderWidgets('<main><ms-disclaimer/>\n<p>Important text after the widget</p></main>');
    assert.deepEqual(warnings, [
      '<ms-disclaimer/> does not close itself in HTML: what follows it, up to </ms-disclaimer> or the end of its parent, is inside it and hidden. Write <ms-disclaimer></ms-disclaimer>.',
    ]);
    warnings.length = 0;
    renderWidgets('<p><ms-disclaimer/></p><ms-risk-panel></ms-risk-panel>');
    assert.deepEqual(warnings, []);
  });
});

describe('warnings a long-running server remembers', () => {
  test('languages reported missing are remembered only up to a cap: the oldest is forgotten and warns again', () => {
    const page = (lang) => `<ms-disclaimer lang="${lang}"></ms-disclaimer>`;
    renderWidgets(page('x-first-missing'));
    assert.equal(warnings.filter((w) => w.includes('"x-first-missing"')).length, 1);
    renderWidgets(page('x-first-missing'));
    assert.equal(warnings.filter((w) => w.includes('"x-first-missing"')).length, 1, 'once while remembered');
    for (let i = 0; i < 1000; i++) renderWidgets(page(`x-missing-${i}`));
    renderWidgets(page('x-first-missing'));
    assert.equal(warnings.filter((w) => w.includes('"x-first-missing"')).length, 2, 'forgotten after many newer ones');
  });
});
