/**
 * Text from a page or a file name, made safe to print on a terminal as one
 * line: control characters (escape sequences that recolour the terminal or
 * retitle its window, line breaks that would forge a line of their own) and
 * the invisible marks that reorder text (bidi overrides) are written as
 * `\u001b`-style escapes. A page's bad attribute value is echoed in the
 * warnings, and pages are not always the user's own.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export const printable = (text: string): string =>
  text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
