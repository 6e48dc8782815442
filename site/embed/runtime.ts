/**
 * The script of every embed page (site/build/embed-page.js bundles it with
 * esbuild and inlines it): applies the query parameters, keeps the frame's
 * height in step with the content and makes links work in the frame.
 *
 * What the page itself must tell it sits in a JSON data block,
 * `<script type="application/json" id="ms-embed">`, so this script is the
 * same on every page (and its CSP hash with it).
 */
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
  if (options.lang) document.documentElement.lang = options.lang;
}

/**
 * Attributes on the widgets, once they have hydrated: hydration adopts the
 * server's markup as rendered for the attributes it was rendered with, so a
 * change before it would leave the old markup in place.
 */
async function applyToWidgets(options: EmbedOptions): Promise<void> {
  const { headingLevel, layout, benefits } = options;
  if (headingLevel) {
    for (const heading of document.querySelectorAll<HTMLElement>('[data-heading-offset]')) {
      heading.setAttribute('aria-level', String(Math.min(6, headingLevel + Number(heading.dataset.headingOffset))));
    }
  }
  for (const widget of document.querySelectorAll<Widget>('[data-embed-widget]')) {
    const offset = Number(widget.dataset.embedWidget) || 0;
    await customElements.whenDefined(widget.localName);
    await widget.updateComplete;
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
