import { localeKey } from '../content/store.js';
import type { ContentPack } from '../content/types.js';
import { deepFreeze } from '../content/freeze.js';
import { validatePack } from '../content/validate.js';

/**
 * The `content` option of one render call, checked exactly as
 * `registerContent` checks a pack, as a map by locale key for `withPacks`.
 * Errors are TypeErrors that name the option, the locale and the field path.
 */
export function scopedPacks(content: unknown): Map<string, ContentPack> {
  const packs = new Map<string, ContentPack>();
  if (content === undefined) return packs;
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    throw new TypeError('renderPage: content must be an object of content packs by locale, such as { fr: pack }');
  }
  for (const [locale, pack] of Object.entries(content)) {
    if (localeKey(locale) === '') {
      throw new TypeError('renderPage: content keys must be non-empty locales such as "fr" or "pt-BR"');
    }
    packs.set(localeKey(locale), deepFreeze(validatePack(pack, `renderPage: content["${locale}"]`)));
  }
  return packs;
}
