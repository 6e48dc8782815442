/// <reference types="node" />
import { NotRendered } from './cli-errors.js';
import { escapeUnencodable } from './escape-unencodable.js';
import { decodePage, encodePage } from './page-codec.js';
import { forgetWarnings, renderPage, type RenderOptions, type RenderReport } from './render.js';
import { printable } from './printable.js';

/** What rendering one page found, for the run's report. */
export interface PageResult {
  /** The page's new bytes, or undefined when nothing in it changes. */
  bytes?: Uint8Array;
  widgets: number;
  /** Widgets an earlier run rendered, left as they are. */
  alreadyRendered?: number;
  styleHashes: string[];
  /** How many warnings the page's widgets gave. */
  warnings: number;
}

/**
 * No widget can hide in a page without the bytes of "<ms-" (any case), in an
 * ASCII-compatible encoding or in UTF-16: such a page is left byte for byte
 * as it is, whatever its encoding, and is no error.
 */
const mayHoldWidget = (bytes: Uint8Array) =>
  /<ms-|<\0m\0s\0-|\0<\0m\0s\0-/i.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));

/** `renderPage`, with every warning prefixed by the file it came from: in a site of a hundred pages, "<ms-section> name: …" alone says too little. */
function renderLabelled(text: string, label: string, options: RenderOptions): { page: RenderReport; warnings: number } {
  const warn = console.warn;
  let warnings = 0;
  // Each file is told its own problems, whatever the files before it had.
  forgetWarnings();
  console.warn = (...args: unknown[]) => {
    warnings++;
    warn(printable(`${label}: ${args.map(String).join(' ')}`));
  };
  try {
    return { page: renderPage(text, options), warnings };
  } catch (e) {
    throw new NotRendered(`could not be rendered (${e instanceof Error ? `${e.name}: ${e.message}` : String(e)})`);
  } finally {
    console.warn = warn;
  }
}

/**
 * Renders the page in `bytes` and writes it back in its own encoding, byte-order
 * mark included. Throws `NotRendered` when that cannot be done faithfully:
 * the bytes are not valid in their encoding, the encoding cannot be written,
 * or the renderer failed.
 *
 * Every byte outside the widgets comes back as it was: the page's text is
 * checked to encode back to the very same bytes before anything is rendered,
 * the renderer copies that text around the widgets, and only characters the
 * page's encoding lacks are written as references, which the page's own
 * text cannot contain. Line endings are the page's own: the renderer adds
 * none.
 */
export function renderBytes(bytes: Uint8Array, label: string, options: RenderOptions): PageResult {
  if (!mayHoldWidget(bytes)) return { widgets: 0, styleHashes: [], warnings: 0 };
  const { text, codec } = decodePage(bytes);
  const { page, warnings } = renderLabelled(text, label, options);
  const result = { widgets: page.rendered, alreadyRendered: page.alreadyRendered, styleHashes: page.styleHashes, warnings };
  if (page.html === text) return result;
  return { ...result, bytes: encodePage(escapeUnencodable(page.html, (codePoint) => codec.canEncode(codePoint)), codec) };
}
