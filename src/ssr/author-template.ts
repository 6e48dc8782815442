import type { TemplateResult } from 'lit';

/**
 * The author's markup as a Lit template with no bindings, for @lit-labs/ssr
 * to copy while it expands each ms-* element in it.
 *
 * Not `html\`${unsafeStatic(markup)}\``: lit-html's static templates keep
 * every distinct string in a module-level Map that is never emptied, so a
 * server rendering many distinct pages would keep each one for good. Here
 * the strings array is new for each call; @lit-labs/ssr caches its parse in
 * a WeakMap keyed by that array, so the entry goes when the render is done.
 * Lit accepts only template strings arrays with a `raw` field, as
 * `unsafeStatic` builds them too.
 */
export function authorTemplate(markup: string): TemplateResult {
  const strings = Object.assign([markup], { raw: [markup] });
  return { ['_$litType$']: 1, strings, values: [] };
}
