import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { NotRendered } from './cli-errors.js';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Elements whose text the parser takes as it is, with no character references. */
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

const hex = (codePoint: number) => codePoint.toString(16);

/** How to write a character the encoding lacks, where it stands. */
function escapeIn(container: string | undefined, char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  // CSS reads its own escape: six hex digits need no space after them.
  if (container === 'style') return `\\${hex(codePoint).padStart(6, '0')}`;
  // Our scripts are JSON-LD: inside a JSON string, \u escapes (UTF-16 units).
  if (container === 'script') return Array.from({ length: char.length }, (_, i) => `\\u${hex(char.charCodeAt(i)).padStart(4, '0')}`).join('');
  if (container === undefined) return `&#x${hex(codePoint)};`;
  throw new NotRendered(`U+${hex(codePoint).toUpperCase()} cannot be written inside <${container}> in this encoding`);
}

/** The text of raw-text elements, as [start, end, element] by source offset. */
function rawTextRanges(html: string): Array<[number, number, string]> {
  const ranges: Array<[number, number, string]> = [];
  const pending: ParentNode[] = [parse(html, { sourceCodeLocationInfo: true })];
  // A loop, not recursion: a deeply nested page must not overflow the stack.
  for (let parent = pending.pop(); parent; parent = pending.pop()) {
    const rawText = 'tagName' in parent && parent.namespaceURI === HTML_NS && RAW_TEXT.has(parent.tagName) ? parent.tagName : undefined;
    for (const child of parent.childNodes as Node[]) {
      if (rawText && child.nodeName === '#text' && child.sourceCodeLocation) {
        ranges.push([child.sourceCodeLocation.startOffset, child.sourceCodeLocation.endOffset, rawText]);
      }
      if ('childNodes' in child) pending.push(child);
      if ('content' in child) pending.push(child.content);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * `html` with every character that `canEncode` rejects written as a
 * reference the browser turns back into it: `&#x2019;` in text and
 * attribute values, a CSS escape in `<style>`, a JSON escape in `<script>`.
 * Called on a rendered page whose own text was all encodable, so only
 * characters the renderer added are ever touched.
 */
export function escapeUnencodable(html: string, canEncode: (codePoint: number) => boolean): string {
  let first = -1;
  for (let i = 0; i < html.length && first < 0; i++) {
    const codePoint = html.codePointAt(i) ?? 0;
    if (!canEncode(codePoint)) first = i;
    else if (codePoint > 0xffff) i++;
  }
  if (first < 0) return html;

  const ranges = rawTextRanges(html);
  let range = 0;
  let out = '';
  let copied = 0;
  for (let i = first; i < html.length; ) {
    const codePoint = html.codePointAt(i) ?? 0;
    const length = codePoint > 0xffff ? 2 : 1;
    if (!canEncode(codePoint)) {
      while (range < ranges.length && ranges[range][1] <= i) range++;
      const inside = range < ranges.length && ranges[range][0] <= i ? ranges[range][2] : undefined;
      out += html.slice(copied, i) + escapeIn(inside, html.slice(i, i + length));
      copied = i + length;
    }
    i += length;
  }
  out += html.slice(copied);
  return out;
}
