// Dates as the content and the attributes write them: YYYY-MM-DD, checked as real calendar days.

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
