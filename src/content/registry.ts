import en from './en.generated.js';
import { findPack, localeKey, registeredPack, storePack } from './store.js';
import type { ContentPack } from './types.js';
import { validatePack } from './validate.js';
import { runHeldDefinitions, taken } from './taken.js';

export { onContentChange, registeredLocales } from './store.js';

/**
 * Adds or replaces the pack for a locale (a BCP 47 tag such as "fr" or
 * "pt-BR") and re-renders every connected element. Throws a TypeError naming
 * the bad field path when the pack is malformed; nothing is registered then.
 */
export function registerContent(locale: string, pack: unknown): void {
  if (typeof locale !== 'string' || localeKey(locale) === '') {
    throw new TypeError('registerContent: locale must be a non-empty string such as "fr" or "pt-BR"');
  }
  runHeldDefinitions();
  // A private copy of exactly what was checked (later edits to the caller's
  // object, getters or inherited fields cannot change what shows); its
  // errors name the call and the field path.
  storePack(locale, validatePack(pack, `registerContent("${locale}"): pack`));
  if (taken.length) {
    console.warn(
      `registerContent("${locale}"): ${taken.map((t) => `<${t}>`).join(', ')} on this page come from another copy of the widgets (or the page), which does not see this pack. Load one copy: ms-widgets-full.js alone, or register through the copy that defined them.`,
    );
  }
}

/**
 * The pack registered for exactly this locale, if any ("en" is built in). It
 * is frozen: to start a translation from it, edit a copy (`structuredClone`).
 */
export function getContent(locale: string): ContentPack | undefined {
  return registeredPack(locale) ?? (localeKey(locale) === 'en' ? en : undefined);
}

/**
 * The pack for a reader's language: the exact tag, then its primary language
 * ("pt-BR" → "pt"), then English (as the page registered it, if it replaced
 * the built-in pack). `fallback` says English was used instead.
 */
export function resolveContent(lang: string): { pack: ContentPack; fallback: boolean } {
  const { pack, fallback } = findPack(lang);
  return { pack: pack ?? en, fallback };
}
