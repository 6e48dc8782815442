import type { ContentMeta, ContentPack, Source } from './types.js';
import { BENEFIT_IDS, PRECAUTION_IDS, SECTION_IDS, STUDY_IDS } from './ids.js';
import { parseIsoDate } from '../shared/iso-date.js';

/**
 * Run-time check of a content pack from an untrusted source (a page's own
 * translation or edited pack). Throws a TypeError naming the first bad field
 * path, so a translator can find it; the schema in content/schema.json says
 * the same thing for editors and build tools.
 *
 * It returns a new pack built from the fields it checked, each read once, so
 * what is stored is exactly what was checked: later edits to the caller's
 * object, getters, inherited fields and unknown keys (functions, `__proto__`)
 * cannot reach what is shown.
 */
type Json = Record<string, unknown>;

const fail = (path: string, want: string): never => {
  throw new TypeError(`${path} must be ${want}`);
};

const obj = (v: unknown, path: string): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : fail(path, 'an object');

const text = (v: unknown, path: string): string =>
  typeof v === 'string' && v.trim() !== '' ? v : fail(path, 'a non-empty string');

/** A new array of each element read by `read`; a plain loop, so no overridden map or iterator runs. */
function list<T>(v: unknown, path: string, read: (item: unknown, at: string) => T): T[] {
  if (!Array.isArray(v) || v.length === 0) fail(path, 'a non-empty array');
  const arr = v as unknown[];
  const out: T[] = [];
  for (let i = 0; i < arr.length; i++) out.push(read(arr[i], `${path}[${i}]`));
  return out;
}

const oneOf = <T extends string>(v: unknown, path: string, allowed: readonly T[]): T =>
  allowed.includes(v as T) ? (v as T) : fail(path, `one of: ${allowed.join(', ')}`);

function url(v: unknown, path: string): string | null {
  if (v === null) return null;
  let scheme = '';
  try {
    if (typeof v === 'string') scheme = new URL(v).protocol;
  } catch {
    // Not an absolute URL (relative, empty): rejected below with the others.
  }
  return scheme === 'http:' || scheme === 'https:' ? (v as string) : fail(path, 'null or an absolute http or https URL');
}

/** null, or a real calendar date written as YYYY-MM-DD. */
const date = (v: unknown, path: string): string | null =>
  v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && parseIsoDate(v))
    ? (v as string | null)
    : fail(path, 'null or a date as YYYY-MM-DD');

/** Absent, or "sha256-" and a base64 SHA-256 digest. */
const hash = (v: unknown, path: string): string | undefined =>
  v === undefined || (typeof v === 'string' && /^sha256-[A-Za-z0-9+/]{43}=$/.test(v))
    ? (v as string | undefined)
    : fail(path, 'absent or "sha256-" and 44 base64 characters');

/** `o[key]`, or a TypeError naming the path when reading it throws (a hostile getter or proxy). */
function field(o: Json, key: string, path: string): unknown {
  try {
    return o[key];
  } catch {
    return fail(path, 'readable');
  }
}

/** A reader: checks a value found at `path` and returns what to store. */
type Read<T> = (v: unknown, path: string) => T;

/** An object read field by field, in the order given; nothing else is kept (nor an absent optional field). */
const fields =
  <T>(spec: { [K in keyof T]: Read<T[K]> }): Read<T> =>
  (v, path) => {
    const o = obj(v, path);
    const out = {} as T;
    for (const key of Object.keys(spec) as Array<keyof T & string>) {
      const value = spec[key](field(o, key, `${path}.${key}`), `${path}.${key}`);
      if (value !== undefined) out[key] = value;
    }
    return out;
  };

/** The pack's metadata; a next review cannot come before the last one. */
const meta: Read<ContentMeta> = (v, path) => {
  const m = fields<ContentMeta>({ title: text, version: text, hash, reviewed: date, nextReview: date })(v, path);
  return m.reviewed && m.nextReview && m.nextReview < m.reviewed ? fail(`${path}.nextReview`, `on or after ${path}.reviewed`) : m;
};

/** Every id exactly once, in any order; the rest of each item read by `rest`. */
const items =
  <Id extends string, T>(ids: readonly Id[], rest: Read<T>): Read<Array<{ id: Id } & T>> =>
  (v, path) => {
    const seen = new Set<string>();
    const out = list(v, path, (raw, at) => {
      const id = oneOf(field(obj(raw, at), 'id', `${at}.id`), `${at}.id`, ids);
      if (seen.has(id)) fail(`${at}.id`, `unique ("${id}" appears twice)`);
      seen.add(id);
      return { id, ...rest(raw, at) };
    });
    const missing = ids.filter((id) => !seen.has(id));
    if (missing.length) fail(path, `a list holding every id (missing: ${missing.join(', ')})`);
    return out;
  };

const listOf =
  <T>(read: Read<T>): Read<T[]> =>
  (v, path) =>
    list(v, path, read);
const either =
  <T extends string>(allowed: readonly T[]): Read<T> =>
  (v, path) =>
    oneOf(v, path, allowed);

const titled = fields({ title: text, text });
/** A group: heading, then items, checked in that order. */
const group = <T>(read: Read<T[]>) => fields({ heading: text, items: read });
/** A group with an intro: heading, intro, then items. */
const introGroup = <T>(read: Read<T[]>) => fields({ heading: text, intro: text, items: read });

/** The whole pack, in the order its fields are checked. */
const readPack: Read<ContentPack> = fields<ContentPack>({
  lang: text,
  dir: either(['ltr', 'rtl'] as const),
  meta,
  sections: items(SECTION_IDS, fields({ heading: text, paragraphs: listOf(text) })),
  benefits: group(items(BENEFIT_IDS, titled)),
  evidence: introGroup(items(STUDY_IDS, fields({ text }))),
  precautions: introGroup(items(PRECAUTION_IDS, titled)),
  sources: group(listOf(fields<Source>({ title: text, url }))),
  ui: fields({
    origin: either(['project'] as const),
    disclaimer: text,
    attribution: text,
    lastReviewed: text,
    disclaimerLabel: text,
    study: text,
    notAdvice: text,
    sourcesLink: text,
    nextReview: text,
    reviewOverdue: text,
    record: text,
  }),
});

export function validatePack(value: unknown, path = 'pack'): ContentPack {
  return readPack(value, path);
}
