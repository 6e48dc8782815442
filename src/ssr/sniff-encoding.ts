/**
 * Which encoding a page is in, found as a browser finds it: its byte-order
 * mark, then a `<meta charset>` in its first 1024 bytes (the HTML standard's
 * prescan), then UTF-8. Unlike a browser, no guess from the locale: a page
 * that is not UTF-8 and does not say so is refused later, not misread.
 */
export interface SniffedEncoding {
  /** The encoding's name as `TextDecoder` reports it, e.g. `windows-1252`. */
  encoding: string;
  /** How many bytes of byte-order mark the page starts with. */
  bomLength: number;
  /** Where the encoding came from, for messages. */
  from: 'the byte-order mark' | '<meta charset>' | 'no byte-order mark or <meta charset>';
}

/** The encodings whose labels all map to "replacement": no text can be read from such a page. */
const REPLACEMENT_LABELS = new Set(['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr', 'replacement']);

/** The encoding a label names, or undefined for a label that names none (the prescan then goes on). */
function encodingOf(label: string): string | undefined {
  const name = label.trim().toLowerCase();
  if (REPLACEMENT_LABELS.has(name)) return 'replacement';
  // Node has no x-user-defined decoder; the prescan reads it as windows-1252 anyway (see metaCharset).
  if (name === 'x-user-defined') return name;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return undefined;
  }
}

export function sniffEncoding(bytes: Uint8Array): SniffedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, from: 'the byte-order mark' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, from: 'the byte-order mark' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, from: 'the byte-order mark' };
  const meta = prescan(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1'));
  if (meta) return { encoding: meta, bomLength: 0, from: '<meta charset>' };
  return { encoding: 'utf-8', bomLength: 0, from: 'no byte-order mark or <meta charset>' };
}

const SPACE = /[\t\n\f\r ]/;

/**
 * The HTML standard's "prescan a byte stream to determine its encoding",
 * over the first 1024 bytes read as Latin-1 (so one character is one byte).
 * Comments, other tags and their attributes are stepped over as a browser
 * does, so a charset in a comment or an attribute value does not count.
 */
function prescan(head: string): string | undefined {
  let at = 0;
  const attribute = (): [string, string] | undefined => {
    while (at < head.length && (SPACE.test(head[at]) || head[at] === '/')) at++;
    if (at >= head.length || head[at] === '>') return undefined;
    let name = '';
    for (;;) {
      if (at >= head.length) return undefined;
      const c = head[at];
      if (c === '=' && name) {
        at++;
        break;
      }
      if (SPACE.test(c)) {
        while (at < head.length && SPACE.test(head[at])) at++;
        if (head[at] !== '=') return [name, ''];
        at++;
        break;
      }
      if (c === '/' || c === '>') return [name, ''];
      name += c.toLowerCase();
      at++;
    }
    while (at < head.length && SPACE.test(head[at])) at++;
    if (at >= head.length) return undefined;
    let value = '';
    const quote = head[at];
    if (quote === '"' || quote === "'") {
      const end = head.indexOf(quote, at + 1);
      if (end < 0) return undefined;
      value = head.slice(at + 1, end).toLowerCase();
      at = end + 1;
      return [name, value];
    }
    if (quote === '>') return [name, ''];
    while (at < head.length && !SPACE.test(head[at]) && head[at] !== '>') value += head[at++].toLowerCase();
    return at < head.length ? [name, value] : undefined;
  };

  while (at < head.length) {
    const rest = head.slice(at, at + 6);
    if (rest.startsWith('<!--')) {
      // The end is the first "-->", whose dashes may be those of "<!--" itself.
      const end = head.indexOf('-->', at + 2);
      if (end < 0) return undefined;
      at = end + 3;
      continue;
    }
    if (/^<meta[\t\n\f\r /]$/i.test(rest)) {
      at += 5;
      const found = metaCharset(attribute);
      if (found) return found;
      continue;
    }
    if (/^<\/?[a-z]/i.test(rest)) {
      while (at < head.length && !SPACE.test(head[at]) && head[at] !== '>') at++;
      while (attribute());
      at++;
      continue;
    }
    if (/^<[!/?]/.test(rest)) {
      const end = head.indexOf('>', at);
      if (end < 0) return undefined;
      at = end + 1;
      continue;
    }
    at++;
  }
  return undefined;
}

/** The encoding one `<meta>` declares, reading its attributes with `attribute`. */
function metaCharset(attribute: () => [string, string] | undefined): string | undefined {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | undefined;
  let charset: string | undefined;
  for (let attr = attribute(); attr; attr = attribute()) {
    const [name, value] = attr;
    if (seen.has(name)) continue;
    seen.add(name);
    if (name === 'http-equiv' && value === 'content-type') gotPragma = true;
    else if (name === 'content' && charset === undefined) {
      const fromContent = charsetInContent(value);
      if (fromContent) {
        charset = fromContent;
        needPragma = true;
      }
    } else if (name === 'charset') {
      charset = encodingOf(value);
      needPragma = false;
    }
  }
  if (needPragma === undefined || (needPragma && !gotPragma) || !charset) return undefined;
  // As the standard says: a page that calls itself UTF-16 in ASCII bytes is not UTF-16.
  if (charset === 'utf-16le' || charset === 'utf-16be') return 'utf-8';
  if (charset === 'x-user-defined') return 'windows-1252';
  return charset;
}

/** "text/html; charset=windows-1252" → windows-1252 (the standard's "extracting a character encoding from a meta element"). */
function charsetInContent(content: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = content.indexOf('charset', from);
    if (at < 0) return undefined;
    let i = at + 7;
    while (SPACE.test(content[i] ?? '')) i++;
    if (content[i] !== '=') {
      from = at + 7;
      continue;
    }
    i++;
    while (SPACE.test(content[i] ?? '')) i++;
    const quote = content[i];
    if (quote === '"' || quote === "'") {
      const end = content.indexOf(quote, i + 1);
      return end < 0 ? undefined : encodingOf(content.slice(i + 1, end));
    }
    const label = /^[^\t\n\f\r ;]+/.exec(content.slice(i));
    return label ? encodingOf(label[0]) : undefined;
  }
}
