// Writes the benchmark pages into bench/site/: for each scenario, one page per
// variant, all showing the same text in the same host page.
//
//   static  the article as plain HTML from content/en.json (static-html.js)
//   cdn     the ms-* tags and dist/cdn/ms-widgets.js from the "CDN" origin
//   ssr     the same tags expanded by renderWidgets (declarative shadow DOM),
//           hydrated by dist/cdn/ms-widgets-hydrate.js
//   iframe  an <iframe> of the publisher's page that shows the article
//           (embed.html: the static markup, on a third origin)
//
// Every page sets the performance mark `ms-rendered` when its content is
// there: static at the end of parsing, cdn/ssr when every ms-* element
// (including those inside shadow roots) has finished its first update, iframe
// when the frame has loaded.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as S from './static-html.js';

export const SITE_DIR = fileURLToPath(new URL('../site/', import.meta.url));
export const SCENARIOS = ['article', 'card', 'cards200'];
export const VARIANTS = ['static', 'cdn', 'ssr', 'iframe'];
export const SCENARIO_LABEL = { article: 'whole article', card: 'one evidence card', cards200: '200 evidence cards' };
export const VARIANT_LABEL = {
  static: 'static HTML',
  cdn: 'widgets (CDN file)',
  ssr: 'widgets (server-rendered + hydrate)',
  iframe: 'iframe embed',
};

const STUDIES = S.pack.evidence.items.map((s) => s.id);
const cardStudies = (n) => Array.from({ length: n }, (_, i) => STUDIES[i % STUDIES.length]);

/** The widget markup of each scenario, and its static equivalent. */
const CONTENT = {
  article: { tags: () => '<ms-article></ms-article>', html: () => S.article(S.pack, 2) },
  card: {
    tags: () => '<ms-evidence-card study="halt-ms"></ms-evidence-card>',
    html: () => S.evidenceCard(S.pack, 'halt-ms', 2, { standalone: true }),
  },
  cards200: {
    tags: () => cardStudies(200).map((id) => `<ms-evidence-card study="${id}"></ms-evidence-card>`).join('\n'),
    html: () => cardStudies(200).map((id) => S.evidenceCard(S.pack, id, 2, { standalone: true })).join('\n'),
  },
};

/** The host page: the same theme, the same footer text, for every variant. */
const HOST_CSS = `
:root { color-scheme: light; }
body { margin: 0; font: 1rem/1.6 'DejaVu Sans', sans-serif; color: #1f1f1f; background: #fff; }
body > main, body > footer { max-inline-size: 40rem; margin-inline: auto; padding: 1rem; }
body > footer { font-size: 0.875rem; border-block-start: 1px solid #ccc; }
iframe { display: block; inline-size: 100%; border: 0; }
`;
const FOOTER = '<footer><p>Example host page footer</p></footer>';

// Waits for every ms-* element, also inside shadow roots, to be defined and
// to finish its first update (hydration, on a server-rendered page). The tag
// list is a native selector, so the wait itself costs next to nothing.
// The tags come from custom-elements.json, which the build writes.
const TAGS = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'))
  .modules.flatMap((m) => m.declarations ?? [])
  .map((d) => d.tagName)
  .filter((t) => t?.startsWith('ms-'));
const READY_WIDGETS = `<script>
(async () => {
  const tags = ${JSON.stringify(TAGS.join(','))};
  let els = [...document.querySelectorAll(tags)];
  await Promise.all([...new Set(els.map((e) => e.localName))].map((t) => customElements.whenDefined(t)));
  while (els.length) {
    await Promise.all(els.map((e) => e.updateComplete));
    els = els.flatMap((e) => (e.shadowRoot ? [...e.shadowRoot.querySelectorAll(tags)] : []));
  }
  performance.mark('ms-rendered');
})();
</script>`;
const READY_STATIC = `<script>performance.mark('ms-rendered')</script>`;

function page({ title, head = '', after = '', body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${head}
<style>${HOST_CSS}</style>${after}
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * Writes every page. `origins`: { site, cdn, pub }; `reserve`: CSS for the
 * cdn pages' :not(:defined) space; `iframeHeight`: px per scenario.
 * Returns { [scenario]: { [variant]: url } }.
 */
export async function writePages({ origins, reserve = {}, iframeHeight = {}, renderWidgets }) {
  rmSync(SITE_DIR, { recursive: true, force: true });
  const urls = {};
  for (const scenario of SCENARIOS) {
    const dir = `${SITE_DIR}${scenario}/`;
    mkdirSync(dir, { recursive: true });
    const path = (f) => `/bench/site/${scenario}/${f}`;
    const title = `Benchmark: ${SCENARIO_LABEL[scenario]}`;
    const { tags, html } = CONTENT[scenario];
    const files = {};

    files['static.html'] = page({
      title,
      head: `<style>${S.css}</style>`,
      body: `<main>${html()}</main>\n${FOOTER}\n${READY_STATIC}`,
    });

    const widgetsPage = (script, extraCss) =>
      page({
        title,
        head: `<script type="module" src="${origins.cdn}/dist/cdn/${script}"></script>${extraCss ? `\n<style>${extraCss}</style>` : ''}`,
        body: `<main>${tags()}</main>\n${FOOTER}\n${READY_WIDGETS}`,
      });
    files['cdn.html'] = widgetsPage('ms-widgets.js', reserve[scenario]);
    // Server-rendered: no :not(:defined) rule (see README, Server rendering).
    files['ssr.html'] = renderWidgets(widgetsPage('ms-widgets-hydrate.js'));

    // The publisher's page inside the frame: the same markup and styles, no host chrome.
    files['embed.html'] = page({
      title: `Embed: ${SCENARIO_LABEL[scenario]}`,
      head: `<style>${S.css}</style>`,
      after: '<style>body > main { padding: 0; }</style>',
      body: `<main>${html()}</main>`,
    });
    // Before calibration: tall enough that the frame never scrolls (a scrollbar would narrow the text).
    const height = iframeHeight[scenario] ?? 200000;
    files['iframe.html'] = page({
      title,
      body: `<main><iframe src="${origins.pub}${path('embed.html')}" title="${SCENARIO_LABEL[scenario]}" height="${height}" onload="performance.mark('ms-rendered')"></iframe></main>\n${FOOTER}`,
    });

    for (const [f, text] of Object.entries(files)) writeFileSync(dir + f, text);
    urls[scenario] = Object.fromEntries(VARIANTS.map((v) => [v, `${origins.site}${path(`${v}.html`)}`]));
  }
  return urls;
}
