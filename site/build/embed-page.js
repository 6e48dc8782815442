// PLACEHOLDER, to be replaced at merge by the embed helper's embed-page.js
// (issue 17, branch i17-embed): the real one adds the strict CSP, the inlined
// hydrate file and runtime (query parameters, auto-height, links) and the
// short article form. This one only server-renders the widget in a bare page,
// so buildSite() and its tests have every file in place meanwhile.
// Agreed signature: renderEmbedPage({ config, siteUrl, summary = false }) => Promise<string> | string.
import { escapeHtml } from './escape.js';
import { loadRenderer, widgetMarkup } from './renderer.js';
import { oembedLink } from './share-page.js';
import { en } from './words.js';

export async function renderEmbedPage({ config, siteUrl, summary = false }) {
  const { renderPage } = await loadRenderer();
  const widget = renderPage(widgetMarkup(config), { lang: en.lang });
  const title = escapeHtml(config.title);
  const more = summary ? `\n<p><a href="../share/article.html" target="_blank" rel="noopener">${escapeHtml(en.ui.readWholeArticle)}</a></p>` : '';
  return `<!doctype html>
<html lang="${escapeHtml(en.lang)}" dir="${escapeHtml(en.dir)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${oembedLink(config, siteUrl)}
<meta name="color-scheme" content="light dark">
</head>
<body>
${widget.html}${more}
</body>
</html>
`;
}
