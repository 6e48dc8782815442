// Review dates in the reader's words: Intl, guarded against polluted pages and unknown language tags.
import { parseIsoDate } from '../content/iso-date.js';

/**
 * Options for Intl without a prototype: on a page whose scripts polluted
 * Object.prototype (an inherited `hour` next to `dateStyle`), Intl would
 * read the inherited fields and throw.
 */
const DATE_OPTIONS = { __proto__: null, dateStyle: 'long', timeZone: 'UTC' } as Intl.DateTimeFormatOptions;

/**
 * A real YYYY-MM-DD date in words for the reader's language, e.g. "25 November
 * 2026" for en-GB. Never throws: a tag Intl cannot read (lang="x-klingon")
 * gets English words, and an engine that cannot format at all the date as written.
 */
export function formatDate(iso: string, locale: string): string {
  for (const tag of [locale, 'en']) {
    try {
      return (parseIsoDate(iso) as Date).toLocaleDateString(tag, DATE_OPTIONS);
    } catch {
      // Try the next tag.
    }
  }
  return iso;
}
