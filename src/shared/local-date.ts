// The reader's calendar: which day it is where the reader is, written as the review dates are.

const pad = (n: number, digits: number) => String(n).padStart(digits, '0');

/**
 * The date of `now` by the reader's own clock and time zone, as YYYY-MM-DD
 * (e.g. still "2026-11-25" in Hawaii when it is 2026-11-26 in UTC). Dates in
 * that form compare as strings, as review dates do. The default reads
 * `Date.now()`, which a server render may set (test/ssr/review-hydration.test.js).
 */
export function localIsoDate(now: Date = new Date(Date.now())): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}
