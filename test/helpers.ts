/** Test helpers shared by the browser suites. */

/** Text of a node as a reader gets it: slotted and shadow content included, whitespace collapsed. */
export function deepText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
      return;
    }
    if (node instanceof Element && node.shadowRoot) {
      walk(node.shadowRoot);
      return;
    }
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every element matching `selector` in `root` and in every shadow root below it. */
export function deepQueryAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  root.querySelectorAll('*').forEach((el) => {
    if (el.shadowRoot) found.push(...deepQueryAll<T>(el.shadowRoot, selector));
  });
  return found;
}

/** Records console.warn calls until `restore()`; nothing reaches the real console meanwhile. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Waits for every ms-* element under `root` (shadow roots included) to finish updating. */
export async function settle(root: ParentNode): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const pending = deepQueryAll<Element & { updateComplete?: Promise<unknown> }>(root, '*')
      .filter((el) => el.localName.startsWith('ms-') && el.updateComplete)
      .map((el) => el.updateComplete);
    await Promise.all(pending);
  }
}
