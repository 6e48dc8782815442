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
  observer ??= new MutationObserver(() => watchers.forEach((w) => w()));
  observer.observe(document.documentElement, OPTIONS);
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    observer.observe(root, OPTIONS);
  }
  return () => {
    stopContent();
    watchers.delete(fn);
    if (watchers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
