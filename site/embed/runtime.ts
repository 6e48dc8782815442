/**
 * The script of every embed page (site/build/embed-page.js bundles it with
 * esbuild and inlines it): applies the query parameters, keeps the frame's
 * height in step with the content and makes links work in the frame.
 *
 * What the page itself must tell it sits in a JSON data block,
 * `<script type="application/json" id="ms-embed">`, so this script is the
 * same on every page (and its CSP hash with it).
 */
import { TAGS } from '../../src/shared/tags.js';
import { fitHeight } from './fit.js';
import { startAutoHeight, wordPressSecret } from './height.js';
import { handleLinks, type LinkConfig } from './links.js';
import { DEFAULTS, readOptions, type EmbedOptions } from './options.js';

interface PageConfig extends LinkConfig {
  /** The tag of the page's widget (on the summary page, the tag the parameters are checked for). */
  tag: string;
}

type Widget = HTMLElement & { updateComplete?: Promise<unknown> };

function applyToRoot(options: EmbedOptions): void {
  const root = document.documentElement.style;
  // CSSOM, not a style attribute: the values are our own tokens, and the
  // page's CSP (no 'unsafe-inline') allows this and nothing written inline.
  if (options.scheme !== 'auto') root.colorScheme = options.scheme;
  if (options.accent) root.setProperty('--ms-color-accent', options.accent);
  if (options.background === 'transparent') root.background = 'transparent';
  if (options.fontFamily !== DEFAULTS.fontFamily) root.fontFamily = options.fontFamily;
  if (options.size !== DEFAULTS.size) root.fontSize = `${options.size}px`;
}

/**
 * Once `widget` has hydrated, and every widget inside it too (the article's
 * parts, which wake after it, each in a task of its own): a widget still
 * waiting adopts the server's markup as it is, so what changed before then
 * would stay unshown, or be found not to match and rendered afresh with a
 * warning.
 */
async function hydrated(widget: Widget): Promise<void> {
  await customElements.whenDefined(widget.localName);
  await widget.updateComplete;
  const inner = widget.shadowRoot?.querySelectorAll<Widget>(TAGS.join()) ?? [];
  await Promise.all([...inner].map(hydrated));
}

/**
 * The language and the widgets' attributes, once the widgets have hydrated
 * (see `hydrated`): the article's `heading-level` reaches its parts as they
 * render, and `lang` the language each widget marks its text with.
 */
async function applyToWidgets(options: EmbedOptions): Promise<void> {
  const { headingLevel, layout, benefits, lang } = options;
  if (headingLevel) {
    for (const heading of document.querySelectorAll<HTMLElement>('[data-heading-offset]')) {
      heading.setAttribute('aria-level', String(Math.min(6, headingLevel + Number(heading.dataset.headingOffset))));
    }
  }
  const widgets = [...document.querySelectorAll<Widget>('[data-embed-widget]')];
  await Promise.all(widgets.map(hydrated));
  if (lang) document.documentElement.lang = lang;
  for (const widget of widgets) {
    const offset = Number(widget.dataset.embedWidget) || 0;
    if (headingLevel) widget.setAttribute('heading-level', String(Math.min(6, headingLevel + offset)));
    if (layout) widget.setAttribute('layout', layout);
    if (benefits) widget.setAttribute('benefits', benefits);
  }
}

function readPageConfig(): PageConfig | undefined {
  try {
    return JSON.parse(document.getElementById('ms-embed')?.textContent ?? '') as PageConfig;
  } catch {
    console.warn('ms-widgets embed: the page has no readable #ms-embed configuration; links and parameters are left as they are.');
    return undefined;
  }
}

const config = readPageConfig();
const secret = wordPressSecret(location.hash);
if (config) {
  const options = readOptions(location.search, config.tag, (message) => console.warn(message));
  applyToRoot(options);
  void applyToWidgets(options);
  handleLinks(config, secret);
}
if (secret) fitHeight();
startAutoHeight(secret);
