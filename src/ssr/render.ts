// The DOM shim first: the element modules below call customElements.define,
// which Node does not have.
import './dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../index.js';
import { registerContent } from '../content/registry.js';
import { MsElement } from '../shared/ms-element.js';
import { MsElementRenderer, withLangContext } from './element-renderer.js';
import { findWidgets, type FoundWidget } from './find-widgets.js';
import { structuredDataScript } from './structured-data.js';
import { styleHashes } from './csp.js';

export interface RenderOptions {
  /**
   * Language of widgets that have no `lang` attribute on or around them in
   * the input, e.g. a fragment without `<html lang>`. Default `en`.
   */
  lang?: string;
  /**
   * Content packs to register before rendering, by locale, exactly as
   * `registerContent(locale, pack)` in the browser (and checked the same
   * way). Register the same packs on the page, or hydration keeps the
   * server's text.
   */
  content?: Record<string, unknown>;
  /**
   * Write the page's schema.org `MedicalWebPage` (JSON-LD, see
   * `medicalWebPage()`) into a page that contains `<ms-article>`: before
   * `</head>`, or after the article when the input has no head. Default true.
   */
  structuredData?: boolean;
}

export interface RenderReport {
  /** The page with every widget expanded. */
  html: string;
  /** How many ms-* elements of the input were rendered (composed ones not counted). */
  rendered: number;
  /** Whether structured data was added. */
  structuredData: boolean;
  /**
   * The `style-src` sources (`'sha256-…'`) that allow the inline styles of the
   * widgets rendered here, for a Content-Security-Policy without
   * `'unsafe-inline'` (see `styleHashes`). The page's own styles are not in it.
   */
  styleHashes: string[];
}

const isWidget = (tag: string): boolean => {
  const ctor = customElements.get(tag);
  return ctor !== undefined && ctor.prototype instanceof MsElement;
};

/** Tags already reported as not ours, so a site build warns once per tag. */
const unknownWarned = new Set<string>();

/**
 * @lit-labs/ssr wraps the whole result in the markers of the template it was
 * given. That template exists only here, never in the browser, so nothing
 * will hydrate against them: drop them and keep the page clean. The markers
 * inside the element's shadow root stay; hydration needs them.
 */
function stripOuterMarkers(result: string): string {
  return (
    result
      .replace(/^<!--lit-part [^>]*-->/, '')
      .replace(/<!--\/lit-part-->$/, '')
      // Lit writes the host's attributes anew and leaves the spaces that held
      // the originals: one space is enough.
      .replace(/^(<ms-[a-z0-9-]+)\s+/, '$1 ')
  );
}

function renderWidget(source: string, widget: FoundWidget): string {
  const hostStack: MsElementRenderer[] = [];
  const queue = [...widget.langs];
  const nextLang = (tag: string): string => {
    const next = queue.shift();
    // Lit and parse5 read the same markup the same way; if they ever differ,
    // the outer element's language is the best guess.
    return next && next.tag === tag ? next.lang : widget.langs[0].lang;
  };
  const slice = source.slice(widget.start, widget.end);
  return withLangContext({ hostStack, nextLang }, () =>
    stripOuterMarkers(
      collectResultSync(
        // The author's own markup, untouched, as a static template: Lit's
        // server renderer expands each ms-* element in it and copies the rest.
        render(html`${unsafeStatic(slice)}`, {
          elementRenderers: [MsElementRenderer],
          customElementHostStack: hostStack,
        }),
      ),
    ),
  );
}

/**
 * Like `renderWidgets`, and also says how many widgets were rendered.
 */
export function renderPage(input: string, options: RenderOptions = {}): RenderReport {
  const source = String(input);
  for (const [locale, pack] of Object.entries(options.content ?? {})) registerContent(locale, pack);
  const { widgets, unknown, headEnd, hasStructuredData } = findWidgets(source, isWidget, options.lang || 'en');
  for (const tag of unknown) {
    if (unknownWarned.has(tag)) continue;
    unknownWarned.add(tag);
    console.warn(`<${tag}> is not an ms-stem-cell-widgets element; left as it was.`);
  }
  // The first article of the page, described for search engines, once.
  const article = options.structuredData === false || hasStructuredData ? undefined : widgets.find((w) => w.tag === 'ms-article');
  const script = article && structuredDataScript({ lang: article.langs[0].lang, reviewed: article.attrs.reviewed });
  const at = script ? (headEnd ?? article.end) : -1;
  let out = '';
  let from = 0;
  let rendered = 0;
  let widgetsHtml = '';
  const upTo = (end: number) => {
    if (at >= from && at <= end) out += source.slice(from, at) + script + source.slice(at, end);
    else out += source.slice(from, end);
  };
  for (const widget of widgets) {
    upTo(widget.start);
    try {
      const html = renderWidget(source, widget);
      out += html;
      widgetsHtml += html;
      rendered++;
    } catch (e) {
      // Never lose the author's markup: the browser can still render the tag.
      console.warn(`<${widget.tag}> could not be rendered on the server (${(e as Error).message}); left as it was.`);
      out += source.slice(widget.start, widget.end);
    }
    from = widget.end;
  }
  upTo(source.length);
  return { html: out, rendered, structuredData: !!script, styleHashes: styleHashes(widgetsHtml) };
}

/**
 * Returns the HTML page or fragment with every ms-* element expanded into
 * declarative shadow DOM (`<template shadowrootmode="open">`), the way the
 * browser would render it: content for the nearest `lang`, every attribute
 * honoured, composed elements marked `defer-hydration`. Everything else in
 * the input is returned byte for byte.
 *
 * Bad attribute values warn with `console.warn` (stderr in Node) exactly as
 * in the browser, and the tag keeps its attributes as written.
 */
export function renderWidgets(source: string, options: RenderOptions = {}): string {
  return renderPage(source, options).html;
}
