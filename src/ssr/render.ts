// The DOM shim first: the element modules below call customElements.define,
// which Node does not have.
import './dom-shim.js';
import { render } from '@lit-labs/ssr';
import '../index.js';
import { withPacks } from '../content/store.js';
import { MsElement, forgetMissingPacks } from '../shared/ms-element.js';
import { planAttribution, type AttributionPlan } from './attribution-plan.js';
import { authorTemplate } from './author-template.js';
import { MsElementRenderer, withLangContext } from './element-renderer.js';
import { findWidgets, type FoundWidget } from './find-widgets.js';
import { CappedOutput, OutputLimitError } from './output-limit.js';
import { scopedPacks } from './scoped-packs.js';
import { structuredDataScript } from './structured-data.js';
import { styleHashes } from './csp.js';

export interface RenderOptions {
  /**
   * Language of widgets that have no `lang` attribute on or around them in
   * the input, e.g. a fragment without `<html lang>`. Default `en`.
   */
  lang?: string;
  /**
   * Content packs for this call only, by locale, checked as
   * `registerContent(locale, pack)` checks them. For its locales they take
   * the place of packs registered with `registerContent`; other locales use
   * the registered ones. Register the same packs on the page, or hydration
   * keeps the server's text.
   */
  content?: Record<string, unknown>;
  /**
   * Write the page's schema.org `MedicalWebPage` (JSON-LD, see
   * `medicalWebPage()`) into a page that contains `<ms-article>`: before
   * `</head>`, or after the article when the input has no head. Default true.
   */
  structuredData?: boolean;
  /**
   * The largest page this call may return, in UTF-8 bytes, the input's own
   * bytes included: past it, rendering stops and `OutputLimitError` is
   * thrown. Default `DEFAULT_MAX_OUTPUT_BYTES` (16 MiB); `Infinity` for none.
   */
  maxOutputBytes?: number;
  /**
   * When the widgets wake up on the page (with dist/cdn/ms-widgets-hydrate-loader.js,
   * which loads dist/cdn/ms-widgets-hydrate.js).
   * `defer` (the default) marks each one `defer-hydration`, Lit's protocol for
   * server-rendered elements that wait: the hydrate file wakes it when the
   * reader interacts with it, when it scrolls into view (one widget per
   * task), or when the browser is idle. `eager` leaves the mark off, so every
   * widget hydrates as soon as the script runs.
   */
  hydrate?: HydrateMode;
}

/** See `RenderOptions.hydrate`. */
export type HydrateMode = 'defer' | 'eager';
const HYDRATE_MODES: readonly string[] = ['defer', 'eager'];

