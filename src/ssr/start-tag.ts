/** One attribute of a start tag as written: its name in lower case, and where it stands, from the space before it to the end of its value. */
export interface WrittenAttribute {
  name: string;
  start: number;
  end: number;
}

const SPACE = /[\t\n\f\r ]/;

/**
 * The attributes of the start tag at `source[start, end)` in the order they
 * are written, repeated names included: parse5, like a browser, keeps only
 * the first of a name and drops the others, so it cannot say where they are.
 * Follows the HTML tokenizer's attribute states (name up to space, `/`, `>`
 * or `=`; a value quoted, or up to space or `>`); the tag is one the parser
 * has already read, so it is well delimited.
 */
export function writtenAttributes(source: string, start: number, end: number): WrittenAttribute[] {
  const found: WrittenAttribute[] = [];
  let i = start + 1;
  while (i < end && !SPACE.test(source[i]) && source[i] !== '/' && source[i] !== '>') i++;
  for (;;) {
    const before = i;
    while (i < end && (SPACE.test(source[i]) || source[i] === '/')) i++;
    if (i >= end || source[i] === '>') return found;
    const nameStart = i;
    // A first "=" belongs to the name (the tokenizer's "unexpected equals sign" rule).
    i++;
    while (i < end && !SPACE.test(source[i]) && !'/>='.includes(source[i])) i++;
    const name = source.slice(nameStart, i).toLowerCase();
    let j = i;
    while (j < end && SPACE.test(source[j])) j++;
    if (source[j] === '=') {
      j++;
      while (j < end && SPACE.test(source[j])) j++;
      const quote = source[j];
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, j + 1);
        j = (close === -1 || close >= end ? end : close) + 1;
      } else {
        while (j < end && !SPACE.test(source[j]) && source[j] !== '>') j++;
      }
      i = j;
    }
    found.push({ name, start: before, end: i });
  }
}

/** The attributes written again after their first: a browser reads only the first of each name. */
export function repeatedAttributes(source: string, start: number, end: number): WrittenAttribute[] {
  const seen = new Set<string>();
  return writtenAttributes(source, start, end).filter((a) => {
    if (seen.has(a.name)) return true;
    seen.add(a.name);
    return false;
  });
}
