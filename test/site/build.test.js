// What `npm run build:site` writes, read as files: one embed page, share page
// and oEmbed file per widget configuration (site/configs.js), oEmbed 1.0
// responses that WordPress keeps whole, share pages with the meta that
// oEmbed consumers and social cards read, every absolute URL on SITE_URL,
// and a go page for every external link the widgets show.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import { configs } from '../../site/configs.js';
import { buildSite } from '../../site/build/index.js';
import { externalLinks, goPageMap, goPagePath, renderGoPage } from '../../site/build/go-pages.js';
import { attr, builtSite, elements, listFiles, pageElements, textOf } from '../support/site/built.js';

const en = JSON.parse(readFileSync(new URL('../../content/en.json', import.meta.url), 'utf8'));
/** Every string of the content pack, to tell the article's words from anything else. */
const packTexts = (value) =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(packTexts) : [];
const WORDS = packTexts(en).join('\n');

let site;
before(async () => {
  site = await builtSite();
});
after(() => site?.close());

test('every configuration has its embed page, share page and oEmbed file; the short article form, the index, the CDN and the demos are there', () => {
  const files = site.files();
  for (const { id } of configs) {
    for (const path of [`embed/${id}.html`, `share/${id}.html`, `oembed/${id}.json`]) assert.ok(files.includes(path), `${path} missing`);
  }
  assert.ok(files.includes('embed/article-summary.html'));
  assert.equal(files.filter((f) => f.startsWith('embed/')).length, configs.length + 1);
  assert.equal(files.filter((f) => f.startsWith('share/')).length, configs.length);
  assert.equal(files.filter((f) => f.startsWith('oembed/')).length, configs.length);
  assert.ok(files.includes('index.html'));
  const cdn = readdirSync(new URL('../../dist/cdn/', import.meta.url)).sort();
  assert.deepEqual(files.filter((f) => f.startsWith('cdn/')).map((f) => f.slice(4)), cdn);
  assert.ok(!files.some((f) => f.startsWith('storybook/')), 'storybook: false builds no Storybook');
  assert.equal(site.report.embedPages, configs.length + 1);
  assert.equal(site.report.sharePages, configs.length);
});

test('the demos load the site’s own cdn/ files, and every page they link to is there', () => {
  const files = site.files();
  const demos = files.filter((f) => f.startsWith('demo/') && f.endsWith('.html'));
  for (const name of readdirSync(new URL('../../demo/', import.meta.url)).filter((n) => n.endsWith('.html'))) {
    assert.ok(demos.includes(`demo/${name}`), `demo/${name} missing`);
  }
  assert.ok(demos.includes('demo/ssr/site/index.html'), 'the server-rendered demo is rendered into the site');
  for (const demo of demos) {
    const base = new URL(demo, 'http://site.invalid/');
    for (const el of pageElements(site.read(demo))) {
      const ref = (el.tagName === 'script' && attr(el, 'src')) || (el.tagName === 'a' && attr(el, 'href'));
      if (!ref || ref.startsWith('#') || /^[a-z]+:/i.test(ref)) continue;
      const target = new URL(ref, base).pathname.slice(1);
      assert.ok(files.includes(target), `${demo} points at ${ref}, which the site does not have`);
    }
    assert.doesNotMatch(site.read(demo), /<script[^>]+dist\/cdn/, `${demo} still loads dist/cdn`);
  }
});

test('each oEmbed file is an oEmbed 1.0 rich response: blockquote and iframe on SITE_URL, sized for WordPress', () => {
  for (const config of configs) {
    const json = JSON.parse(site.read(`oembed/${config.id}.json`));
    const where = `oembed/${config.id}.json`;
    assert.equal(json.version, '1.0', where);
    assert.equal(json.type, 'rich', where);
    assert.equal(json.title, config.title, where);
    assert.equal(json.provider_name, 'ms-stem-cell-widgets', where);
    assert.equal(json.provider_url, `${site.origin}/`, where);
    assert.equal(json.width, 600, where);
    assert.ok(Number.isInteger(json.height) && json.height >= 200 && json.height <= 1000, `${where}: height ${json.height}`);
    assert.equal(typeof json.html, 'string');
    const [quote, frame, ...rest] = parseFragment(json.html).childNodes;
    assert.deepEqual(rest, [], `${where}: nothing after the iframe`);
    assert.equal(quote.tagName, 'blockquote', where);
    const [link] = quote.childNodes;
    assert.equal(link.tagName, 'a');
    assert.equal(attr(link, 'href'), `${site.origin}/share/${config.id}.html`);
    assert.equal(textOf(link), config.title);
    assert.equal(frame.tagName, 'iframe', where);
    const page = config.id === 'article' ? 'article-summary' : config.id;
    assert.equal(attr(frame, 'src'), `${site.origin}/embed/${page}.html`);
    assert.equal(attr(frame, 'width'), '100%');
    assert.equal(attr(frame, 'height'), String(json.height));
    assert.equal(attr(frame, 'title'), config.title);
    assert.ok(site.files().includes(`embed/${page}.html`));
  }
});

