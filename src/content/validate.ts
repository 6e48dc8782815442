import en from './en.generated.js';
import type { ContentPack } from './types.js';
import { parseIsoDate } from './iso-date.js';

/**
 * Run-time check of a content pack from an untrusted source (a page's own
 * translation or edited pack). Throws a TypeError naming the first bad field
 * path, so a translator can find it; the schema in content/schema.json says
 * the same thing for editors and build tools.
 *
 * The built-in English pack is the model of the shape: a pack must have every
 * field the English one has, in the same form (a non-empty string where
 * English has a string, every id of an id list exactly once). English is
 * checked against content/schema.json in the tests, so the two cannot drift.
 * Only the fields that are not plain text say what they accept (`SPECIAL`).
 *
 * It returns a new pack built from the fields it checked, each read once, so
 * what is stored is exactly what was checked: later edits to the caller's
 * object, getters, inherited fields and unknown keys (functions, `__proto__`)
 * cannot reach what is shown.
 */
type Json = Record<string, unknown>;
/** A reader: checks a value found at `path` and returns what to store. */
type Read = (v: unknown, path: string) => unknown;

const fail = (path: string, want: string): never => {
  throw new TypeError(`${path} must be ${want}`);
};

/**
 * What `get` returns, or a TypeError naming the path when it throws: every
 * read of the caller's data goes through here, since a getter, a proxy trap
 * or a revoked proxy (even `Array.isArray` throws on one) can throw anything.
 */
function guard<T>(path: string, get: () => T): T {
  try {
    return get();
  } catch {
    return fail(path, 'readable');
  }
}

/** `o[key]`, read through `guard`. */
const field = (o: object, key: string | number, path: string): unknown => guard(path, () => (o as Record<string | number, unknown>)[key]);

const isArray = (v: unknown, path: string): boolean => guard(path, () => Array.isArray(v));

const obj = (v: unknown, path: string): Json =>
  typeof v === 'object' && v !== null && !isArray(v, path) ? (v as Json) : fail(path, 'an object');

const text: Read = (v, path) => (typeof v === 'string' && v.trim() !== '' ? v : fail(path, 'a non-empty string'));

const oneOf =
  (allowed: readonly string[]): Read =>
  (v, path) =>
    allowed.includes(v as string) ? v : fail(path, `one of: ${allowed.join(', ')}`);

/**
 * A new array of each element read by `read`; a plain loop, so no overridden
 * map or iterator runs. The length is read once: a proxy may report any
 * value, or a new one on every read.
 */
function list(v: unknown, path: string, read: Read): unknown[] {
  const length = isArray(v, path) ? field(v as object, 'length', path) : 0;
  if (typeof length !== 'number' || !(length > 0)) fail(path, 'a non-empty array');
  const out = [];
  for (let i = 0; i < (length as number); i++) out.push(read(field(v as object, i, `${path}[${i}]`), `${path}[${i}]`));
  return out;
}

/** null (English leaves both dates empty), or a real calendar date written as YYYY-MM-DD. */
const date: Read = (v, path) =>
  v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && parseIsoDate(v))
    ? v
    : fail(path, 'null or a date as YYYY-MM-DD');

/** Fields that are not plain text, by name. */
const SPECIAL: Record<string, Read> = {
  dir: oneOf(['ltr', 'rtl']),
  origin: oneOf(['project']),
  url(v, path) {
    let scheme = '';
    try {
      if (typeof v === 'string') scheme = new URL(v).protocol;
    } catch {
      // Not an absolute URL (relative, empty): rejected below with the others.
    }
    return v === null || scheme === 'http:' || scheme === 'https:' ? v : fail(path, 'null or an absolute http or https URL');
  },
  /** Absent, or "sha256-" and a base64 SHA-256 digest. */
  hash: (v, path) =>
    v === undefined || (typeof v === 'string' && /^sha256-[A-Za-z0-9+/]{43}=$/.test(v))
      ? v
      : fail(path, 'absent or "sha256-" and 44 base64 characters'),
};

/** Reads `v` as shaped like `model`, a part of the English pack. */
function like(model: unknown, v: unknown, path: string): unknown {
  if (model === null) return date(v, path);
  if (typeof model === 'string') return text(v, path);
  if (Array.isArray(model)) return (model[0] as Json).id ? items(model as Json[], v, path) : list(v, path, (x, at) => like(model[0], x, at));
  const o = obj(v, path);
  const out: Json = {};
  for (const key of Object.keys(model as Json)) {
    if (key === 'id') continue;
    const at = `${path}.${key}`;
    const value = SPECIAL[key] ? SPECIAL[key](field(o, key, at), at) : like((model as Json)[key], field(o, key, at), at);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Every id of the English list exactly once, in any order; the rest of each item as in English. */
function items(model: Json[], v: unknown, path: string): Json[] {
  const ids = model.map((m) => m.id as string);
  const seen = new Set<string>();
  const out = list(v, path, (raw, at) => {
    const id = oneOf(ids)(field(obj(raw, at), 'id', `${at}.id`), `${at}.id`) as string;
    if (seen.has(id)) fail(`${at}.id`, `unique ("${id}" appears twice)`);
    seen.add(id);
    return { id, ...(like(model[0], raw, at) as Json) };
  });
  const missing = ids.filter((id) => !seen.has(id));
  return missing.length ? fail(path, `a list holding every id (missing: ${missing.join(', ')})`) : (out as Json[]);
}

export function validatePack(value: unknown, path = 'pack'): ContentPack {
  const pack = like(en, value, path) as ContentPack;
  const { reviewed, nextReview } = pack.meta;
  // A next review cannot come before the last one.
  return reviewed && nextReview && nextReview < reviewed ? fail(`${path}.meta.nextReview`, `on or after ${path}.meta.reviewed`) : pack;
}
