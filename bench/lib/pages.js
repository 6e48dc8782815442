// The benchmark's pages, written into bench/site/: for each scenario, one
// page per variant, all in the same host page (the same theme and footer).
// Scenarios and variants are data: a variant the build cannot make yet
// (deferred hydration before the renderer has the option) is reported as
// not available, never imitated.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultChoice, reservationCss, tagHtml } from '../../site/get-code/snippets.js';
import { builtTags, floor, loadRenderer } from './floor.js';
import { hydrationOptions } from './hydration.js';

export const SITE_DIR = fileURLToPath(new URL('../site/', import.meta.url));

const STUDIES = ['halt-ms', 'mesenchymal-stem-cells', 'systematic-review'];
const cards = (n) =>
  Array.from({ length: n }, (_, i) => ({ tag: 'ms-evidence-card', attrs: { study: STUDIES[i % STUDIES.length] } }));

/**
 * `widgets`: what the page holds, in order; `maxRuns`: a scenario with it
 * runs `--big-runs` iterations (10,000 cards take minutes each); `skip`:
 * variants not run for it, with the reason.
 */
export const SCENARIOS = [
  { id: 'article', label: 'whole article', widgets: [{ tag: 'ms-article', attrs: {} }] },
  { id: 'card', label: 'one card', widgets: cards(1) },
  { id: 'cards-200', label: '200 cards', widgets: cards(200) },
  {
    id: 'cards-10000',
    label: '10,000 cards',
    widgets: cards(10000),
    maxRuns: 2,
    timeout: 600_000,
    // One embed page per card would be 10,000 documents, each with the hydrate file inlined: no page embeds that.
    skip: {
      iframe: 'not run: 10,000 frames, one embed page per card, is not a page anyone makes',
      'cdn-snippet': 'not run: the same three reservation rules as 200 cards, for a page already measured without them',
    },
  },
];

/** The floor comes first: every other variant is a ratio to it. */
export const VARIANTS = [
  { id: 'static', label: 'static HTML (floor)', short: 'static' },
  { id: 'cdn', label: 'CDN file', short: 'CDN' },
  { id: 'cdn-snippet', label: 'CDN file, pasted as Get code gives it (fallback link, reserved height)', short: 'CDN snippet' },
  // `script`: the CDN file the page loads, as the Server rendering guide gives it for each mode.
  { id: 'ssr-deferred', label: 'server-rendered, deferred hydration', short: 'SSR deferred', hydration: 'deferred', script: 'ms-widgets-hydrate-loader.js' },
  { id: 'ssr-eager', label: 'server-rendered, eager hydration', short: 'SSR eager', hydration: 'eager', script: 'ms-widgets-hydrate.js' },
  // The deferred page without its script tag: what hydration's cost is measured against, apart from the shadow DOM's own.
  { id: 'ssr-markup', label: 'server-rendered markup alone, no script', short: 'SSR, no script', hydration: 'deferred', script: null },
  { id: 'iframe', label: 'iframe embed page (one per widget)', short: 'iframe' },
];

/** The host page: the same theme, the same footer text, for every variant. */
const HOST_CSS = `
:root { color-scheme: light; }
body { margin: 0; font: 1rem/1.6 'DejaVu Sans', sans-serif; color: #1f1f1f; background: #fff; }
body > main, body > footer { max-inline-size: 40rem; margin-inline: auto; padding: 1rem; }
body > footer { font-size: 0.875rem; border-block-start: 1px solid #ccc; }
iframe { display: block; inline-size: 100%; border: 0; }
`;
const FOOTER = '<footer><p>Example host page footer</p></footer>';
/** The frame's content width: the viewport less main's padding (measure.js VIEWPORT is 412 px wide). */
export const FRAME_WIDTH = 412 - 32;

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const markup = ({ tag, attrs }) =>
  `<${tag}${Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('')}></${tag}>`;

