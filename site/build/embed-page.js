// One embed page (_site/embed/<id>.html): a bare page with exactly one
// widget, made to be shown in an iframe on someone else's site, WordPress's
// sandbox included (opaque origin, scripts only).
//
// - Server-rendered by our renderer, so it is readable and sized with
//   JavaScript off.
// - No request but the page itself: the hydrate file and the runtime
//   (site/embed/runtime.ts) are inlined. A sandboxed frame has an opaque
//   origin, so a module script fetched from our own host would be a CORS
//   request with Origin: null.
// - Its own strict Content-Security-Policy: nothing runs or styles the page
//   but the inline scripts and styles it lists by hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { tokens } from '../../dist/shared/tokens.styles.js';
import { renderPage } from '../../dist/ssr/index.js';
import { withoutCompileHint } from '../../scripts/build/minify-cdn.js';
import { goPagePath } from './go-pages.js';

const readJson = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const en = readJson('content/en.json');

/** Elements with the attribution footer, which can link to the whole article: those the manifest gives `source-url`. */
const ATTRIBUTED = new Set(
  readJson('custom-elements.json')
    .modules.flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.tagName && d.attributes?.some((a) => a.name === 'source-url'))
    .map((d) => d.tagName),
);

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Text that goes inside <script>: nothing in it may end the element or open a comment the parser would honour. */
function inlineScript(source, name) {
  if (/<\/script|<!--/i.test(source)) throw new Error(`${name} cannot be inlined: it contains "</script" or "<!--"`);
  return source;
}

let hydrateSource;
/**
 * dist/cdn/ms-widgets-hydrate.js as built, without its source-map comment
 * (the map is not next to the page) and without its compile hint: V8 compiles
 * an inline script on the main thread, not while streaming it, so the hint
 * would compile every function there before the frame's first paint (one
 * card's embed page at 4× CPU: 1.76× the static page until painted with it,
 * 1.62× without, 30 interleaved loads).
 */
function hydrateScript() {
  hydrateSource ??= inlineScript(
    withoutCompileHint(readFileSync(new URL('../../dist/cdn/ms-widgets-hydrate.js', import.meta.url), 'utf8')).replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, ''),
    'dist/cdn/ms-widgets-hydrate.js',
  );
  return hydrateSource;
}

let runtimeSource;
/** site/embed/runtime.ts bundled once per build: the same bytes, so the same hash, on every page. */
export function runtimeScript() {
  runtimeSource ??= inlineScript(
    buildSync({
      entryPoints: [new URL('../embed/runtime.ts', import.meta.url).pathname],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      write: false,
      legalComments: 'none',
    }).outputFiles[0].text,
    'site/embed/runtime.ts',
  );
  return runtimeSource;
}

/**
 * No frame of the page until its widget is parsed whole (the data block
 * after it): a page of many embeds keeps the renderer busy, and Chromium
 * then paints a frame in the middle of the widget's declarative shadow root,
 * whose text moves when the rest arrives (layout shift 0.005 to 0.016 per
 * frame on the benchmark's 200-card page). Engines without render-blocking
 * `rel="expect"` ignore it; it makes no request.
 */
const RENDER_WHEN_PARSED = '<link rel="expect" href="#ms-embed" blocking="render">';

/**
 * The widgets' accent on the page itself: the declarations that derive it
 * from `--ms-color-accent` per scheme (src/shared/tokens.styles.ts, the one
 * place that says how), taken from the built tokens and set on :root. The
 * page's own links and focus ring (the article summary's precaution links,
 * the continue-reading link under a cut) then read wherever the widgets'
 * do, whatever colour a host picks; the accent as given read 1.07:1 for
 * `accent=ffff00` on white.
 */
function pageAccent() {
  const { cssText } = tokens;
  const host = /:host\{([^}]*)\}/.exec(cssText);
  const fallback = /(@supports not \([^{]*\))\{:host\{([^}]*)\}\}/.exec(cssText);
  const derived = host?.[1].split(';').filter((declaration) => declaration.startsWith('--_'));
  if (!derived?.some((d) => d.startsWith('--_accent:')) || !fallback) {
    throw new Error("embed pages: the accent's declarations were not found in dist/shared/tokens.styles.js; run `npm run build`");
  }
  return `:root{${derived.join(';')}}\n${fallback[1]}{:root{${fallback[2]}}}`;
}

/**
 * The page's own look: the solid background and text colour of each scheme,
 * the default font and size. The runtime overrides these on :root from the
 * query parameters.
 */
const PAGE_STYLE = `:root{color-scheme:light dark;color:light-dark(#1a1a1a,#f0f0f0);background:light-dark(#ffffff,#121212);font:16px/1.5 system-ui,sans-serif;overflow-wrap:break-word}
${pageAccent()}
body{margin:0;padding:.75rem}
a{color:var(--_accent)}
:focus-visible{outline:2px solid var(--_accent);outline-offset:2px}
.summary-part{margin:0 0 1rem}
.summary-heading{margin:0 0 .5rem;font-size:1.15em;font-weight:bold;line-height:1.25}
.summary-part p{margin:0 0 .5rem}
.summary-part ul{margin:0;padding-inline-start:1.25rem}
.continue{font-weight:bold;margin:0}
main.cut{overflow:hidden;mask-image:linear-gradient(#000 calc(100% - 4rem),#0000)}
[data-more-in-frame]{margin:.5rem 0 0}
@media (forced-colors:active){a{color:LinkText}}`;

