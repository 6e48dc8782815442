/**
 * Rendered shadow DOM kept for reuse: a page with a hundred identical cards
 * renders the first through Lit and clones its DOM into the rest, which is
 * about a third cheaper than Lit cloning and filling its template again.
 *
 * Kept per content pack (a pack registered later keys a fresh set, and the
 * old set goes with it) and then by the element's key: its tag, its
 * properties, its language and the attribution it shows (`MsElement.shareKey`).
 */
const prepared = new WeakMap<object, Map<string, DocumentFragment>>();

/**
 * How many distinct renders one pack keeps: enough for every element and
 * attribute a page uses; a page that cycles through endless values costs
 * bounded memory (the oldest goes first).
 */
const KEPT = 64;

/** A copy of the DOM rendered for `key` with `pack`, if one was kept. */
export function sharedRender(pack: object, key: string): Node | undefined {
  return prepared.get(pack)?.get(key)?.cloneNode(true);
}

/**
 * Whether `root` holds the same DOM as the render kept for `key`, node for
 * node: a server-rendered element whose DOM is an identical one's needs no
 * hydration of its own.
 */
export function matchesRender(pack: object, key: string, root: ParentNode): boolean {
  const kept = prepared.get(pack)?.get(key)?.childNodes;
  const nodes = root.childNodes;
  return !!kept && kept.length === nodes.length && [...nodes].every((node, i) => node.isEqualNode(kept[i]));
}

/** Keeps a copy of `root`'s rendered DOM for the next element with the same `pack` and `key`. */
export function keepRender(pack: object, key: string, root: ParentNode): void {
  let kept = prepared.get(pack);
  if (!kept) prepared.set(pack, (kept = new Map()));
  if (kept.has(key)) return;
  if (kept.size >= KEPT) kept.delete(kept.keys().next().value as string);
  const copy = document.createDocumentFragment();
  for (const node of root.childNodes) copy.append(node.cloneNode(true));
  kept.set(key, copy);
}