function page({ title, head = '', body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${head}
<style>${HOST_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * A CDN page's text is in the document once every widget has rendered (its
 * first update done); measure.js waits for this mark on pages that declare
 * it. Server-rendered and static pages have their text when parsing ends.
 */
const WAIT_FOR_WIDGETS = `<script>window.__benchTextMark = 'ms-rendered';</script>`;
// Every widget, also inside shadow roots, has finished its first update.
const READY_WIDGETS = (tags) => `<script>
(async () => {
  const tags = ${JSON.stringify(tags.join(','))};
  let els = [...document.querySelectorAll(tags)];
  await Promise.all([...new Set(els.map((e) => e.localName))].map((t) => customElements.whenDefined(t)));
  // Then the widgets inside their shadow roots (the article's parts), level by level.
  while (els.length) {
    await Promise.all(els.map((e) => e.updateComplete));
    els = els.flatMap((e) => (e.shadowRoot ? [...e.shadowRoot.querySelectorAll(tags)] : []));
  }
  performance.mark('ms-rendered');
})();
</script>`;

/** The site config (site/configs.js) of one widget: its embed page, share page and snippet. */
export const embedId = ({ tag, attrs }) => (tag === 'ms-article' ? 'article' : `study-${attrs.study}`);

/**
 * The CDN page as a blogger pastes it from the Get code page: each tag with
 * its fallback link inside, and the `:not(:defined)` rules that reserve its
 * height, with the heights measured at this page's width (what the
 * snippet's comment asks a page to do: "measure yours and adjust").
 */
function snippetPage({ title, scenario, origins, widgetHeights, tags, configById, configs }) {
  const site = { siteUrl: origins.pub, configs, benefitIds: [], integrity: {}, heights: widgetHeights };
  const choices = scenario.widgets.map((w) => defaultChoice(configById.get(embedId(w)), site));
  const rules = [...new Map(choices.map((c) => [c.id, reservationCss(c, site)])).values()];
  return page({
    title,
    head: `${WAIT_FOR_WIDGETS}\n<script type="module" src="${origins.cdn}/dist/cdn/ms-widgets.js"></script>\n${rules.join('\n')}`,
    body: `<main>${choices.map((c) => tagHtml(c, site)).join('\n')}</main>\n${FOOTER}\n${READY_WIDGETS(tags)}`,
  });
}

/**
 * Writes every page. `origins`: { site, cdn, pub }; `frameHeights`: px by
 * embed id (measured by the runner; 150 before that); `widgetHeights`: rem by
 * scenario and embed id, measured by the runner on each scenario's CDN page
 * (the snippet pages are written once it has them).
 * Resolves to { urls: { [scenario]: { [variant]: url } }, available: { [variant]: true | reason }, embeds: { id: url } }.
 */
export async function writePages({ origins, scenarios = SCENARIOS, frameHeights = {}, widgetHeights }) {
  const { renderWidgets } = await loadRenderer();
  const hydration = hydrationOptions(renderWidgets);
  const available = Object.fromEntries(
    VARIANTS.map((v) => [v.id, v.hydration && !hydration[v.hydration] ? hydration.reasons[v.hydration] : true]),
  );
  // Imported here, not above: they load dist/ssr, which run.js first checks is built.
  const { renderEmbedPage } = await import('../../site/build/embed-page.js');
  const { configById, configs } = await import('../../site/configs.js');
  const tags = await builtTags();

  rmSync(SITE_DIR, { recursive: true, force: true });
  mkdirSync(`${SITE_DIR}embed/`, { recursive: true });
  const embeds = {};
  for (const id of new Set(scenarios.flatMap((s) => s.widgets.map(embedId)))) {
    // The page as `npm run build:site` writes it, served from the publisher's origin.
    writeFileSync(`${SITE_DIR}embed/${id}.html`, renderEmbedPage({ config: configById.get(id), siteUrl: origins.pub }));
    embeds[id] = `${origins.pub}/bench/site/embed/${id}.html`;
  }

  const urls = {};
  for (const scenario of scenarios) {
    const dir = `${SITE_DIR}${scenario.id}/`;
    mkdirSync(dir, { recursive: true });
    const title = `Benchmark: ${scenario.label}`;
    const tagsHtml = scenario.widgets.map(markup).join('\n');
    const files = {};

    const flat = await floor(tagsHtml);
    files.static = page({ title, head: `<style>\n${flat.css}\n</style>`, body: `<main>${flat.html}</main>\n${FOOTER}` });

    files.cdn = page({
      title,
      head: `${WAIT_FOR_WIDGETS}\n<script type="module" src="${origins.cdn}/dist/cdn/ms-widgets.js"></script>`,
      body: `<main>${tagsHtml}</main>\n${FOOTER}\n${READY_WIDGETS(tags)}`,
    });
    const ssrSource = (script) =>
      page({
        title,
        head: script ? `<script type="module" src="${origins.cdn}/dist/cdn/${script}"></script>` : '',
        body: `<main>${tagsHtml}</main>\n${FOOTER}`,
      });
    for (const v of VARIANTS.filter((x) => x.hydration && available[x.id] === true)) {
      files[v.id] = renderWidgets(ssrSource(v.script), { ...hydration[v.hydration], maxOutputBytes: Infinity });
    }

    if (widgetHeights?.[scenario.id] && !scenario.skip?.['cdn-snippet']) {
      files['cdn-snippet'] = snippetPage({ title, scenario, origins, widgetHeights: widgetHeights[scenario.id], tags, configById, configs });
    }

    if (!scenario.skip?.iframe) files.iframe = page({
      title,
      body: `<main>${scenario.widgets
        .map((w) => {
          const id = embedId(w);
          return `<iframe src="${embeds[id]}" title="${esc(configById.get(id).title)}" height="${frameHeights[id] ?? 150}"></iframe>`;
        })
        .join('\n')}</main>\n${FOOTER}`,
    });

    urls[scenario.id] = {};
    for (const [v, text] of Object.entries(files)) {
      writeFileSync(`${dir}${v}.html`, text);
      urls[scenario.id][v] = `${origins.site}/bench/site/${scenario.id}/${v}.html`;
    }
  }
  return { urls, available, embeds };
}
