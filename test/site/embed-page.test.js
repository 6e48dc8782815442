// The embed pages as built (renderEmbedPage), read as text: one widget each,
// server-rendered; every inline script and style allowed by its hash in the
// page's own CSP and nothing else; no request but the page; the oEmbed
// discovery link; the exit pages its external links map to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { COMPILE_HINT } from '../../scripts/build/minify-cdn.js';
import { configById, configs } from '../../site/configs.js';
import { renderEmbedPage } from '../../site/build/embed-page.js';
import { goPagePath } from '../../site/build/go-pages.js';

const SITE = 'https://widgets.example.org/ms';
const pages = [
  ...configs.map((config) => ({ id: config.id, config, html: renderEmbedPage({ config, siteUrl: SITE }) })),
  {
    id: 'article-summary',
    config: configById.get('article'),
    html: renderEmbedPage({ config: configById.get('article'), siteUrl: SITE, summary: true }),
  },
];

/** The page without the text of its scripts (the hydrate file's code mentions src, url( and link templates). */
const markupOf = (html) => html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const cspOf = (html) => {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  assert.ok(meta, 'a CSP meta element');
  return Object.fromEntries(
    meta[1].split(/;\s*/).map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
};

test('one page per configuration plus the short article: 16 pages, each a whole document', () => {
  assert.equal(pages.length, configs.length + 1);
  assert.equal(pages.length, 16);
  for (const { id, html } of pages) {
    assert.match(html, /^<!doctype html>\n<html lang="en" dir="ltr">/, id);
    assert.match(html, /<\/html>\n$/, id);
  }
});

test('each page shows exactly its widget, server-rendered, with its attributes', () => {
  for (const { id, config, html } of pages) {
    const main = /<main>([\s\S]*)<\/main>/.exec(html)[1];
    const tops = [...main.matchAll(/<(ms-[a-z-]+)[^>]*data-embed-widget/g)].map((m) => m[1]);
    assert.deepEqual(tops, [id === 'article-summary' ? 'ms-section' : config.tag], id);
    assert.match(main, /<template [^>]*shadowrootmode="open"/, `${id} is server-rendered`);
    for (const [name, value] of Object.entries(id === 'article-summary' ? {} : config.attrs)) {
      assert.ok(main.includes(` ${name}="${value}"`), `${id} keeps ${name}`);
    }
  }
});

test('a widget with an attribution footer links it to the whole article (source-url); the disclaimer and the article have none', () => {
  const footed = ['ms-section', 'ms-benefit-list', 'ms-evidence-card', 'ms-evidence-list', 'ms-risk-panel', 'ms-source-list'];
  for (const { id, config, html } of pages.filter((p) => p.id !== 'article-summary')) {
    const [tag] = /<ms-[a-z-]+[^>]*data-embed-widget[^>]*>/.exec(html);
    assert.equal(tag.includes(` source-url="${SITE}/share/article.html"`), footed.includes(config.tag), `${id}: ${tag}`);
  }
  assert.ok(pages.some((p) => p.config.tag === 'ms-disclaimer') && pages.some((p) => p.config.tag === 'ms-section'));
});

test('the CSP: default-src none, every inline script and style by its hash and nothing more, no base or form targets', () => {
  for (const { id, html } of pages) {
    const csp = cspOf(html);
    assert.deepEqual(csp['default-src'], ["'none'"], id);
    assert.deepEqual(csp['base-uri'], ["'none'"], id);
    assert.deepEqual(csp['form-action'], ["'none'"], id);
    const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]));
    assert.equal(scripts.length, 2, `${id}: the hydrate file and the runtime, inlined`);
    assert.deepEqual([...csp['script-src']].sort(), [...new Set(scripts)].sort(), `${id} script-src`);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]));
    assert.deepEqual([...csp['style-src']].sort(), [...new Set(styles)].sort(), `${id} style-src`);
    for (const sources of Object.values(csp)) {
      for (const source of sources) assert.doesNotMatch(source, /unsafe|\*|https?:|data:/, `${id}: ${source}`);
    }
  }
});

