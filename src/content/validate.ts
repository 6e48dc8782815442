import { readPack } from './pack-rules.js';
import { fail } from './readers.js';
import type { ContentPack } from './types.js';

/**
 * Run-time check of a content pack from an untrusted source (a page's own
 * translation or edited pack). Throws a TypeError naming the first bad field
 * path, so a translator can find it; the rules are in pack-rules.ts, and the
 * schema in content/schema.json says the same thing for editors and build
 * tools.
 *
 * It returns a new pack built from the fields it checked, each read once, so
 * what is stored is exactly what was checked: later edits to the caller's
 * object, getters, inherited fields and unknown keys (functions, `__proto__`)
 * cannot reach what is shown.
 */
export function validatePack(value: unknown, path = 'pack'): ContentPack {
  const pack = readPack(value, path) as unknown as ContentPack;
  const { reviewed, nextReview } = pack.meta;
  // A next review cannot come before the last one.
  return reviewed && nextReview && nextReview < reviewed ? fail(`${path}.meta.nextReview`, `on or after ${path}.meta.reviewed`) : pack;
}
