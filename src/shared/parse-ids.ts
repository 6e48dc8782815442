/**
 * Reads a space-separated id list attribute. Unknown ids go to `onUnknown`
 * and are dropped; repeats are dropped; an empty list means every id.
 */
export function parseIds<T extends string>(
  value: string | null | undefined,
  valid: readonly T[],
  onUnknown: (bad: string) => void,
): T[] {
  const words = String(value ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...valid];
  const ids: T[] = [];
  for (const word of words) {
    if (!valid.includes(word as T)) onUnknown(word);
    else if (!ids.includes(word as T)) ids.push(word as T);
  }
  return ids;
}
