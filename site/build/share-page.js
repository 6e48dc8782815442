// The share page of one widget configuration: _site/share/<id>.html. A page a
// reader can open and a blogger can paste: on its own line in WordPress,
// Ghost or Discourse it becomes the embed (oEmbed discovery link); in Slack or
// Notion a card (Open Graph and Twitter card meta).
import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.js';
import { loadRenderer, widgetMarkup } from './renderer.js';
import { absoluteUrl } from './site-url.js';
import { describe, en } from './words.js';

/** The oEmbed provider name, and the site name of the social cards. */
export const SITE_NAME = 'ms-stem-cell-widgets';

const PAGE_STYLE = `:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{margin:0}
main{box-sizing:border-box;max-width:48rem;margin:0 auto;padding:1.5rem 1rem 3rem}
.whole-article{margin-top:2rem;font-size:1.125rem}`;

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The `<link>` that lets oEmbed consumers find a config's JSON; embed pages carry it too. */
export const oembedLink = (config, siteUrl) =>
  `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(absoluteUrl(siteUrl, `oembed/${config.id}.json`))}" title="${escapeHtml(config.title)}">`;

/**
 * The share page's HTML: the widget server-rendered (readable with
 * JavaScript off) and hydrated by the hydrate CDN file, a link to the whole
 * article, and the meta that consumers read, every URL in it absolute on
 * `siteUrl`. A strict CSP: scripts only from the site, styles only the
 * widgets' own and the page's.
 */
export async function renderSharePage({ config, siteUrl, pack = en }) {
  const { renderPage } = await loadRenderer();
  // The widget's heading is the page's heading.
  const widget = renderPage(widgetMarkup(config, { 'heading-level': 1 }), { lang: pack.lang });
  if (widget.rendered !== 1) throw new Error(`share page "${config.id}": <${config.tag}> did not render on the server`);
  const url = absoluteUrl(siteUrl, `share/${config.id}.html`);
  const title = escapeHtml(config.title);
  const description = escapeHtml(describe(config, pack));
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${[...widget.styleHashes, sha256(PAGE_STYLE)].join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const wholeArticle =
    config.id === 'article' ? '' : `\n<p class="whole-article"><a href="article.html">${escapeHtml(pack.ui.readWholeArticle)}</a></p>`;
  return `<!doctype html>
<html lang="${escapeHtml(pack.lang)}" dir="${escapeHtml(pack.dir)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<title>${title}</title>
<meta name="description" content="${description}">
<link rel="canonical" href="${escapeHtml(url)}">
${oembedLink(config, siteUrl)}
<meta property="og:type" content="article">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${escapeHtml(url)}">
<meta property="og:site_name" content="${SITE_NAME}">
<meta property="og:locale" content="${escapeHtml(pack.lang)}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${description}">
<meta name="color-scheme" content="light dark">
<style>${PAGE_STYLE}</style>
<script type="module" src="../cdn/ms-widgets-hydrate-loader.js"></script>
</head>
<body>
<main>
${widget.html}${wholeArticle}
</main>
</body>
</html>
`;
}
