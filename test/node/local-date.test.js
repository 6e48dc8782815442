// localIsoDate (src/shared/local-date.ts): the day it is where the reader is,
// which decides when ms-disclaimer says a review is overdue. Node follows a
// change of process.env.TZ at once, so each case runs in a real time zone.
// Run `npm run build` first: this reads dist/.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { localIsoDate } from '../../dist/shared/local-date.js';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

/** [time zone, instant, the date there] */
const CASES = [
  ['UTC', '2026-11-25T23:30:00Z', '2026-11-25'],
  // UTC+14: already the next day.
  ['Pacific/Kiritimati', '2026-11-25T10:00:00Z', '2026-11-26'],
  // UTC-10: still the day before.
  ['Pacific/Honolulu', '2026-11-26T09:59:00Z', '2026-11-25'],
  ['Pacific/Honolulu', '2026-11-26T10:00:00Z', '2026-11-26'],
  // A half-hour zone, and a year's last minute becoming the next year.
  ['Asia/Kolkata', '2026-12-31T18:30:00Z', '2027-01-01'],
  ['Asia/Kolkata', '2026-12-31T18:29:00Z', '2026-12-31'],
  // Daylight saving time: Berlin is UTC+2 in summer.
  ['Europe/Berlin', '2026-07-01T22:00:00Z', '2026-07-02'],
  ['Europe/Berlin', '2026-01-01T22:00:00Z', '2026-01-01'],
];

for (const [tz, instant, want] of CASES) {
  test(`${instant} is ${want} in ${tz}`, () => {
    process.env.TZ = tz;
    assert.equal(localIsoDate(new Date(instant)), want);
  });
}

test('pads the year to four digits and the month and day to two', () => {
  process.env.TZ = 'UTC';
  const early = new Date(0);
  early.setUTCFullYear(812, 2, 5);
  assert.equal(localIsoDate(early), '0812-03-05');
});

test('without an argument, reads the clock through Date.now (which a server render may set)', () => {
  process.env.TZ = 'Pacific/Kiritimati';
  const real = Date.now;
  Date.now = () => Date.parse('2026-11-25T10:00:00Z');
  try {
    assert.equal(localIsoDate(), '2026-11-26');
  } finally {
    Date.now = real;
  }
});
