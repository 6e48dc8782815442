import { onContentChange } from '../content/store.js';

/**
 * The language that applies to an element: its nearest `lang` attribute,
 * walking out of shadow roots up to <html lang>; nothing when none is set.
 */
export function nearestLang(el: Element): string | null | undefined {
  for (let host: Element | undefined = el; host; host = (host.getRootNode() as ShadowRoot).host) {
    const owner = host.closest('[lang]');
    if (owner) return owner.getAttribute('lang');
  }
  return undefined;
}

let observer: MutationObserver | undefined;
/**
 * The nodes the observer watches: observing one again only replaces its
 * options, but costs as much as the first time, once per widget (200 cards
 * share one document).
 */
let observed = new WeakSet<Node>();

function observeOnce(watching: MutationObserver, node: Node): void {
  if (observed.has(node)) return;
  observed.add(node);
  watching.observe(node, OPTIONS);
}
/** What each element asked to run when a `lang` attribute changes. */
const watchers = new Set<() => void>();
// An attribute filter implies `attributes: true` (DOM standard, MutationObserver.observe).
// No prototype: an inherited `attributes: false` on a polluted page would make observe() throw.
const OPTIONS = { __proto__: null, attributeFilter: ['lang'], subtree: true } as MutationObserverInit;

/**
 * Calls `fn` after every content registration and whenever a `lang` attribute
 * that can apply to `el` changes: in the document, or in any shadow root
 * around `el` (a host page's own component, or the ms-* element that composes
 * this one), which a document-wide observer cannot see into. One observer
 * serves every element; it is dropped with the last watcher so nothing stays
 * attached to the host page.
 */
export function watchLang(el: Element, fn: () => void): () => void {
  const stopContent = onContentChange(fn);
  watchers.add(fn);
  const watching = (observer ??= new MutationObserver(() => watchers.forEach((w) => w())));
  observeOnce(watching, document.documentElement);
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observeOnce(watching, root);
  return () => {
    stopContent();
    watchers.delete(fn);
    if (watchers.size === 0) {
      observer?.disconnect();
      observer = undefined;
      observed = new WeakSet();
    }
  };
}
