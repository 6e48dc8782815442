/** Test helpers shared by the browser suites. */
import { expect, fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/**
 * Walks `start` as a reader meets it: a slot stands for the nodes assigned to
 * it (or its fallback content when none are), an element with a shadow root
 * for that root. `visit` sees every node first; returning true skips what is
 * below that node.
 */
export function walkFlattened(start: Node, visit: (node: Node) => boolean): void {
  const walk = (node: Node): void => {
    if (visit(node)) return;
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
      return;
    }
    if (node instanceof Element && node.shadowRoot) {
      walk(node.shadowRoot);
      return;
    }
    node.childNodes.forEach(walk);
  };
  walk(start);
}

/** Text of a node as a reader gets it: slotted and shadow content included, whitespace collapsed. */
export function deepText(start: Node): string {
  const parts: string[] = [];
  walkFlattened(start, (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return true;
    }
    return node instanceof HTMLStyleElement || node instanceof HTMLScriptElement;
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every element matching `selector` in `scope` and in every shadow root below it. */
export function deepQueryAll<T extends Element = Element>(scope: ParentNode, selector: string): T[] {
  const found: T[] = [...scope.querySelectorAll<T>(selector)];
  scope.querySelectorAll('*').forEach((el) => {
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

/** Collects uncaught errors and unhandled rejections while a test runs. */
export function trapErrors(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Call at the top of a `describe`: every test in it runs with
 * `captureWarnings()` and `trapErrors()`, stopped after the test.
 * `warnings.messages` and `trap.errors` are those of the running test.
 */
export function captureEachTest(): {
  warnings: { readonly messages: string[] };
  trap: { readonly errors: unknown[] };
} {
  let warnings: ReturnType<typeof captureWarnings>;
  let trap: ReturnType<typeof trapErrors>;

  beforeEach(() => {
    warnings = captureWarnings();
    trap = trapErrors();
  });

  afterEach(() => {
    warnings.restore();
    trap.stop();
  });

  return {
    warnings: {
      get messages() {
        return warnings.messages;
      },
    },
    trap: {
      get errors() {
        return trap.errors;
      },
    },
  };
}

/** Waits for every ms-* element under `scope` (shadow roots included) to finish updating. */
export async function settle(scope: ParentNode): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const pending = deepQueryAll<Element & { updateComplete?: Promise<unknown> }>(scope, '*')
      .filter((el) => el.localName.startsWith('ms-') && el.updateComplete)
      .map((el) => el.updateComplete);
    await Promise.all(pending);
  }
}

/**
 * Renders a plain wrapper (one carrying `lang` or a width, say) and waits for
 * the ms-* elements in it. `fixture()` would wait for an animation frame for a
 * non-Lit root, and a page the runner keeps in the background gets none.
 */
export async function wrapperFixture<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const wrapper = fixtureSync<T>(template);
  await settle(wrapper);
  return wrapper;
}

/** What an element accepts for `heading-level`, as its warnings say it. */
export const ALLOWED_LEVELS = 'an integer from 1 to 6 (default 2)';

/** The warning `<tag>` gives for an attribute value it does not accept. */
export const invalidWarning = (tag: string) => (attr: string, value: string, allowed: string) =>
  `<${tag}> ${attr}: "${value}" is not valid. Allowed: ${allowed}.`;

// The shadow DOM of one ms-* element, not of the elements inside it.

/** The element's open shadow root. */
export const root = (el: Element) => el.shadowRoot!;

/** Every heading element in the element's own shadow root, in document order. */
export const headings = (el: Element) => [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')];

/** The element's own heading: the one with part "heading". */
export const mainHeading = (el: Element) => root(el).querySelector<HTMLElement>('[part~="heading"]')!;

/** The `part` attribute of every element in the shadow root, sorted. */
export const partNames = (el: Element) =>
  [...root(el).querySelectorAll('[part]')].map((n) => n.getAttribute('part')).sort();

/** Every element the shadow root renders, its stylesheets aside. */
export const ownElements = (el: Element) => root(el).querySelectorAll('*:not(style)');

/**
 * Asserts the element renders nothing of its own: only a slot, where the
 * tag's own content (a snippet's fallback link) shows instead of a blank.
 */
export function expectEmpty(el: Element): void {
  expect([...ownElements(el)].map((e) => e.localName)).to.deep.equal(['slot']);
  expect(deepText(el)).to.equal('');
}

/** Asserts the only heading in the element's shadow root is <hN>, the element's own. */
export function expectLevel(el: Element, level: number): void {
  expect(headings(el).map((h) => h.localName)).to.deep.equal([`h${level}`]);
  expect(mainHeading(el).localName).to.equal(`h${level}`);
  expect(mainHeading(el).id).to.equal('heading');
}

/** The words of a pack that the attribution footer shows. */
export interface FooterPack {
  meta: { title: string };
  ui: { attribution: string; notAdvice: string; sourcesLink: string };
}

/**
 * The attribution footer that every element shown on its own ends with
 * (part `footer`), as `deepText` reads it: the article's title, "educational,
 * not medical advice" and, with `source-url`, the link's words.
 */
export const footerText = (pack: FooterPack, link = false): string =>
  [pack.ui.attribution, pack.meta.title, '.', pack.ui.notAdvice, ...(link ? [pack.ui.sourcesLink] : [])].join(' ');

/** The footer's own text, as a reader sees it on one line. */
export const footerLine = (pack: FooterPack, link = false): string =>
  `${pack.ui.attribution} ${pack.meta.title}. ${pack.ui.notAdvice}${link ? ` ${pack.ui.sourcesLink}` : ''}`;

/** The element's footer (part `footer`), if it shows one. */
export const footerOf = (el: Element) => root(el).querySelector<HTMLElement>('[part~="footer"]');

/** Text content with white space collapsed, as a line of text reads. */
export const lineText = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
