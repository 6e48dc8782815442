import en from './en.generated.js';
import type { ContentPack } from './types.js';

/*
 * Where the packs live. Elements read from here; only registry.ts writes,
 * after checking. Kept apart from the checks so that importing one element
 * does not carry the validator, which only registerContent needs.
 */

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

export const localeKey = (locale: string) => locale.trim().toLowerCase();

/** Stores a checked pack and tells every connected element. */
export function storePack(locale: string, pack: ContentPack): void {
  packs.set(localeKey(locale), deepFreeze(pack));
  listeners.forEach((fn) => fn());
}

/**
 * The pack registered for exactly this locale, if any. It is frozen: to
 * start a translation from it, edit a copy (`structuredClone`).
 */
export function getContent(locale: string): ContentPack | undefined {
  return packs.get(localeKey(locale));
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
  const wanted = localeKey(lang || 'en');
  const pack = packs.get(wanted) ?? packs.get(wanted.split('-')[0]);
  // English as the page registered it, if it replaced the built-in pack.
  return pack ? { pack, fallback: false } : { pack: packs.get('en') ?? en, fallback: true };
}

/** Calls `fn` after every registration; returns the unsubscribe function. */
export function onContentChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