test('the oEmbed html holds only what WordPress keeps of an unknown provider’s html (wp_filter_oembed_result)', () => {
  // wp-includes/embed.php: wp_kses with these tags and attributes, nothing else.
  const ALLOWED = {
    a: ['href'],
    blockquote: [],
    iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
  };
  for (const config of configs) {
    const { html } = JSON.parse(site.read(`oembed/${config.id}.json`));
    const els = elements(parseFragment(html));
    assert.equal(els.filter((e) => e.tagName === 'iframe').length, 1, 'WordPress drops an oEmbed html without an iframe');
    for (const el of els) {
      assert.ok(el.tagName in ALLOWED, `<${el.tagName}> in oembed/${config.id}.json`);
      for (const { name } of el.attrs) assert.ok(ALLOWED[el.tagName].includes(name), `${el.tagName}[${name}] in oembed/${config.id}.json`);
    }
  }
});

test('share pages carry the oEmbed discovery link, the canonical link, Open Graph and Twitter card meta, with absolute URLs', () => {
  for (const config of configs) {
    const where = `share/${config.id}.html`;
    const els = pageElements(site.read(where));
    const head = (tag, key, value) => els.filter((e) => e.tagName === tag && attr(e, key) === value);
    const meta = (key, value) => {
      const found = head('meta', key, value);
      assert.equal(found.length, 1, `${where}: one <meta ${key}="${value}">`);
      return attr(found[0], 'content');
    };
    const url = `${site.origin}/share/${config.id}.html`;
    const [oembed, ...more] = head('link', 'type', 'application/json+oembed');
    assert.equal(more.length, 0);
    assert.equal(attr(oembed, 'rel'), 'alternate');
    assert.equal(attr(oembed, 'href'), `${site.origin}/oembed/${config.id}.json`);
    assert.equal(attr(oembed, 'title'), config.title);
    const [canonical] = head('link', 'rel', 'canonical');
    assert.equal(attr(canonical, 'href'), url);
    assert.equal(meta('property', 'og:type'), 'article');
    assert.equal(meta('property', 'og:title'), config.title);
    assert.equal(meta('property', 'og:url'), url);
    assert.equal(meta('property', 'og:site_name'), 'ms-stem-cell-widgets');
    assert.equal(meta('name', 'twitter:card'), 'summary');
    assert.equal(meta('name', 'twitter:title'), config.title);
    const description = meta('property', 'og:description');
    assert.equal(meta('name', 'twitter:description'), description);
    assert.equal(meta('name', 'description'), description);
    assert.ok(description.length > 20 && description.length <= 200, `${where}: description of ${description.length} characters`);
    // In the article's words: whole, or cut at a word with an ellipsis.
    for (const piece of description.replace(/…$/, '').split('; ')) assert.ok(WORDS.includes(piece), `${where}: "${piece}" is not the content's`);
    assert.equal(els.filter((e) => e.tagName === 'title').map(textOf)[0], config.title);
    // The widget, server-rendered, and the hydrate loader of the site's cdn/ (which loads the hydrate file next to it).
    assert.equal(els.filter((e) => e.tagName === config.tag).length, 1, `${where}: one <${config.tag}>`);
    assert.ok(els.some((e) => e.tagName === 'template' && attr(e, 'shadowrootmode') === 'open'), `${where}: declarative shadow DOM`);
    assert.ok(els.some((e) => e.tagName === 'script' && attr(e, 'type') === 'module' && attr(e, 'src') === '../cdn/ms-widgets-hydrate-loader.js'));
    const whole = els.filter((e) => e.tagName === 'a' && attr(e, 'href') === 'article.html');
    if (config.id !== 'article') {
      assert.equal(whole.length, 1, `${where}: a link to the whole article`);
      assert.equal(textOf(whole[0]), en.ui.readWholeArticle);
    }
  }
});

test('embed pages carry the oEmbed discovery link of their configuration', () => {
  for (const config of configs) {
    const links = pageElements(site.read(`embed/${config.id}.html`)).filter(
      (e) => e.tagName === 'link' && attr(e, 'type') === 'application/json+oembed',
    );
    assert.equal(links.length, 1);
    assert.equal(attr(links[0], 'href'), `${site.origin}/oembed/${config.id}.json`);
  }
});