/** Every absolute http(s) address the rendered page links to. */
const linksIn = (html) => [...new Set([...html.matchAll(/\shref="(https?:\/\/[^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&')))];

/**
 * The short form of the whole article, for hosts that cap an embed's height
 * (WordPress: 1,000 px). The introduction under the article's title, then
 * every precaution by its title, each linking to the precautions page: the
 * risks stay in view and no benefit is shown without them. It ends with the
 * article's "not medical advice" line and a link to the whole article.
 */
function summaryBody(siteUrl) {
  const precautionsUrl = `${siteUrl}/share/precautions.html`;
  const { heading, intro, items } = en.precautions;
  return `<main>
<ms-section name="introduction" heading-level="2" no-attribution data-embed-widget="0"><span slot="heading">${escapeHtml(en.meta.title)}</span></ms-section>
<section class="summary-part" aria-labelledby="precautions-heading">
<div class="summary-heading" id="precautions-heading" role="heading" aria-level="3" data-heading-offset="1">${escapeHtml(heading)}</div>
<p>${escapeHtml(intro)}</p>
<ul>${items.map((item) => `<li><a href="${escapeHtml(precautionsUrl)}">${escapeHtml(item.title)}</a></li>`).join('')}</ul>
</section>
<p class="summary-part">${escapeHtml(en.ui.notAdvice)}</p>
<p class="continue"><a href="${escapeHtml(`${siteUrl}/share/article.html`)}">${escapeHtml(en.ui.continueReading)}</a></p>
</main>`;
}

function widgetBody(config, siteUrl) {
  const attrs = { ...config.attrs };
  if (ATTRIBUTED.has(config.tag)) attrs['source-url'] = `${siteUrl}/share/article.html`;
  const written = Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  // Shown by the runtime only where the frame cannot grow to the widget's height (site/embed/fit.ts).
  const more = `<p class="continue" data-more-in-frame hidden><a href="${escapeHtml(`${siteUrl}/share/article.html`)}">${escapeHtml(en.ui.continueReading)}</a></p>`;
  return `<main>\n<${config.tag}${written} data-embed-widget="0"></${config.tag}>\n</main>\n${more}`;
}

/**
 * The go page of an external link an embed page shows. A link without one
 * stops the build: in WordPress it would lead readers to a missing page.
 */
function goPageFor(href, id) {
  const path = goPagePath(href);
  if (!path) throw new Error(`embed page ${id}: the link ${href} has no go page (site/build/go-pages.js externalLinks())`);
  return path;
}

/**
 * The whole HTML of one embed page.
 *
 * @param {object} options
 * @param {import('../configs.js').WidgetConfig} options.config  the widget (site/configs.js)
 * @param {string} options.siteUrl  the site's public base URL, no trailing slash
 * @param {boolean} [options.summary]  the short form of the article (embed/article-summary.html) instead of the config's widget
 * @returns {string}
 */
export function renderEmbedPage({ config, siteUrl, summary = false }) {
  const id = summary ? 'article-summary' : config.id;
  const shareId = summary ? 'article' : config.id;
  const body = summary ? summaryBody(siteUrl) : widgetBody(config, siteUrl);
  const { html: rendered, styleHashes, rendered: count } = renderPage(body, { lang: en.lang, structuredData: false });
  if (count === 0) throw new Error(`embed page ${id}: <${config.tag}> was not rendered`);

  const pageConfig = {
    tag: summary ? 'ms-article' : config.tag,
    siteUrl,
    go: Object.fromEntries(
      linksIn(rendered)
        .filter((href) => new URL(href).origin !== new URL(siteUrl).origin)
        .map((href) => [href, `${siteUrl}/${goPageFor(href, id)}`]),
    ),
    fallback: `${siteUrl}/share/${shareId}.html`,
  };
  // A data block, not a script: `<` escaped so no text in it can end the element.
  const configJson = JSON.stringify(pageConfig).replaceAll('<', '\\u003c');
  const hydrate = hydrateScript();
  const runtime = runtimeScript();
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(hydrate)} ${sha256(runtime)}`,
    `style-src ${[...styleHashes, sha256(PAGE_STYLE)].join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title = summary ? en.meta.title : config.title;

  return `<!doctype html>
<html lang="${escapeHtml(en.lang)}" dir="${escapeHtml(en.dir)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="canonical" href="${escapeHtml(`${siteUrl}/share/${shareId}.html`)}">
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(`${siteUrl}/oembed/${shareId}.json`)}" title="${escapeHtml(title)}">
<style>${PAGE_STYLE}</style>
${RENDER_WHEN_PARSED}
</head>
<body>
${rendered}
<script type="application/json" id="ms-embed">${configJson}</script>
<script type="module">${hydrate}</script>
<script type="module">${runtime}</script>
</body>
</html>
`;
}
