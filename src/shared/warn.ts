/**
 * The one wording of every bad-input warning: which element, which attribute,
 * what value was given and what is allowed.
 */
export function invalidMessage(tag: string, attr: string, value: unknown, allowed: string): string {
  return `<${tag}> ${attr}: "${String(value)}" is not valid. Allowed: ${allowed}.`;
}
