import { localeKey, storePack } from './store.js';
import { validatePack } from './validate.js';

export { getContent, onContentChange, registeredLocales, resolveContent } from './store.js';

/**
 * Adds or replaces the pack for a locale (a BCP 47 tag such as "fr" or
 * "pt-BR") and re-renders every connected element. Throws a TypeError naming
 * the bad field path when the pack is malformed; nothing is registered then.
 */
export function registerContent(locale: string, pack: unknown): void {
  if (typeof locale !== 'string' || localeKey(locale) === '') {
    throw new TypeError('registerContent: locale must be a non-empty string such as "fr" or "pt-BR"');
  }
  let checked;
  try {
    // A private copy of exactly what was checked: later edits to the caller's
    // object, getters or inherited fields cannot change what shows.
    checked = validatePack(pack);
  } catch (e) {
    throw new TypeError(`registerContent("${locale}"): ${(e as Error).message}`, { cause: e });
  }
  storePack(locale, checked);
}
