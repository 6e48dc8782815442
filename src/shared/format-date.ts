// Review dates in the reader's words: US English written here, the rest by Intl, guarded against polluted pages and unknown language tags.
import { parseIsoDate } from '../content/iso-date.js';

/**
 * Options for Intl without a prototype: on a page whose scripts polluted
 * Object.prototype (an inherited `hour` next to `dateStyle`), Intl would
 * read the inherited fields and throw.
 */
const DATE_OPTIONS = { __proto__: null, dateStyle: 'long', timeZone: 'UTC' } as Intl.DateTimeFormatOptions;

/**
 * English as the US writes dates, the pack's own language: written here
 * rather than asked of Intl, because a page's first Intl date format costs
 * 100 to 200 ms of main thread at 4× CPU (ICU starting), more than the
 * widget's render. Other Englishes order the words otherwise ("25 November
 * 2026"), so they ask Intl.
 */
const US_ENGLISH = /^en(-us)?$/i;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A real YYYY-MM-DD date in words for the reader's language, e.g. "25 November
 * 2026" for en-GB. Never throws: a tag Intl cannot read (lang="x-klingon")
 * gets English words, and an engine that cannot format at all the date as written.
 */
export function formatDate(iso: string, locale: string): string {
  const date = parseIsoDate(iso);
  // Year 0 is "1 BC" to Intl.
  if (date && date.getUTCFullYear() > 0 && US_ENGLISH.test(locale)) return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  for (const tag of [locale, 'en']) {
    try {
      return (date as Date).toLocaleDateString(tag, DATE_OPTIONS);
    } catch {
      // Try the next tag.
    }
  }
  return iso;
}
