import en from './en.generated.js';
import type { ContentPack } from './types.js';
import { validatePack } from './validate.js';

/** Packs are shared by every element on the page: nobody may edit one in place. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const packs = new Map<string, ContentPack>([['en', deepFreeze(en)]]);
const listeners = new Set<() => void>();

const key = (locale: string) => locale.trim().toLowerCase();

/**
 * Adds or replaces the pack for a locale (a BCP 47 tag such as "fr" or
 * "pt-BR") and re-renders every connected element. Throws a TypeError naming
 * the bad field path when the pack is malformed; nothing is registered then.
 */
export function registerContent(locale: string, pack: unknown): void {
  if (typeof locale !== 'string' || key(locale) === '') {
    throw new TypeError('registerContent: locale must be a non-empty string such as "fr" or "pt-BR"');
  }
  let checked: ContentPack;
  try {
    // A private copy of exactly what was checked: later edits to the caller's
    // object, getters or inherited fields cannot change what shows.
    checked = validatePack(pack);
  } catch (e) {
    throw new TypeError(`registerContent("${locale}"): ${(e as Error).message}`, { cause: e });
  }
  packs.set(key(locale), deepFreeze(checked));
  listeners.forEach((fn) => fn());
}

/**
 * The pack registered for exactly this locale, if any. It is frozen: to
 * start a translation from it, edit a copy (`structuredClone`).
 */
export function getContent(locale: string): ContentPack | undefined {
  return packs.get(key(locale));
}

/** Locales that have a pack, in registration order. */
export function registeredLocales(): string[] {
  return [...packs.keys()];
}

/**
 * The pack for a reader's language: the exact tag, then its primary language
 * ("pt-BR" → "pt"), then English. `fallback` says English was used instead.
 */
export function resolveContent(lang: string): { pack: ContentPack; fallback: boolean } {
  const wanted = key(lang || 'en');
  const pack = packs.get(wanted) ?? packs.get(wanted.split('-')[0]);
  // English as the page registered it, if it replaced the built-in pack.
  return pack ? { pack, fallback: false } : { pack: packs.get('en') ?? en, fallback: true };
}

/** Calls `fn` after every registration; returns the unsubscribe function. */
export function onContentChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
