import type { ContentPack, Source } from './types.js';
import { BENEFIT_IDS, PRECAUTION_IDS, SECTION_IDS, STUDY_IDS } from './ids.js';

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

/** Every id exactly once, in any order; the rest of each item read by `read`. */
function items<Id extends string, T>(
  v: unknown,
  path: string,
  ids: readonly Id[],
  read: (item: Json, at: string) => T,
): Array<{ id: Id } & T> {
  const seen = new Set<string>();
  const out = list(v, path, (raw, at) => {
    const item = obj(raw, at);
    const id = oneOf(item.id, `${at}.id`, ids);
    if (seen.has(id)) fail(`${at}.id`, `unique ("${id}" appears twice)`);
    seen.add(id);
    return { id, ...read(item, at) };
  });
  const missing = ids.filter((id) => !seen.has(id));
  if (missing.length) fail(path, `a list holding every id (missing: ${missing.join(', ')})`);
  return out;
}

const titled = (item: Json, at: string) => ({
  title: text(item.title, `${at}.title`),
  text: text(item.text, `${at}.text`),
});

/** A group: heading, then items, checked in that order. */
function group<T>(v: unknown, at: string, readItems: (v: unknown, at: string) => T[]) {
  const g = obj(v, at);
  return { heading: text(g.heading, `${at}.heading`), items: readItems(g.items, `${at}.items`) };
}

/** A group with an intro: heading, intro, then items. */
function introGroup<T>(v: unknown, at: string, readItems: (v: unknown, at: string) => T[]) {
  const g = obj(v, at);
  const heading = text(g.heading, `${at}.heading`);
  const intro = text(g.intro, `${at}.intro`);
  return { heading, intro, items: readItems(g.items, `${at}.items`) };
}

const UI_KEYS = ['disclaimer', 'attribution', 'lastReviewed', 'disclaimerLabel', 'study'] as const;

export function validatePack(value: unknown, path = 'pack'): ContentPack {
  const pack = obj(value, path);
  const lang = text(pack.lang, `${path}.lang`);
  const dir = oneOf(pack.dir, `${path}.dir`, ['ltr', 'rtl'] as const);
  const title = text(pack.title, `${path}.title`);
  const sections = items(pack.sections, `${path}.sections`, SECTION_IDS, (s, at) => ({
    heading: text(s.heading, `${at}.heading`),
    paragraphs: list(s.paragraphs, `${at}.paragraphs`, text),
  }));
  const benefits = group(pack.benefits, `${path}.benefits`, (v, at) => items(v, at, BENEFIT_IDS, titled));
  const evidence = introGroup(pack.evidence, `${path}.evidence`, (v, at) =>
    items(v, at, STUDY_IDS, (study, s) => ({ text: text(study.text, `${s}.text`) })),
  );
  const precautions = introGroup(pack.precautions, `${path}.precautions`, (v, at) =>
    items(v, at, PRECAUTION_IDS, titled),
  );
  const sources = group(pack.sources, `${path}.sources`, (v, at) =>
    list(v, at, (raw, s): Source => {
      const source = obj(raw, s);
      return { title: text(source.title, `${s}.title`), url: url(source.url, `${s}.url`) };
    }),
  );
  const ui = obj(pack.ui, `${path}.ui`);
  const origin = oneOf(ui.origin, `${path}.ui.origin`, ['project'] as const);
  const [disclaimer, attribution, lastReviewed, disclaimerLabel, study] = UI_KEYS.map((key) =>
    text(ui[key], `${path}.ui.${key}`),
  );
  return {
    lang,
    dir,
    title,
    sections,
    benefits,
    evidence,
    precautions,
    sources,
    ui: { origin, disclaimer, attribution, lastReviewed, disclaimerLabel, study },
  };
}
