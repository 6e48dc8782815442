/**
 * Imported first by every entry that loads Lit for a page (src/elements.ts,
 * src/index.ts, src/hydrate.ts), so it runs before Lit's modules evaluate.
 *
 * Lit reads these globals once while it loads (`litHtmlVersions ??= []`,
 * `litHtmlPolyfillSupport?.(…)`, `trustedTypes?.createPolicy`, …). On a page,
 * named access makes any of them an element of the page: `<div
 * id="litHtmlVersions">`, `<img name="litElementVersions">` (two make an
 * HTMLCollection), `<iframe name="litElementHydrateSupport">` (its window).
 * User content with ids is enough, and Lit then throws and no widget renders.
 */
const LIT_GLOBALS = [
  'litHtmlVersions',
  'litHtmlPolyfillSupport',
  'reactiveElementVersions',
  'reactiveElementPolyfillSupport',
  'litElementVersions',
  'litElementPolyfillSupport',
  'litElementHydrateSupport',
  'litPropertyMetadata',
  'trustedTypes',
  'ShadyCSS',
  'litNonce',
];

// Named access is the only way a name is found on window without being an
// own property of it or of Window.prototype: a real value (a polyfill,
// another copy of Lit, the page's litNonce) is an own property of window,
// and native Trusted Types live on window or Window.prototype. Those are
// kept. A name found by named access alone is set to undefined: that makes
// an own property of window, which hides the element from Lit (and from
// window[name]; getElementById still finds it). Node, where the
// server renderer runs, has no Window and no named access.
if (typeof Window === 'function') {
  for (const name of LIT_GLOBALS) {
    if (name in globalThis && !Object.hasOwn(globalThis, name) && !Object.hasOwn(Window.prototype, name)) {
      (globalThis as Record<string, unknown>)[name] = undefined;
    }
  }
}
