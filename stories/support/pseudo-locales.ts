/**
 * Pseudo-locales for Storybook, made only by transforming the English pack:
 * no word here is invented, translated or reworded. They show what real
 * translations will do to the layout.
 *
 * - `en-XA`, long text: every word accented and said twice, the whole string
 *   in brackets. About twice as long as English, so wrapping, overflow and
 *   clipping show up; brackets show where text was cut.
 * - `ar-XB`, right to left: every word forced right-to-left (U+202E ... U+202C)
 *   inside right-to-left marks, and `dir: 'rtl'`. Mirroring and logical
 *   properties show up without anyone needing to read Arabic.
 */
import { getContent, registerContent } from '../../src/content/index.js';
import type { ContentPack } from '../../src/content/index.js';

/** Keys whose values are identifiers, not words: never transformed. */
const KEEP = new Set(['$schema', 'id', 'url', 'lang', 'dir', 'origin', 'version', 'hash', 'reviewed', 'nextReview']);

/** A copy of `pack` with every word-bearing string passed through `fn`. */
export function transformPack(pack: ContentPack, lang: string, dir: 'ltr' | 'rtl', fn: (text: string) => string): ContentPack {
  const walk = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') return KEEP.has(key) ? value : fn(value);
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  const out = walk(pack) as ContentPack;
  // Other text, so not the English pack's content hash.
  const { title, version, reviewed, nextReview } = out.meta;
  return { ...out, lang, dir, meta: { title, version, reviewed, nextReview } };
}

const ACCENTS: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÁƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i],
  ]),
);

/** "Stem cells" → "[Šţéɱ Šţéɱ çéļļš çéļļš]". */
export function longText(text: string): string {
  const accented = [...text].map((c) => ACCENTS[c] ?? c).join('');
  return `[${accented
    .split(' ')
    .map((word) => `${word} ${word}`)
    .join(' ')}]`;
}

const RLM = '\u200f';
const RLO = '\u202e';
const PDF = '\u202c';

/** Each word laid out right to left, the string anchored right to left. */
export function rightToLeft(text: string): string {
  return `${RLM}${text
    .split(' ')
    .map((word) => `${RLO}${word}${PDF}`)
    .join(' ')}${RLM}`;
}

export const LONG_LOCALE = 'en-XA';
export const RTL_LOCALE = 'ar-XB';

export const english = (): ContentPack => {
  const en = getContent('en');
  if (!en) throw new Error('The English pack is not registered');
  return en;
};

export const longTextPack = (): ContentPack => transformPack(english(), LONG_LOCALE, 'ltr', longText);
export const rightToLeftPack = (): ContentPack => transformPack(english(), RTL_LOCALE, 'rtl', rightToLeft);

/** Registers both pseudo-locales, as a page would register a translation. */
export function registerPseudoLocales(): void {
  registerContent(LONG_LOCALE, longTextPack());
  registerContent(RTL_LOCALE, rightToLeftPack());
}