export interface RenderReport {
  /** The page with every widget expanded. */
  html: string;
  /** How many ms-* elements of the input were rendered (composed ones not counted). */
  rendered: number;
  /** How many were rendered already (by an earlier run) and are left as they are. */
  alreadyRendered: number;
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

/**
 * Tags already reported as not ours, so a site build warns once per tag.
 * Pages choose the tags: past this many, it starts again rather than grow.
 */
const unknownWarned = new Set<string>();
const UNKNOWN_WARNED_MAX = 256;

/**
 * Forgets what was warned about once (tags not ours, languages without a
 * pack), so the next page is told again: the CLI names each page's problems
 * with its file, and a typo on a hundred pages is a hundred places to fix.
 * A server rendering page after page keeps its memory (once per tag).
 */
export function forgetWarnings(): void {
  unknownWarned.clear();
  forgetMissingPacks();
}

function warnUnknown(tags: string[]): void {
  for (const tag of tags) {
    if (unknownWarned.has(tag)) continue;
    if (unknownWarned.size >= UNKNOWN_WARNED_MAX) unknownWarned.clear();
    unknownWarned.add(tag);
    console.warn(`<${tag}> is not an ms-stem-cell-widgets element; left as it was.`);
  }
}

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

/** The widget's source without the ranges cut from it (declarative shadow roots a fresh render replaces). */
function markupOf(source: string, widget: FoundWidget): string {
  let markup = '';
  let from = widget.start;
  for (const cut of widget.cut) {
    markup += source.slice(from, cut.start);
    from = cut.end;
  }
  return markup + source.slice(from, widget.end);
}

function renderWidget(source: string, widget: FoundWidget, output: CappedOutput, attribution: AttributionPlan | undefined, deferHydration: boolean): string {
  const hostStack: MsElementRenderer[] = [];
  const queue = [...widget.langs];
  const nextLang = (tag: string): string => {
    const next = queue.shift();
    // Lit and parse5 read the same markup the same way; if they ever differ,
    // the outer element's language is the best guess.
    return next && next.tag === tag ? next.lang : widget.langs[0].lang;
  };
  return withLangContext({ hostStack, nextLang, attribution }, () =>
    stripOuterMarkers(
      // The author's own markup, untouched, as a template: Lit's server
      // renderer expands each ms-* element in it and copies the rest.
      output.collect(
        render(authorTemplate(markupOf(source, widget)), {
          elementRenderers: [MsElementRenderer],
          customElementHostStack: hostStack,
          deferHydration,
        }),
      ),
    ),
  );
}

/**
 * The page as text: a string, or its UTF-8 bytes (a Buffer from `readFile`,
 * which `String()` read as UTF-8 before this was said). Anything else is a
 * mistake to name: `String()` made a Uint8Array's bytes "60,109,…" and
 * `undefined` the page "undefined".
 */
function pageText(input: unknown): string {
  if (typeof input === 'string') return input;
  if (input instanceof Uint8Array) return new TextDecoder('utf-8', { ignoreBOM: true }).decode(input);
  throw new TypeError(`renderPage: the page must be a string of HTML or its UTF-8 bytes, got ${input === null ? 'null' : typeof input}`);
}

/**
 * Like `renderWidgets`, and also says how many widgets were rendered.
 */
export function renderPage(input: string | Uint8Array, options: RenderOptions = {}): RenderReport {
  const source = pageText(input);
  // `null` as well as `undefined`: no options.
  options ??= {};
  if (options.structuredData !== undefined && typeof options.structuredData !== 'boolean') {
    throw new TypeError(`renderPage: structuredData must be true or false, got ${JSON.stringify(options.structuredData)}`);
  }
  const output = new CappedOutput(CappedOutput.check(options.maxOutputBytes));
  const packs = scopedPacks(options.content);
  const lang = options.lang ?? 'en';
  if (typeof lang !== 'string') throw new TypeError('renderPage: lang must be a language tag such as "en" or "pt-BR"');
  const hydrate = options.hydrate ?? 'defer';
  if (!HYDRATE_MODES.includes(hydrate)) throw new TypeError(`renderPage: hydrate must be "defer" or "eager", got ${JSON.stringify(hydrate)}`);
  // Everything that reads content (the widgets, the structured data) runs
  // with this call's packs in place.
  return withPacks(packs, () => renderWithPacks(source, lang || 'en', output, options));
}

/** The rest of renderPage, once its options are checked and its packs are in place. */
function renderWithPacks(source: string, lang: string, output: CappedOutput, options: RenderOptions): RenderReport {
  const found = findWidgets(source, isWidget, lang);
  warnUnknown(found.unknown);
  found.warnings.forEach((line) => console.warn(line));
  // The first article of the page, described for search engines, once.
  const article = options.structuredData === false || found.hasStructuredData ? undefined : found.widgets.find((w) => w.tag === 'ms-article' && !w.keep);
  const script = article && structuredDataScript({ lang: article.langs[0].lang, reviewed: article.attrs.reviewed });
  const at = script ? (found.headEnd ?? article.end) : -1;
  // The whole page is known here: one widget credits the article in full, the others link to it.
  const attribution = planAttribution(found);
  let from = 0;
  let rendered = 0;
  let widgetsHtml = '';
  const upTo = (end: number) => {
    if (at >= from && at <= end) output.write(source.slice(from, at) + script + source.slice(at, end));
    else output.write(source.slice(from, end));
  };
  for (const widget of found.widgets) {
    upTo(widget.start);
    from = widget.end;
    if (widget.keep) {
      output.write(source.slice(widget.start, widget.end));
      continue;
    }
    let html: string;
    try {
      html = renderWidget(source, widget, output, attribution.get(widget), options.hydrate !== 'eager');
    } catch (e) {
      if (e instanceof OutputLimitError) throw e;
      // Never lose the author's markup: the browser can still render the tag.
      console.warn(`<${widget.tag}> could not be rendered on the server (${(e as Error).message}); left as it was.`);
      output.write(source.slice(widget.start, widget.end));
      continue;
    }
    output.write(html);
    widgetsHtml += html;
    rendered++;
  }
  upTo(source.length);
  return { html: output.text, rendered, alreadyRendered: found.alreadyRendered, structuredData: !!script, styleHashes: styleHashes(widgetsHtml) };
}

/**
 * Returns the HTML page or fragment with every ms-* element expanded into
 * declarative shadow DOM (`<template shadowrootmode="open">`), the way the
 * browser would render it: content for the nearest `lang`, every attribute
 * honoured, each widget marked `defer-hydration` (see `RenderOptions.hydrate`;
 * the elements composed inside a widget always are, to wake with it).
 * Everything else in
 * the input is returned byte for byte.
 *
 * Bad attribute values warn with `console.warn` (stderr in Node) exactly as
 * in the browser, and the tag keeps its attributes as written.
 */
export function renderWidgets(source: string | Uint8Array, options: RenderOptions = {}): string {
  return renderPage(source, options).html;
}
