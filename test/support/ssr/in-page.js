/* global document, window, customElements, getComputedStyle, Node, requestAnimationFrame -- these functions run in the page */
// Functions that run inside the page (page.evaluate). They use only the DOM:
// with JavaScript off the page runs none of its own scripts, but the test
// harness can still read the document.

/** Each top-level ms-* element of the page with its text as a reader gets it: shadow roots and slots included, whitespace collapsed. */
export function widgetTexts({ visibleOnly = false } = {}) {
  // A text node counts when the nearest box around it is rendered: slots
  // have no box of their own, so look past them.
  const shown = (el) => {
    while (el && getComputedStyle(el).display === 'contents') el = el.parentElement ?? el.getRootNode().host;
    return !el || el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  };
  const text = (root) => {
    const parts = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        if (!visibleOnly || shown(node.parentElement ?? node.parentNode.host)) parts.push(node.data);
        return;
      }
      if (node.nodeType === Node.COMMENT_NODE) return;
      const el = node;
      if (el.localName === 'style' || el.localName === 'script' || el.localName === 'template') return;
      if (el.localName === 'slot') {
        const assigned = el.assignedNodes({ flatten: true });
        (assigned.length ? assigned : [...el.childNodes]).forEach(walk);
        return;
      }
      if (el.shadowRoot) return void walk(el.shadowRoot);
      node.childNodes.forEach(walk);
    };
    walk(root);
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  };
  const top = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ms-'));
  return top.map((el) => ({ tag: el.localName, text: text(el) }));
}

/** Every node in the page's shadow roots, in order, kept on window so a later call can check they are the same nodes. */
export function snapshotShadowNodes() {
  const nodes = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      nodes.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(document);
  const inShadow = nodes.filter((n) => n.getRootNode() !== document);
  window.__msSnapshot = inShadow.map((n) => ({ node: n, text: n.nodeType === Node.TEXT_NODE ? n.data : null }));
  return inShadow.length;
}

/** What changed since snapshotShadowNodes: nodes removed, added or edited. */
export function diffShadowNodes() {
  const before = window.__msSnapshot;
  const now = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      now.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(document);
  const inShadow = now.filter((n) => n.getRootNode() !== document);
  const kept = new Set(inShadow);
  const had = new Set(before.map((b) => b.node));
  const describe = (n) => (n.nodeType === Node.TEXT_NODE ? `text "${n.data.trim().slice(0, 40)}"` : n.nodeName);
  return {
    removed: before.filter((b) => !kept.has(b.node)).map((b) => describe(b.node)),
    added: inShadow.filter((n) => !had.has(n) && n.nodeType !== Node.COMMENT_NODE).map(describe),
    edited: before.filter((b) => b.text !== null && kept.has(b.node) && b.node.data !== b.text).map((b) => `"${b.text.trim().slice(0, 40)}"`),
  };
}

/** Resolves after the page has painted twice: what the reader saw so far is on screen. */
export function afterPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))));
}

/** Runs before any page script (evaluateOnNewDocument): records errors, console errors and warnings, and layout shifts. */
export function recordPage() {
  const record = { errors: [], console: [], shifts: [] };
  window.__msRecord = record;
  window.addEventListener('error', (e) => record.errors.push(`error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => record.errors.push(`unhandledrejection: ${String(e.reason?.stack ?? e.reason)}`));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => {
      record.console.push(`${level}: ${args.map(String).join(' ')}`);
      return original.apply(console, args);
    };
  }
  // Layout Instability API: Chromium only.
  if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) record.shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  } else {
    record.shifts = null;
  }
}

/** Resolves when every ms-* element, in shadow roots too, is defined, hydrated and done updating. */
export async function hydrated() {
  const all = () => {
    const found = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('ms-')) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  };
  await Promise.all([...new Set(all().map((el) => el.localName))].map((t) => customElements.whenDefined(t)));
  for (let i = 0; i < 10; i++) {
    const els = all();
    await Promise.all(els.map((el) => el.updateComplete));
    if (els.every((el) => el.hasUpdated && !el.hasAttribute('defer-hydration'))) return els.length;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('widgets did not finish hydrating');
}
