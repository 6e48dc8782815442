/**
 * The language that applies to an element: its nearest `lang` attribute,
 * walking out of shadow roots up to <html lang>. Empty when none is set.
 */
export function nearestLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return '';
}

const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `fn` when any `lang` attribute in the document changes. One observer
 * serves every element; it is created on first use and dropped with the
 * last watcher so nothing stays attached to the host page.
 */
export function watchLang(fn: () => void): () => void {
  watchers.add(fn);
  if (!observer) {
    observer = new MutationObserver(() => watchers.forEach((w) => w()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    watchers.delete(fn);
    if (watchers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
