import { html, parse, type DefaultTreeAdapterMap } from 'parse5';
import { attr, declarativeRoots, foreignRoot, isElement } from './shadow-roots.js';
import { repeatedAttributes } from './start-tag.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A range of the source, start included, end excluded. */
export interface SourceRange {
  start: number;
  end: number;
}

/** An ms-* element of the input that is not inside another one, with where it sits in the source. */
export interface FoundWidget extends SourceRange {
  tag: string;
  /**
   * The language of this element and of every ms-* element in its light DOM,
   * in document order: their nearest `lang` attribute in the input.
   */
  langs: Array<{ tag: string; lang: string }>;
  /** The element's attributes as written. */
  attrs: Record<string, string>;
  /**
   * What is left out of the markup that is rendered, in source order:
   * declarative shadow roots in it that this renderer did not write (or
   * that a fresh render replaces), and attributes written a second time on
   * an ms-* tag.
   */
  cut: SourceRange[];
  /** What was cut and why, one warning each. */
  replaced: string[];
  /** Why the element must be left as it was, when it must. */
  keep?: string;
}

export interface FoundWidgets {
  widgets: FoundWidget[];
  /** ms-* tags that are not ours, left as they were. */
  unknown: string[];
  /** What the page holds that is not rendered as written, for console warnings; one line each. */
  warnings: string[];
  /** Where the page's `</head>` end tag starts, when the source has one. */
  headEnd?: number;
  /** Whether the page already holds our structured data (`<script type="application/ld+json" data-ms-widgets>`). */
  hasStructuredData: boolean;
  /** Whether an element of the page has the id `ms-attribution`: the place that holds the page's full attribution. */
  attributionTarget: boolean;
  /** How many ms-* elements already hold a shadow root this renderer wrote: left as they are. */
  alreadyRendered: number;
}

/** Namespaces other than HTML, where an element cannot have a shadow root. */
const FOREIGN: Record<string, string> = { [html.NS.SVG]: 'SVG', [html.NS.MATHML]: 'MathML' };

/** A node still to visit, with what it inherits. */
interface Visit {
  node: Node;
  lang: string;
  /** The widget whose light DOM holds the node, if any. */
  into: FoundWidget | undefined;
}

/**
 * Finds the widgets in an HTML page or fragment. Parsed with parse5, the
 * parser that follows the HTML standard, so that what is found is what a
 * browser would build; offsets let the caller replace exactly those
 * elements and leave every other byte of the page as it was.
 *
 * Template contents are skipped (they are inert in a browser too), and so is
 * an element that already has a shadow root this renderer wrote: rendering a
 * rendered page changes nothing. Any other declarative shadow root (foreign
 * content, empty, closed) is marked to be cut and rendered afresh. An ms-*
 * element in SVG or MathML cannot have a shadow root: it is left as it was.
 *
 * The walk keeps its own stack rather than recursing, so any nesting depth
 * (100,000 unclosed `<div>`s) is walked.
 */
export function findWidgets(source: string, isWidget: (tag: string) => boolean, defaultLang: string): FoundWidgets {
  const document = parse(source, { sourceCodeLocationInfo: true });
  const widgets: FoundWidget[] = [];
  const unknown = new Set<string>();
  const warnings = new Set<string>();
  let headEnd: number | undefined;
  let hasStructuredData = false;
  let attributionTarget = false;
  let alreadyRendered = 0;

  /**
   * What a fresh render of `el` leaves out, added to `widget.cut`. Its
   * attributes written again: a browser reads the first of a name, and so
   * do parse5 and the element, but Lit's server renderer would write the
   * first value back after the repeated one, which a browser would then
   * read (`reviewed` given twice: the page's date and the shown date
   * differed). Its declarative shadow roots, with a warning for those that
   * are not ours.
   */
  const leaveOut = (el: Element, widget: FoundWidget) => {
    const tag = el.sourceCodeLocation?.startTag;
    // HTML has no self-closing custom elements: `<ms-disclaimer/>` opens
    // one, and what follows becomes its light DOM, which the widget hides.
    if (tag && source[tag.endOffset - 2] === '/' && el.childNodes.length > declarativeRoots(el).length) {
      warnings.add(`<${el.tagName}/> does not close itself in HTML: what follows it, up to </${el.tagName}> or the end of its parent, is inside it and hidden. Write <${el.tagName}></${el.tagName}>.`);
    }
    for (const repeated of tag ? repeatedAttributes(source, tag.startOffset, tag.endOffset) : []) {
      widget.cut.push(repeated);
      const first = JSON.stringify(attr(el, repeated.name) ?? '');
      widget.replaced.push(`<${el.tagName}> has the attribute "${repeated.name}" more than once: the first, ${first}, is used, as a browser uses it; the others are left out.`);
    }
    for (const root of declarativeRoots(el)) {
      const loc = root.sourceCodeLocation;
      if (loc) widget.cut.push({ start: loc.startOffset, end: loc.endOffset });
      const what = foreignRoot(root);
      if (what) widget.replaced.push(`<${el.tagName}> had a declarative shadow root this renderer did not write (${what}); replaced.`);
    }
  };

  const stack: Visit[] = [{ node: document, lang: defaultLang, into: undefined }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { node, lang, into } = visit;
    let here = lang;
    let current = into;
    if (isElement(node)) {
      if (node.tagName === 'head') headEnd = node.sourceCodeLocation?.endTag?.startOffset;
      if (node.tagName === 'script' && attr(node, 'data-ms-widgets') !== undefined) hasStructuredData = true;
      if (attr(node, 'id') === 'ms-attribution') attributionTarget = true;
      const own = attr(node, 'lang');
      // As in the browser (shared/lang.ts): the nearest lang attribute wins even
      // when empty, and an empty one means English.
      here = own === undefined ? lang : own || 'en';
      if (node.tagName.startsWith('ms-')) {
        const foreign = FOREIGN[node.namespaceURI];
        if (!isWidget(node.tagName)) {
          unknown.add(node.tagName);
        } else if (foreign) {
          const why = `inside ${foreign}, where a shadow root cannot attach; left as it was.`;
          if (into) into.keep ??= `holds <${node.tagName}> ${why}`;
          else warnings.add(`<${node.tagName}> is ${why}`);
        } else if (into) {
          into.langs.push({ tag: node.tagName, lang: here });
          leaveOut(node, into);
        } else {
          const roots = declarativeRoots(node);
          // Already rendered by us: nothing to do, inside it either.
          if (roots.length > 0 && foreignRoot(roots[0]) === undefined) {
            alreadyRendered++;
            continue;
          }
          const loc = node.sourceCodeLocation;
          // An element the parser made up (no source location) cannot be replaced in place.
          if (loc) {
            current = {
              tag: node.tagName,
              start: loc.startOffset,
              end: loc.endOffset,
              langs: [{ tag: node.tagName, lang: here }],
              attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])),
              cut: [],
              replaced: [],
            };
            leaveOut(node, current);
            widgets.push(current);
          }
        }
      }
    }
    if (!('childNodes' in node)) continue;
    // Last child first, so that children come off the stack in document order.
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i], lang: here, into: current });
  }
  for (const widget of widgets) {
    if (widget.keep) warnings.add(`<${widget.tag}> ${widget.keep}`);
    else widget.replaced.forEach((line) => warnings.add(line));
  }
  return { widgets, unknown: [...unknown], warnings: [...warnings], headEnd, hasStructuredData, attributionTarget, alreadyRendered };
}