test('the inlined hydrate file is the built one less its compile hint and source-map comment (an inline script compiles on the main thread)', () => {
  const built = readFileSync(new URL('../../dist/cdn/ms-widgets-hydrate.js', import.meta.url), 'utf8');
  assert.ok(built.startsWith(`${COMPILE_HINT}\n`), 'the CDN file has the hint');
  const body = built.slice(COMPILE_HINT.length + 1).replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
  for (const { id, html } of pages) {
    const [hydrate] = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    assert.ok(hydrate === body, `${id}: the first inline script is dist/cdn/ms-widgets-hydrate.js without its first line and its map`);
    assert.equal(html.includes('allFunctionsCalledOnLoad'), false, `${id}: no compile hint`);
  }
});

test('no request but the page: no src, no stylesheet, no preload, no script with a src', () => {
  for (const { id, html } of pages) {
    assert.doesNotMatch(markupOf(html), /\ssrc=|rel="(stylesheet|preload|modulepreload|icon)"|@import|url\(/i, id);
    assert.doesNotMatch(html, /document\.cookie|localStorage|sessionStorage|indexedDB/, `${id}: no storage`);
  }
});

test('no frame until the widget is parsed whole: a render-blocking expect link to the data block after it', () => {
  for (const { id, html } of pages) {
    const head = html.slice(0, html.indexOf('</head>'));
    assert.match(head, /<link rel="expect" href="#ms-embed" blocking="render">/, id);
    // The element it waits for comes after the widget and its "continue reading" link.
    const target = html.indexOf('<script type="application/json" id="ms-embed">');
    assert.ok(target > html.lastIndexOf('</main>'), `${id}: #ms-embed after the widget`);
    assert.equal(html.match(/id="ms-embed"/g).length, 1, `${id}: one #ms-embed`);
  }
});

test('oEmbed discovery, canonical share page, title and language', () => {
  for (const { id, config, html } of pages) {
    const shareId = id === 'article-summary' ? 'article' : id;
    assert.ok(
      html.includes(`<link rel="alternate" type="application/json+oembed" href="${SITE}/oembed/${shareId}.json"`),
      `${id}: oEmbed link`,
    );
    assert.ok(html.includes(`<link rel="canonical" href="${SITE}/share/${shareId}.html">`), `${id}: canonical`);
    const title = config.title.replaceAll("'", '&#39;');
    assert.ok(html.includes(`<title>${title}</title>`), `${id}: title ${title}`);
  }
});

test('every external link of a page has its exit page on the site, go/<first 12 hex of sha256>.html', () => {
  let external = 0;
  for (const { id, html } of pages) {
    const config = JSON.parse(/<script type="application\/json" id="ms-embed">([\s\S]*?)<\/script>/.exec(html)[1]);
    assert.equal(config.siteUrl, SITE);
    const links = new Set([...markupOf(html).matchAll(/\shref="(https?:\/\/[^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&')));
    for (const href of links) {
      if (href.startsWith(`${SITE}/`)) continue;
      external++;
      const path = goPagePath(href);
      assert.ok(path, `${id}: ${href} has a go page`);
      assert.equal(config.go[href], `${SITE}/${path}`, `${id}: ${href}`);
    }
    assert.equal(Object.keys(config.go).length, [...links].filter((h) => !h.startsWith(`${SITE}/`)).length, id);
  }
  assert.ok(external >= 3, `the DOI and source links (${external})`);
});

test('the short article: the introduction, every precaution, "not medical advice", and last a link to the whole article', () => {
  const { html } = pages.find((p) => p.id === 'article-summary');
  const main = /<main>([\s\S]*)<\/main>/.exec(html)[1];
  assert.ok(main.includes('name="introduction"'));
  for (const title of ['Treatment Selection', 'Treatment Risks', 'Long-Term Safety', 'Ethical Considerations']) {
    assert.ok(main.includes(`<a href="${SITE}/share/precautions.html">${title}</a>`), title);
  }
  assert.ok(main.includes('Educational, not medical advice.'));
  const links = [...main.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)];
  assert.deepEqual(links.at(-1).slice(1), [`${SITE}/share/article.html`, 'Continue reading the whole article']);
  assert.doesNotMatch(main, /ms-benefit-list/, 'no benefit without the precautions beside it');
});
