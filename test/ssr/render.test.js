// renderWidgets (ms-stem-cell-widgets/ssr) in Node: every element expanded
// into declarative shadow DOM, for the page's language, with every
// attribute; bad input warned about as in the browser; the rest of the page
// untouched. Run `npm run build` first: this imports dist/.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { renderWidgets, renderPage } from '../../dist/ssr/index.js';
import { read } from '../support/ssr/site.js';
import { text } from '../support/ssr/text.js';

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

const page = (body, lang = 'en') => `<!doctype html>\n<html lang="${lang}">\n<head><title>t</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

describe('every element', () => {
  const cases = {
    'ms-article': [en.meta.title, ...en.sections.flatMap((s) => [s.heading, ...s.paragraphs]), en.benefits.heading, en.evidence.intro, en.precautions.intro, en.sources.heading, en.ui.disclaimer],
    'ms-section name="understanding-ms"': [en.sections[1].heading, ...en.sections[1].paragraphs],
    'ms-benefit-list': [en.benefits.heading, ...en.benefits.items.flatMap((b) => [b.title, b.text])],
    'ms-evidence-card study="halt-ms"': [en.ui.studyNames['halt-ms'], en.evidence.items[0].text, `${en.ui.checkedBy}, November 2026`],
    'ms-evidence-list': [en.evidence.heading, en.evidence.intro, ...en.evidence.items.map((s) => s.text)],
    'ms-risk-panel': [en.precautions.heading, en.precautions.intro, ...en.precautions.items.flatMap((p) => [p.title, p.text])],
    'ms-source-list': [en.sources.heading, ...en.sources.items.map((s) => s.title)],
    'ms-disclaimer reviewed="2026-11-25"': [en.ui.disclaimerLabel, en.ui.disclaimer, en.ui.attribution, en.meta.title, en.ui.lastReviewed, 'November 25, 2026'],
  };
  for (const [tag, expected] of Object.entries(cases)) {
    test(`<${tag}> becomes declarative shadow DOM with its content`, () => {
      const name = tag.split(' ')[0];
      // The JSON-LD that follows an article has its own tests (structured-data.test.js).
      const out = renderWidgets(`<${tag}></${name}>`, { structuredData: false });
      assert.ok(out.startsWith(`<${name} `) || out.startsWith(`<${name}>`), out.slice(0, 80));
      assert.ok(out.includes(`>${DSD}<style>`), 'a declarative shadow root with the element styles');
      assert.ok(out.endsWith(`</template></${name}>`), 'the shadow root is the only child');
      const shown = text(out);
      for (const want of expected) assert.ok(shown.includes(want), `shows: ${want.slice(0, 60)}`);
      assert.deepEqual(warnings, []);
    });
  }

  test('composed elements are rendered too, each marked defer-hydration so the host hydrates first', () => {
    const out = renderWidgets('<ms-article></ms-article>');
    const nested = out.match(/<ms-[a-z-]+[^>]*>/g).slice(1);
    assert.equal(nested.length, 10, 'five sections, benefits, evidence list, risk panel, sources, disclaimer');
    for (const tag of nested) assert.match(tag, / defer-hydration>$/, tag);
    assert.equal(out.split(DSD).length - 1, 11);
  });
});

describe('language', () => {
  test('the nearest lang of the input chooses the content and the date format', () => {
    const out = renderWidgets(page('<ms-disclaimer reviewed="2026-11-25"></ms-disclaimer>\n<div lang="en-US"><ms-disclaimer reviewed="2026-11-25"></ms-disclaimer></div>', 'en-GB'));
    const [gb, us] = out.split('</ms-disclaimer>');
    assert.match(gb, /<aside part="base" lang="en-GB"/);
    assert.ok(text(gb).includes('Last reviewed 25 November 2026'));
    assert.match(us, /<aside part="base" lang="en-US"/);
    assert.ok(text(us).includes('Last reviewed November 25, 2026'));
  });

  test('the element\u2019s own lang attribute wins', () => {
    const out = renderWidgets(page('<ms-disclaimer lang="en-US" reviewed="2026-11-25"></ms-disclaimer>', 'en-GB'));
    assert.ok(text(out).includes('November 25, 2026'));
    assert.ok(out.includes('<ms-disclaimer lang="en-US" reviewed="2026-11-25" defer-hydration><template'), 'the host keeps its attributes, marked to wait for the reader');
  });

  test('composed elements inherit their host\u2019s language, as through <article lang> in the browser', () => {
    const out = renderWidgets(page('<ms-article reviewed="2026-11-25"></ms-article>', 'en-GB'));
    const langs = [...out.matchAll(/<(?:article|section|aside) part="base" lang="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(langs.length, 11);
    assert.deepEqual(new Set(langs), new Set(['en-GB']));
    assert.ok(text(out).includes('25 November 2026'));
  });

  test('an empty lang stops the search and means English, as in the browser', () => {
    const out = renderWidgets(page('<div lang=""><ms-disclaimer reviewed="2026-11-25"></ms-disclaimer></div>', 'en-GB'));
    assert.match(out, /<aside part="base" lang="en"/);
    assert.ok(text(out).includes('November 25, 2026'));
  });

  test('a fragment takes the `lang` option, and English by default', () => {
    assert.match(renderWidgets('<ms-source-list></ms-source-list>'), /<section part="base" lang="en"/);
    const out = renderWidgets('<ms-disclaimer reviewed="2026-11-25"></ms-disclaimer>', { lang: 'en-GB' });
    assert.ok(text(out).includes('25 November 2026'));
  });

  test('a widget in the light DOM of another takes its own nearest lang', () => {
    const out = renderWidgets(
      page('<ms-section name="conclusion"><span slot="heading" lang="en-US">Dated <ms-disclaimer reviewed="2026-11-25"></ms-disclaimer></span></ms-section>', 'en-GB'),
    );
    assert.match(out, /<section part="base" lang="en-GB"/);
    assert.match(out, /<aside part="base" lang="en-US"/);
    assert.ok(text(out).includes('November 25, 2026'));
    assert.equal(out.split(DSD).length - 1, 2);
  });

  test('a language without a pack shows English and warns once, as in the browser', () => {
    const out = renderWidgets(page('<ms-section name="introduction"></ms-section><ms-source-list></ms-source-list>', 'x-ssr-test'));
    assert.match(out, /<section part="base" lang="en"/);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^<ms-section> lang: no content pack for "x-ssr-test"\. Registered: en[,.]/);
  });

  test('packs given as `content` are used, and checked like registerContent', () => {
    const fr = structuredClone(en);
    fr.lang = 'x-ssr-fr';
    fr.meta = { ...fr.meta, title: 'Titre de test' };
    const out = renderWidgets(page('<ms-article></ms-article>', 'x-ssr-fr'), { content: { 'x-ssr-fr': fr } });
    assert.match(out, /<article part="base" lang="x-ssr-fr"/);
    assert.ok(text(out).includes('Titre de test'));
    const bad = structuredClone(en);
    bad.sources.items[0].url = 'javascript:alert(1)';
    assert.throws(() => renderWidgets('<ms-article></ms-article>', { content: { 'x-ssr-bad': bad } }), /TypeError|url/);
  });
});

describe('attributes', () => {
  test('heading-level: the element\u2019s heading and its inner headings one deeper', () => {
    const out = renderWidgets('<ms-benefit-list heading-level="4"></ms-benefit-list>');
    assert.match(out, /<h4 part="heading" id="heading">/);
    assert.equal((out.match(/<h5 part="item-heading"/g) ?? []).length, 4);
  });

  test('benefits: the subset, in the order given', () => {
    const out = text(renderWidgets('<ms-benefit-list benefits="improved-quality-of-life regeneration-of-myelin"></ms-benefit-list>'));
    const [a, b, c] = [en.benefits.items[3].title, en.benefits.items[0].title, en.benefits.items[1].title];
    assert.ok(out.indexOf(a) > 0 && out.indexOf(b) > out.indexOf(a), 'in the given order');
    assert.ok(!out.includes(c), 'only those');
  });

  test('layout="grid" is applied (and reflected, as in the browser)', () => {
    // The grid is styled from the reflected attribute (:host([layout='grid'])), so the host tag carries it.
    const grid = renderWidgets('<ms-benefit-list layout="grid"></ms-benefit-list>');
    assert.match(grid, /^<ms-benefit-list layout="grid" defer-hydration>/);
    assert.match(grid, /:host\(\[layout=(grid|'grid'|"grid")\]\) \.stack/);
    assert.match(renderWidgets('<ms-benefit-list></ms-benefit-list>'), /^<ms-benefit-list layout="list" defer-hydration>/);
  });

  test('study, name, open and reviewed', () => {
    assert.ok(text(renderWidgets('<ms-evidence-card study="systematic-review"></ms-evidence-card>')).startsWith(`${en.ui.studyNames['systematic-review']} ${en.evidence.items[2].text}`));
    assert.ok(text(renderWidgets('<ms-section name="conclusion"></ms-section>')).startsWith(`${en.sections[4].heading} ${en.sections[4].paragraphs[0]}`));
    assert.equal((renderWidgets('<ms-risk-panel open></ms-risk-panel>').match(/<details [^>]*\bopen\b/g) ?? []).length, 4);
    // Expanded by default on the server too; only an explicit collapsed folds them.
    assert.equal((renderWidgets('<ms-risk-panel></ms-risk-panel>').match(/<details [^>]*\bopen\b/g) ?? []).length, 4);
    assert.equal((renderWidgets('<ms-risk-panel collapsed></ms-risk-panel>').match(/<details [^>]*\bopen\b/g) ?? []).length, 0);
    assert.equal((renderWidgets('<ms-risk-panel open collapsed></ms-risk-panel>').match(/<details [^>]*\bopen\b/g) ?? []).length, 4);
    assert.equal((renderWidgets('<ms-article></ms-article>').match(/<details [^>]*\bopen\b/g) ?? []).length, 4);
    assert.match(renderWidgets('<ms-disclaimer reviewed="2026-02-03"></ms-disclaimer>'), /<time datetime="2026-02-03">/);
  });

  test('light DOM children (a heading slot) stay where they were', () => {
    const out = renderWidgets('<ms-section name="conclusion"><span slot="heading">In short</span></ms-section>');
    assert.ok(out.endsWith('</template><span slot="heading">In short</span></ms-section>'));
  });
});

describe('hydrate', () => {
  const page = '<ms-article></ms-article><p><ms-risk-panel collapsed></ms-risk-panel></p>';
  const hosts = (html) => html.match(/<ms-[a-z-]+[^>]*>/g);

  test('defer (the default): every widget and every element composed in one waits (defer-hydration)', () => {
    const out = renderWidgets(page);
    assert.equal(renderWidgets(page, { hydrate: 'defer' }), out);
    const all = hosts(out);
    assert.ok(all.length > 8, 'the article composes the other elements');
    for (const host of all) assert.match(host, / defer-hydration>$/, host);
    assert.match(out, /^<ms-article id="ms-attribution" defer-hydration><template/);
    assert.match(out, /<p><ms-risk-panel collapsed defer-hydration><template/);
  });

  test('eager: the widgets themselves are not marked, the elements composed in them still are (their host wakes them)', () => {
    const out = renderWidgets(page, { hydrate: 'eager' });
    assert.match(out, /^<ms-article id="ms-attribution"><template/);
    assert.match(out, /<p><ms-risk-panel collapsed><template/);
    const inside = hosts(out).filter((h) => !/^<ms-(article id="ms-attribution"|risk-panel collapsed)>$/.test(h));
    assert.ok(inside.length > 6);
    for (const host of inside) assert.match(host, / defer-hydration>$/, host);
  });

  test('anything else is a TypeError naming the two values', () => {
    assert.throws(() => renderWidgets(page, { hydrate: 'lazy' }), { name: 'TypeError', message: /hydrate must be "defer" or "eager", got "lazy"/ });
  });
});

describe('bad input', () => {
  test('warns as the browser does, renders what is valid, and leaves the tag as written', () => {
    const input = '<ms-benefit-list benefits="regeneration bogus improved-quality-of-life" layout="diagonal" heading-level="nine"></ms-benefit-list>';
    const out = renderWidgets(input);
    assert.deepEqual(warnings, [
      '<ms-benefit-list> heading-level: "nine" is not valid. Allowed: an integer from 1 to 6 (default 2).',
      '<ms-benefit-list> layout: "diagonal" is not valid. Allowed: list, grid.',
      '<ms-benefit-list> benefits: "regeneration" is not valid. Allowed: regeneration-of-myelin, immune-system-modulation, potential-disease-modification, improved-quality-of-life.',
      '<ms-benefit-list> benefits: "bogus" is not valid. Allowed: regeneration-of-myelin, immune-system-modulation, potential-disease-modification, improved-quality-of-life.',
    ]);
    assert.match(out, /^<ms-benefit-list benefits="regeneration bogus improved-quality-of-life" layout="diagonal" heading-level="nine" defer-hydration>/);
    const shown = text(out);
    assert.ok(shown.startsWith(`${en.benefits.heading} ${en.benefits.items[3].title}`), 'the valid benefit, under an h2');
    assert.match(out, /<h2 part="heading"/);
  });

  test('an unknown name or study renders nothing, with one warning each', () => {
    const out = renderWidgets('<ms-section name="nope"></ms-section><ms-evidence-card study="nope"></ms-evidence-card>');
    assert.equal(text(out), '');
    assert.equal(warnings.length, 2);
    assert.match(warnings[0], /^<ms-section> name: "nope" is not valid\. Allowed: introduction, /);
    assert.match(warnings[1], /^<ms-evidence-card> study: "nope" is not valid\. Allowed: halt-ms, /);
  });

  test('an invalid reviewed date hides the line and warns', () => {
    const out = renderWidgets('<ms-disclaimer reviewed="2026-02-30"></ms-disclaimer>');
    assert.ok(!text(out).includes(en.ui.lastReviewed));
    assert.deepEqual(warnings, ['<ms-disclaimer> reviewed: "2026-02-30" is not valid. Allowed: a date as YYYY-MM-DD, e.g. 2026-11-25.']);
  });

  test('an ms-* tag that is not ours is left exactly as it was, with one warning per tag', () => {
    const input = page('<ms-gallery data-x="1"><ms-gallery></ms-gallery></ms-gallery>');
    assert.equal(renderWidgets(input), input);
    assert.deepEqual(warnings, ['<ms-gallery> is not an ms-stem-cell-widgets element; left as it was.']);
  });
});

describe('the rest of the page', () => {
  const input = page(
    [
      '<p class=intro>Hello &amp; welcome<br>to <b>our page</b></p>',
      '<ms-section name="introduction"></ms-section>',
      '<template id="t"><ms-section name="conclusion"></ms-section></template>',
      '<!-- a comment --><script>var x = "<ms-article>";</script>',
      '<ms-source-list></ms-source-list>',
      '<footer>Bye</footer>',
    ].join('\n'),
  );

  test('is kept byte for byte: only the widgets change', () => {
    const { html, rendered } = renderPage(input);
    assert.equal(rendered, 2);
    const a = input.indexOf('<ms-section name="introduction">');
    assert.equal(html.slice(0, a), input.slice(0, a));
    const tail = input.slice(input.indexOf('</ms-source-list>') + '</ms-source-list>'.length);
    assert.ok(html.endsWith(tail));
    const between = input.slice(input.indexOf('</ms-section>') + '</ms-section>'.length, input.indexOf('<ms-source-list>'));
    assert.ok(html.includes(between), 'template contents, comments and scripts untouched');
  });

  test('rendering a rendered page changes nothing', () => {
    const once = renderWidgets(input);
    const { html, rendered } = renderPage(once);
    assert.equal(rendered, 0);
    assert.equal(html, once);
  });

  test('no outer Lit markers: only the shadow roots carry hydration markers', () => {
    const out = renderWidgets('<ms-source-list></ms-source-list>');
    assert.ok(out.startsWith('<ms-source-list defer-hydration>'));
    assert.ok(!out.endsWith('-->'));
  });
});

describe('in a program that loaded the elements first', () => {
  test('the elements already defined are still found and rendered', async () => {
    const { execFileSync } = await import('node:child_process');
    const script = `
      await import('./dist/index.js');
      const { renderPage } = await import('./dist/ssr/index.js');
      process.stdout.write(String(renderPage('<ms-section name="introduction"></ms-section>').rendered));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('../../', import.meta.url), encoding: 'utf8' });
    assert.equal(out, '1');
  });
});
