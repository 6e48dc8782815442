import type { ContentPack } from './types.js';
import { BENEFIT_IDS, PRECAUTION_IDS, SECTION_IDS, STUDY_IDS } from './ids.js';

/**
 * Run-time check of a content pack from an untrusted source (a page's own
 * translation or edited pack). Throws a TypeError naming the first bad field
 * path, so a translator can find it; the schema in content/schema.json says
 * the same thing for editors and build tools.
 */
type Json = Record<string, unknown>;

const fail = (path: string, want: string): never => {
  throw new TypeError(`${path} must be ${want}`);
};

const obj = (v: unknown, path: string): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : fail(path, 'an object');

const text = (v: unknown, path: string): string =>
  typeof v === 'string' && v.trim() !== '' ? v : fail(path, 'a non-empty string');

const list = (v: unknown, path: string): unknown[] =>
  Array.isArray(v) && v.length > 0 ? v : fail(path, 'a non-empty array');

const oneOf = (v: unknown, path: string, allowed: readonly string[]): string =>
  allowed.includes(v as string) ? (v as string) : fail(path, `one of: ${allowed.join(', ')}`);

function url(v: unknown, path: string): void {
  if (v === null) return;
  let scheme = '';
  try {
    scheme = new URL(text(v, path)).protocol;
  } catch (e) {
    if (e instanceof TypeError && e.message.startsWith(path)) throw e;
  }
  if (scheme !== 'http:' && scheme !== 'https:') fail(path, 'null or an absolute http or https URL');
}

/** Every id exactly once, in any order; each item checked by `check`. */
function items(
  v: unknown,
  path: string,
  ids: readonly string[],
  check: (item: Json, path: string) => void,
): void {
  const seen = new Set<string>();
  list(v, path).forEach((raw, i) => {
    const at = `${path}[${i}]`;
    const item = obj(raw, at);
    const id = oneOf(item.id, `${at}.id`, ids);
    if (seen.has(id)) fail(`${at}.id`, `unique ("${id}" appears twice)`);
    seen.add(id);
    check(item, at);
  });
  const missing = ids.filter((id) => !seen.has(id));
  if (missing.length) fail(path, `a list holding every id (missing: ${missing.join(', ')})`);
}

const titled = (item: Json, at: string) => {
  text(item.title, `${at}.title`);
  text(item.text, `${at}.text`);
};

const UI_KEYS = ['disclaimer', 'attribution', 'lastReviewed', 'disclaimerLabel', 'study'] as const;

export function validatePack(value: unknown, path = 'pack'): ContentPack {
  const pack = obj(value, path);
  text(pack.lang, `${path}.lang`);
  oneOf(pack.dir, `${path}.dir`, ['ltr', 'rtl']);
  text(pack.title, `${path}.title`);
  items(pack.sections, `${path}.sections`, SECTION_IDS, (s, at) => {
    text(s.heading, `${at}.heading`);
    list(s.paragraphs, `${at}.paragraphs`).forEach((p, i) => text(p, `${at}.paragraphs[${i}]`));
  });
  const group = (key: string, ids: readonly string[] | null, check: (item: Json, at: string) => void, intro = false) => {
    const at = `${path}.${key}`;
    const g = obj(pack[key], at);
    text(g.heading, `${at}.heading`);
    if (intro) text(g.intro, `${at}.intro`);
    if (ids) items(g.items, `${at}.items`, ids, check);
    else list(g.items, `${at}.items`).forEach((item, i) => check(obj(item, `${at}.items[${i}]`), `${at}.items[${i}]`));
  };
  group('benefits', BENEFIT_IDS, titled);
  group('evidence', STUDY_IDS, (s, at) => text(s.text, `${at}.text`), true);
  group('precautions', PRECAUTION_IDS, titled, true);
  group('sources', null, (s, at) => {
    text(s.title, `${at}.title`);
    url(s.url, `${at}.url`);
  });
  const ui = obj(pack.ui, `${path}.ui`);
  oneOf(ui.origin, `${path}.ui.origin`, ['project']);
  for (const key of UI_KEYS) text(ui[key], `${path}.ui.${key}`);
  return pack as unknown as ContentPack;
}
