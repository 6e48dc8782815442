// What the Get code page hands out: one function per snippet kind, from the
// chosen widget and options. Plain JavaScript with no DOM, so the page
// (bundled by esbuild), the site build (the no-JavaScript defaults) and the
// Node tests all produce the very same text.

/**
 * @typedef {import('../configs.js').WidgetConfig} WidgetConfig
 *
 * @typedef {object} Choice  what the reader picked on the page
 * @property {string} id            a configs.js id
 * @property {number} headingLevel  1..6 (2 is the elements' default)
 * @property {'list' | 'grid'} layout  the benefit list's layout
 * @property {string[]} benefits    the benefit list's ids, in order (all of them = the default)
 * @property {string} lang          a locale tag (only en ships)
 * @property {'auto' | 'light' | 'dark'} scheme
 * @property {string} accent        '' (the widget's own) or '#rrggbb'
 * @property {'solid' | 'transparent'} background  iframe only
 * @property {string} font          sans | serif | system | mono | a font family name; iframe only
 * @property {number} size          text size in px, 12..24; iframe only
 *
 * @typedef {object} Site  what the page knows about this build
 * @property {string} siteUrl       SITE_URL, no trailing slash
 * @property {Record<string, string>} integrity  dist/cdn/integrity.json
 * @property {WidgetConfig[]} configs
 * @property {string[]} benefitIds  every benefit id, in the article's order
 * @property {Record<string, number>} heights  estimated height in rem per config id
 */

export const DEFAULT_LEVEL = 2;
export const DEFAULT_SIZE = 16;
/** The height an iframe gets before (or without) the resizer: it scrolls beyond it. */
export const DEFAULT_IFRAME_HEIGHT = 600;

/** The choice a config starts from. */
export function defaultChoice(config, site) {
  return {
    id: config.id,
    headingLevel: DEFAULT_LEVEL,
    layout: config.attrs.layout === 'grid' ? 'grid' : 'list',
    benefits: [...site.benefitIds],
    lang: 'en',
    scheme: 'auto',
    accent: '',
    background: 'solid',
    font: 'sans',
    size: DEFAULT_SIZE,
  };
}

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const configOf = (choice, site) => {
  const config = site.configs.find((c) => c.id === choice.id);
  if (!config) throw new Error(`Get code: unknown widget "${choice.id}"; known: ${site.configs.map((c) => c.id).join(', ')}`);
  return config;
};

const isBenefitList = (config) => config.tag === 'ms-benefit-list';
const allBenefits = (choice, site) => choice.benefits.join(' ') === site.benefitIds.join(' ');

/** The tag's attributes, in a stable order, leaving out the elements' defaults. */
export function tagAttributes(choice, site) {
  const config = configOf(choice, site);
  const attrs = { ...config.attrs };
  if (isBenefitList(config)) {
    if (choice.layout === 'grid') attrs.layout = 'grid';
    else delete attrs.layout;
    if (!allBenefits(choice, site)) attrs.benefits = choice.benefits.join(' ');
  }
  if (choice.headingLevel !== DEFAULT_LEVEL) attrs['heading-level'] = String(choice.headingLevel);
  if (choice.lang !== 'en') attrs.lang = choice.lang;
  return attrs;
}

/**
 * The published page that shows what the tag shows: the config with the same
 * tag and the same id-like attributes (so the benefit list in a grid links
 * to benefits-grid, not benefits).
 */
export function shareConfig(choice, site) {
  const config = configOf(choice, site);
  const attrs = tagAttributes(choice, site);
  const same = site.configs.find(
    (c) => c.tag === config.tag && Object.entries(c.attrs).every(([k, v]) => attrs[k] === v) && (attrs.layout ?? '') === (c.attrs.layout ?? ''),
  );
  return same ?? config;
}

export const shareUrl = (choice, site) => `${site.siteUrl}/share/${shareConfig(choice, site).id}.html`;

