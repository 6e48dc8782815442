/** What a date attribute accepts, as its warning says it. */
export const ISO_DATE_ALLOWED = 'a date as YYYY-MM-DD, e.g. 2026-11-25';

/** A real calendar date written as YYYY-MM-DD, as a UTC Date; undefined otherwise. */
export function parseIsoDate(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999.
  date.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);
  // 2026-02-30 rolls over into March: reject what did not round-trip.
  return date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3] ? date : undefined;
}

/** A real YYYY-MM-DD date as written (trimmed), or undefined. */
export const isoDate = (value: string | null | undefined): string | undefined =>
  value && parseIsoDate(value) ? value.trim() : undefined;

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
