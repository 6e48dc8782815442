/**
 * The one wording of every bad-input warning: which element, which attribute,
 * what value was given and what is allowed.
 */
export function invalidMessage(tag: string, attr: string, value: unknown, allowed: string): string {
  return `<${tag}> ${attr}: "${String(value)}" is not valid. Allowed: ${allowed}.`;
}

/**
 * How many warnings a set given to `firstTime` remembers, so as not to
 * repeat them: a page that cycles an attribute through endless bad values
 * costs bounded memory, and a value seen again after this many others warns
 * again.
 */
export const WARNED_CAP = 32;

/**
 * Remembers `key` in `seen`, forgetting the oldest past `cap` so a hostile
 * page or a long-running server cannot grow it without end. False when `key`
 * was remembered already: its warning has been given.
 */
export function firstTime(seen: Set<string>, key: string, cap: number): boolean {
  if (seen.has(key)) return false;
  // A Set keeps insertion order: the first entry is the oldest.
  if (seen.size >= cap) seen.delete(seen.values().next().value as string);
  seen.add(key);
  return true;
}