/** The embed page's query string (with its "?"), only the parameters that differ from the embed page's defaults. */
export function embedQuery(choice, site) {
  const config = configOf(choice, site);
  const params = new URLSearchParams();
  if (choice.scheme !== 'auto') params.set('scheme', choice.scheme);
  if (choice.accent) params.set('accent', choice.accent.replace(/^#/, ''));
  if (choice.background !== 'solid') params.set('background', choice.background);
  if (choice.font !== 'sans') params.set('font', choice.font);
  if (choice.size !== DEFAULT_SIZE) params.set('size', String(choice.size));
  if (choice.headingLevel !== DEFAULT_LEVEL) params.set('heading-level', String(choice.headingLevel));
  if (choice.lang !== 'en') params.set('lang', choice.lang);
  if (isBenefitList(config)) {
    if (choice.layout !== (config.attrs.layout ?? 'list')) params.set('layout', choice.layout);
    if (!allBenefits(choice, site)) params.set('benefits', choice.benefits.join(' '));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The embed page's path relative to the site root (the preview uses it). */
export const embedPath = (choice, site) => `embed/${choice.id}.html${embedQuery(choice, site)}`;

const attributeText = (attrs) =>
  Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');

/**
 * The tag's inline style: only the accent. A tag takes its colour scheme,
 * text colour, font, size and background from the host page (forcing a
 * scheme there would pair the host's text colour with the other scheme's
 * accent), so those options are the iframe's.
 */
const tagStyle = (choice) => (choice.accent ? ` style="--ms-color-accent: ${choice.accent}"` : '');

/** The fallback inside the tag: the widget's heading as a link to its share page, at the chosen heading level. */
export function fallbackHtml(choice, site) {
  const level = choice.headingLevel;
  return `<h${level}><a href="${escapeHtml(shareUrl(choice, site))}">${escapeHtml(shareConfig(choice, site).title)}</a></h${level}>`;
}

/** The tag with its fallback inside. */
export function tagHtml(choice, site) {
  const config = configOf(choice, site);
  return `<${config.tag}${attributeText(tagAttributes(choice, site))}${tagStyle(choice)}>\n  ${fallbackHtml(choice, site)}\n</${config.tag}>`;
}

/** The selector the reservation rule uses: the tag and its id-like attributes. */
function reservationSelector(choice, site) {
  const config = configOf(choice, site);
  const attrs = tagAttributes(choice, site);
  const keys = ['name', 'study', 'layout'].filter((k) => k in attrs);
  return `${config.tag}${keys.map((k) => `[${k}="${escapeHtml(attrs[k])}"]`).join('')}:not(:defined)`;
}

/** The `:not(:defined)` rule that keeps the widget's space until its script runs. */
export function reservationCss(choice, site) {
  const rem = site.heights[shareConfig(choice, site).id] ?? site.heights[choice.id];
  return [
    '<style>',
    `  /* Keeps the widget's space until its script has run, so nothing below it moves.`,
    `     ${rem}rem is an estimate for a column about 40rem wide: measure yours and adjust.`,
    // Attribution once per page (issue 18): the full line is taller than the link.
    `     With several widgets on one page, all but the last show a one-line link instead of`,
    `     the full attribution, so measure each on that page. */`,
    // flow-root: the fallback heading's margins stay inside the box instead of moving it.
    `  ${reservationSelector(choice, site)} { display: flow-root; min-block-size: ${rem}rem; }`,
    // The space a rendered widget keeps below itself (tokens.styles.ts), kept from the start.
    `  ${reservationSelector(choice, site)}:not(:last-child) { margin-block-end: var(--ms-space, 1rem); }`,
    '</style>',
  ].join('\n');
}

const sri = (site, file) => {
  const value = site.integrity[file];
  if (!value) throw new Error(`Get code: integrity.json has no entry for ${file}`);
  return value;
};

/** (a) The module script, with Subresource Integrity, then the tag. */
export const moduleSnippet = (choice, site) =>
  [
    reservationCss(choice, site),
    `<script type="module" src="${site.siteUrl}/cdn/ms-widgets.js"`,
    `  integrity="${sri(site, 'ms-widgets.js')}" crossorigin="anonymous"></script>`,
    tagHtml(choice, site),
  ].join('\n');

/** (b) The classic script (for CMSs that strip type="module"), then the tag. */
export const classicSnippet = (choice, site) =>
  [
    reservationCss(choice, site),
    `<script defer src="${site.siteUrl}/cdn/ms-widgets.iife.js"`,
    `  integrity="${sri(site, 'ms-widgets.iife.js')}" crossorigin="anonymous"></script>`,
    tagHtml(choice, site),
  ].join('\n');

const iframeTag = (choice, site, extra) => {
  const title = shareConfig(choice, site).title;
  return `<iframe src="${escapeHtml(`${site.siteUrl}/${embedPath(choice, site)}`)}" title="${escapeHtml(title)}" width="100%" height="${DEFAULT_IFRAME_HEIGHT}" style="width: 100%; border: 0;"${extra}></iframe>`;
};

/** (c) The iframe alone: a fixed height, and it scrolls beyond that. */
export const iframeSnippet = (choice, site) => iframeTag(choice, site, '');

/** (c') The iframe that the resizer sizes to its content. */
export const iframeResizerSnippet = (choice, site) =>
  [
    iframeTag(choice, site, ' data-ms-widgets-resize'),
    `<script defer src="${site.siteUrl}/cdn/ms-widgets-resizer.js"`,
    `  integrity="${sri(site, 'ms-widgets-resizer.js')}" crossorigin="anonymous"></script>`,
  ].join('\n');

/** (d) The share page's address: pasted on its own line, CMSs with oEmbed (WordPress, Ghost, Discourse…) embed it. */
export const shareUrlSnippet = (choice, site) => shareUrl(choice, site);

/** MsBenefitList from ms-benefit-list: the class names scripts/build/gen-react.js gives the React components. */
export const reactName = (tag) =>
  tag
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** (e) React: the package's component for the element, with the same attributes as props. */
export function reactSnippet(choice, site) {
  const config = configOf(choice, site);
  const name = reactName(config.tag);
  const props = Object.entries(tagAttributes(choice, site))
    .map(([key, value]) => (key === 'heading-level' ? ` headingLevel={${value}}` : ` ${camel(key)}="${escapeHtml(value)}"`))
    .join('');
  const styleProp = choice.accent ? ` style={{ '--ms-color-accent': '${choice.accent}' }}` : '';
  return [
    '// npm install ms-stem-cell-widgets react react-dom',
    `import { ${name} } from 'ms-stem-cell-widgets/react';`,
    '',
    'export function Widget() {',
    `  return <${name}${props}${styleProp} />;`,
    '}',
  ].join('\n');
}

/** (f) Server rendering: the tag becomes HTML that shows before (and without) any script; the hydrate file takes it over. */
export function commandSnippet(choice, site) {
  const config = configOf(choice, site);
  return [
    '# 1. In page.html, where the widget goes (no :not(:defined) rule: the rendered widget already has its size):',
    `#    <${config.tag}${attributeText(tagAttributes(choice, site))}${tagStyle(choice)}></${config.tag}>`,
    `#    <script type="module" src="${site.siteUrl}/cdn/ms-widgets-hydrate-loader.js"`,
    `#      integrity="${sri(site, 'ms-widgets-hydrate-loader.js')}" crossorigin="anonymous"></script>`,
    '# 2. Render it in place:',
    'npx -p ms-stem-cell-widgets ms-widgets render page.html -o page.html',
  ].join('\n');
}

/** Every snippet kind, in the order the page shows them. */
export const SNIPPETS = [
  { kind: 'module', make: moduleSnippet },
  { kind: 'classic', make: classicSnippet },
  { kind: 'iframe', make: iframeSnippet },
  { kind: 'iframe-resizer', make: iframeResizerSnippet },
  { kind: 'share-url', make: shareUrlSnippet },
  { kind: 'react', make: reactSnippet },
  { kind: 'command', make: commandSnippet },
];
