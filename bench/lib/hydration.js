// Which hydration modes the built renderer can produce, found by rendering a
// card and reading what comes out, not by version numbers.
//
// Deferred: the top-level widget carries Lit's `defer-hydration` attribute
// (the hydrate file wakes it later). Eager: it does not. Each mode tries its
// option sets in order and keeps the first whose output shows the mode
// (renderWidgets' `hydrate` option), so a renderer that lost a mode is
// reported as such rather than measured as the other.

const CANDIDATES = {
  deferred: [{ hydrate: 'defer' }],
  eager: [{ hydrate: 'eager' }],
};
const PROBE = '<ms-evidence-card study="halt-ms"></ms-evidence-card>';

/** Whether the first widget of `html` waits for the hydrate file to wake it. */
export const deferred = (html) => /^<ms-evidence-card\b[^>]*\sdefer-hydration[\s=>]/.test(html.trimStart());

/**
 * { deferred: options | null, eager: options | null, reasons: { mode: text } }:
 * the renderWidgets options that give each mode, or null with the reason.
 */
export function hydrationOptions(renderWidgets) {
  const found = { reasons: {} };
  for (const [mode, list] of Object.entries(CANDIDATES)) {
    found[mode] = list.find((options) => deferred(renderWidgets(PROBE, options)) === (mode === 'deferred')) ?? null;
    if (!found[mode])
      found.reasons[mode] = `not available yet: dist/ssr renders no ${mode} hydration (tried options ${list.map((o) => JSON.stringify(o)).join(', ')})`;
  }
  return found;
}
