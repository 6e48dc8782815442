import { deepFreeze } from './freeze.js';
import type { ContentPack } from './types.js';

/*
 * The packs a page registered. Elements read from here; only registry.ts
 * writes, after checking. Kept apart from the checks so that importing one
 * element does not carry the validator, which only registerContent needs.
 *
 * The built-in English pack is not stored here: each element imports only its
 * own slice of it from en.generated.ts, so importing one element does not
 * carry the whole article. `getContent`/`resolveContent` in registry.ts add
 * the whole built-in pack, from the same module, back for the public API.
 */
const packs = new Map<string, ContentPack>();
/** Called after every registration (onContentChange). */
const listeners = new Set<() => void>();

export const localeKey = (locale: string) => locale.trim().toLowerCase();

/** Stores a checked pack and tells every connected element. */
export function storePack(locale: string, pack: ContentPack): void {
  packs.set(localeKey(locale), deepFreeze(pack));
  listeners.forEach((fn) => fn());
}

/** The pack a page registered for exactly this locale, if any. */
export const registeredPack = (locale: string): ContentPack | undefined => packs.get(localeKey(locale));

/** Locales that have a pack, in registration order: the built-in English first. */
export function registeredLocales(): string[] {
  return [...new Set(['en', ...packs.keys()])];
}

/**
 * The registered pack for a reader's language: the exact tag, then its
 * primary language ("pt-BR" → "pt"), then English as the page registered it.
 * No pack means the built-in English. `fallback` says the reader's language
 * has no pack, so English is shown instead.
 */
export function findPack(lang: string): { pack: ContentPack | undefined; fallback: boolean } {
  const wanted = localeKey(lang || 'en');
  const primary = wanted.split('-')[0];
  const pack = packs.get(wanted) ?? packs.get(primary);
  return { pack: pack ?? packs.get('en'), fallback: !pack && primary !== 'en' };
}

/**
 * Runs `fn` with `scoped` (checked packs by locale key) in place of the
 * registered packs of the same locales, then puts the registered ones back.
 * For a synchronous server render (src/ssr): its packs apply to that call
 * only, and no other call can run before they are taken out again. Nothing
 * is told: no element is connected there. Not used by the elements, so
 * bundles leave it out.
 */
export function withPacks<T>(scoped: ReadonlyMap<string, ContentPack>, fn: () => T): T {
  if (scoped.size === 0) return fn();
  const registered = new Map(packs);
  scoped.forEach((pack, key) => packs.set(key, pack));
  try {
    return fn();
  } finally {
    packs.clear();
    registered.forEach((pack, key) => packs.set(key, pack));
  }
}

/** Calls `fn` after every registration; returns the unsubscribe function. */
export function onContentChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