test('SITE_URL sets every absolute URL: a second build for another address differs only there', async () => {
  const other = 'https://widgets.example.org/ms';
  const dir = mkdtempSync(join(tmpdir(), 'ms-site-other-'));
  try {
    // A trailing slash is dropped: one way to write each URL.
    await buildSite({ out: dir, siteUrl: `${other}/`, storybook: false });
    const files = listFiles(dir);
    assert.deepEqual(files, site.files());
    for (const file of files.filter((f) => /\.(html|json)$/.test(f))) {
      const text = readFileSync(join(dir, file), 'utf8');
      assert.ok(!text.includes(site.origin), `${file} still names ${site.origin}`);
      assert.ok(!text.includes('localhost'), `${file} names localhost`);
      if (/^(share|oembed)\//.test(file)) assert.equal(text, site.read(file).replaceAll(site.origin, other), `${file}: only the address changes`);
    }
    for (const config of configs) {
      const json = JSON.parse(readFileSync(join(dir, `oembed/${config.id}.json`), 'utf8'));
      assert.equal(json.provider_url, `${other}/`);
      assert.ok(json.html.includes(`src="${other}/embed/`));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a bad SITE_URL stops the build with a message that names it and what is allowed; nothing is written', async () => {
  for (const bad of ['widgets.example.org', 'ftp://example.org', 'https://example.org/?x=1', 'https://example.org/#top', 'javascript:alert(1)']) {
    const dir = mkdtempSync(join(tmpdir(), 'ms-site-bad-'));
    try {
      await assert.rejects(buildSite({ out: dir, siteUrl: bad, storybook: false }), (e) => {
        assert.ok(e.message.includes(`SITE_URL "${bad}"`), e.message);
        assert.match(e.message, /absolute http or https URL/);
        return true;
      });
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('the build never empties a folder that holds something else', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ms-site-keep-'));
  try {
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    await assert.rejects(buildSite({ out: dir, siteUrl: 'https://example.org', storybook: false }), /not empty/);
    assert.equal(readFileSync(join(dir, 'notes.txt'), 'utf8'), 'mine');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a go page for every external link the widgets show, linking to exactly that address', () => {
  const links = externalLinks();
  // The study cards' DOI links (content/citations.json) and the sources' URLs (content/en.json).
  const expected = [
    ...en.sources.items.map((s) => s.url).filter(Boolean),
    ...JSON.parse(readFileSync(new URL('../../content/citations.json', import.meta.url), 'utf8'))
      .studies.filter((s) => s.record?.doi)
      .map((s) => `https://doi.org/${s.record.doi}`),
  ].map((u) => new URL(u).href);
  assert.deepEqual(links.map((l) => l.url).sort(), [...new Set(expected)].sort());
  assert.equal(site.report.goPages, links.length);
  assert.deepEqual(site.files().filter((f) => f.startsWith('go/')), links.map((l) => `go/${l.slug}.html`).sort());
  for (const { url, slug } of links) {
    const els = pageElements(site.read(`go/${slug}.html`));
    const anchors = els.filter((e) => e.tagName === 'a');
    assert.equal(anchors.length, 1);
    assert.equal(attr(anchors[0], 'href'), url);
    assert.equal(textOf(anchors[0]), url, 'the page says where it goes');
    const refresh = els.filter((e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'refresh');
    assert.equal(refresh.length, 1);
    assert.equal(attr(refresh[0], 'content'), `0; url=${url}`);
    assert.equal(goPagePath(url), `go/${slug}.html`);
    assert.equal(goPageMap()[url], `go/${slug}.html`);
  }
});

test('every external link in the share and embed pages has its go page', () => {
  const map = goPageMap();
  let seen = 0;
  for (const file of site.files().filter((f) => /^(share|embed)\/.*\.html$/.test(f))) {
    for (const el of pageElements(site.read(file))) {
      const href = el.tagName === 'a' && attr(el, 'href');
      // Links to the site's own pages (a share page) need none.
      if (!href || !/^https?:/.test(href) || new URL(href).origin === site.origin) continue;
      seen++;
      const path = map[new URL(href).href];
      assert.ok(path && site.files().includes(path), `${file}: ${href} has no go page`);
    }
  }
  assert.ok(seen > 0, 'the study cards link to their DOIs');
});

test('go pages: one per address from a pack’s sources, slugs stable by position, only http and https', () => {
  const pack = structuredClone(en);
  pack.sources.items[0].url = 'https://example.org/a';
  pack.sources.items[2].url = 'http://example.org/c?x=1&y=2';
  pack.sources.items[3].url = 'javascript:alert(1)';
  const links = externalLinks(pack, {});
  assert.deepEqual(links, [
    { url: 'https://example.org/a', slug: 'source-1', label: pack.sources.items[0].title },
    { url: 'http://example.org/c?x=1&y=2', slug: 'source-3', label: pack.sources.items[2].title },
  ]);
  assert.equal(goPagePath('javascript:alert(1)', links), undefined);
  const html = renderGoPage(links[1]);
  assert.ok(html.includes('content="0; url=http://example.org/c?x=1&amp;y=2"'), 'the address is escaped in the attribute');
  assert.throws(() => renderGoPage({ url: 'javascript:alert(1)', slug: 'x', label: 'x' }), /not an http or https address/);
});
