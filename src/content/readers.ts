/**
 * Readers for a content pack from an untrusted source: each checks one kind
 * of value and returns what to store, or throws a TypeError naming the field
 * path and what it must be. pack-rules.ts puts them together into the shape
 * of a pack.
 *
 * Every read of the caller's data goes through `guard`, and objects and
 * arrays are rebuilt from the fields read, each read once: getters, proxies,
 * inherited fields and unknown keys cannot reach what is stored.
 */
import { parseIsoDate } from './iso-date.js';

/** A reader: checks a value found at `path` and returns what to store (undefined: store nothing). */
export type Read = (v: unknown, path: string) => unknown;

type Json = Record<string, unknown>;

const fail = (path: string, want: string): never => {
  throw new TypeError(`${path} must be ${want}`);
};

/**
 * What `get` returns, or a TypeError naming the path when it throws: a
 * getter, a proxy trap or a revoked proxy (even `Array.isArray` throws on
 * one) can throw anything.
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

const object = (v: unknown, path: string): Json =>
  typeof v === 'object' && v !== null && !isArray(v, path) ? (v as Json) : fail(path, 'an object');

/** A string with something besides white space. */
export const text: Read = (v, path) => (typeof v === 'string' && v.trim() !== '' ? v : fail(path, 'a non-empty string'));

export const oneOf =
  (allowed: readonly string[]): Read =>
  (v, path) =>
    allowed.includes(v as string) ? v : fail(path, `one of: ${allowed.join(', ')}`);

/** null, or a real calendar date written as YYYY-MM-DD. */
export const dateOrNull: Read = (v, path) =>
  v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && parseIsoDate(v))
    ? v
    : fail(path, 'null or a date as YYYY-MM-DD');

/** null, or an absolute http or https URL. */
export const httpUrlOrNull: Read = (v, path) => {
  let scheme = '';
  try {
    if (typeof v === 'string') scheme = new URL(v).protocol;
  } catch {
    // Not an absolute URL (relative, empty): rejected below with the others.
  }
  return v === null || scheme === 'http:' || scheme === 'https:' ? v : fail(path, 'null or an absolute http or https URL');
};

/** Absent, or "sha256-" and a base64 SHA-256 digest. */
export const hashOrAbsent: Read = (v, path) =>
  v === undefined || (typeof v === 'string' && /^sha256-[A-Za-z0-9+/]{43}=$/.test(v))
    ? v
    : fail(path, 'absent or "sha256-" and 44 base64 characters');

/**
 * A non-empty array, each element read by `read`, as a new array; a plain
 * loop, so no overridden map or iterator runs. The length is read once: a
 * proxy may report any value, or a new one on every read.
 */
export const list =
  (read: Read) =>
  (v: unknown, path: string): unknown[] => {
    const length = isArray(v, path) ? field(v as object, 'length', path) : 0;
    if (typeof length !== 'number' || !(length > 0)) fail(path, 'a non-empty array');
    const out = [];
    for (let i = 0; i < (length as number); i++) out.push(read(field(v as object, i, `${path}[${i}]`), `${path}[${i}]`));
    return out;
  };

/** The fields of an object, each with its reader, in the order they are checked. */
export type Fields = Record<string, Read>;

/** An object with these fields, as a new object of exactly them; other keys are left behind. */
export const shape =
  (fields: Fields) =>
  (v: unknown, path: string): Json => {
    const o = object(v, path);
    const out: Json = {};
    for (const key of Object.keys(fields)) {
      const at = `${path}.${key}`;
      const value = fields[key](field(o, key, at), at);
      if (value !== undefined) out[key] = value;
    }
    return out;
  };

/** A list of items that hold every id of `ids` exactly once, in any order, each item's other fields read by `fields`. */
export const idList = (ids: readonly string[], fields: Fields): Read => {
  const rest = shape(fields);
  return (v, path) => {
    const seen = new Set<string>();
    const out = list((raw, at) => {
      const id = oneOf(ids)(field(object(raw, at), 'id', `${at}.id`), `${at}.id`) as string;
      if (seen.has(id)) fail(`${at}.id`, `unique ("${id}" appears twice)`);
      seen.add(id);
      return { id, ...rest(raw, at) };
    })(v, path);
    const missing = ids.filter((id) => !seen.has(id));
    return missing.length ? fail(path, `a list holding every id (missing: ${missing.join(', ')})`) : out;
  };
};

/** For the checks that span fields, after the readers: the same TypeError. */
export { fail };
