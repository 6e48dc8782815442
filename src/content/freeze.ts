/**
 * Freezes a value and everything inside it. Packs are shared by every element
 * on the page: nobody may edit one in place.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
