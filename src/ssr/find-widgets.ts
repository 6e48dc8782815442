import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** An ms-* element of the input that is not inside another one, with where it sits in the source. */
export interface FoundWidget {
  tag: string;
  /** Offsets of the element's source text, end tag included. */
  start: number;
  end: number;
  /**
   * The language of this element and of every ms-* element in its light DOM,
   * in document order: their nearest `lang` attribute in the input.
   */
  langs: Array<{ tag: string; lang: string }>;
  /** The element's attributes as written. */
  attrs: Record<string, string>;
}

export interface FoundWidgets {
  widgets: FoundWidget[];
  /** ms-* tags that are not ours, left as they were. */
  unknown: string[];
  /** Where the page's `</head>` end tag starts, when the source has one. */
  headEnd?: number;
  /** Whether the page already holds our structured data (`<script type="application/ld+json" data-ms-widgets>`). */
  hasStructuredData: boolean;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** A `<template shadowrootmode>` child: the element was server-rendered already. */
const hasDeclarativeShadowRoot = (el: Element) =>
  el.childNodes.some(
    (c) => isElement(c) && c.tagName === 'template' && (attr(c, 'shadowrootmode') ?? attr(c, 'shadowroot')) !== undefined,
  );

/**
 * Finds the widgets in an HTML page or fragment. Parsed with parse5, the
 * parser that follows the HTML standard, so that what is found is what a
 * browser would build; offsets let the caller replace exactly those
 * elements and leave every other byte of the page as it was.
 *
 * Template contents are skipped (they are inert in a browser too), and so is
 * an element that already has a declarative shadow root: rendering a
 * rendered page changes nothing.
 */
export function findWidgets(source: string, isWidget: (tag: string) => boolean, defaultLang: string): FoundWidgets {
  const document = parse(source, { sourceCodeLocationInfo: true });
  const widgets: FoundWidget[] = [];
  const unknown = new Set<string>();
  let headEnd: number | undefined;
  let hasStructuredData = false;

  const walk = (node: Node, lang: string, into: FoundWidget | undefined): void => {
    if (!isElement(node)) {
      if ('childNodes' in node) node.childNodes.forEach((c) => walk(c, lang, into));
      return;
    }
    if (node.tagName === 'head') headEnd = node.sourceCodeLocation?.endTag?.startOffset;
    if (node.tagName === 'script' && attr(node, 'data-ms-widgets') !== undefined) hasStructuredData = true;
    const own = attr(node, 'lang');
    // As in the browser (shared/lang.ts): the nearest lang attribute wins even
    // when empty, and an empty one means English.
    const here = own === undefined ? lang : own || 'en';
    let current = into;
    if (node.tagName.startsWith('ms-')) {
      if (!isWidget(node.tagName)) {
        unknown.add(node.tagName);
      } else if (into) {
        into.langs.push({ tag: node.tagName, lang: here });
      } else if (!hasDeclarativeShadowRoot(node)) {
        const loc = node.sourceCodeLocation;
        // An element the parser made up (no source location) cannot be replaced in place.
        if (loc) {
          current = {
            tag: node.tagName,
            start: loc.startOffset,
            end: loc.endOffset,
            langs: [{ tag: node.tagName, lang: here }],
            attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])),
          };
          widgets.push(current);
        }
      } else {
        return;
      }
    }
    node.childNodes.forEach((c) => walk(c, here, current));
  };
  walk(document, defaultLang, undefined);
  return { widgets, unknown: [...unknown], headEnd, hasStructuredData };
}
