/**
 * Test pages in iframes (test/pages/*.html, each loading record.js first):
 * loading one and waiting for its widgets, reading text across shadow roots
 * of another realm, and the checks every host page must pass.
 */
import { expect } from '@open-wc/testing';
import en from '../../src/content/en.generated.js';
import { TAGS, type Tag } from '../../src/shared/tags.js';

export { TAGS, type Tag };

export interface Recorded {
  errors: string[];
  consoleErrors: string[];
  consoleWarnings: string[];
  violations: string[];
}
/** The Trusted Types API, where the engine has it (not in TypeScript's DOM types yet). */
interface TrustedTypes {
  createPolicy?: (name: string, rules: { createHTML: (s: string) => string }) => { createHTML: (s: string) => unknown };
}
export type PageWindow = Window &
  typeof globalThis & {
    __msRecord: Recorded;
    litHtmlVersions?: string[];
    MsWidgets?: Record<string, unknown>;
    trustedTypes?: TrustedTypes;
  };
export interface Page {
  frame: HTMLIFrameElement;
  win: PageWindow;
  doc: Document;
  record: Recorded;
}

const frames: HTMLIFrameElement[] = [];
/** Removes every frame `load` made; call from afterEach. */
export const removeFrames = () => frames.splice(0).forEach((f) => f.remove());

/** Every element matching `selector` in `scope` and every shadow root below it, across realms. */
export function deepAll(scope: ParentNode, selector: string): Element[] {
  const found = [...scope.querySelectorAll(selector)];
  scope.querySelectorAll('*').forEach((el) => {
    if (el.shadowRoot) found.push(...deepAll(el.shadowRoot, selector));
  });
  return found;
}

/** Text as a reader gets it, through shadow roots and slots; checks node types, not instanceof (another realm). */
export function deepText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    const el = node as Element;
    if (el.localName === 'style' || el.localName === 'script') return;
    if (el.localName === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...el.childNodes]).forEach(walk);
      return;
    }
    if (el.shadowRoot) {
      walk(el.shadowRoot);
      return;
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Waits until every ms-* element in the page (shadow roots included) has finished updating. */
export async function settleFrame(doc: Document): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const pending = deepAll(doc, '*')
      .filter((el) => el.localName.startsWith('ms-'))
      .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)
      .filter(Boolean);
    await Promise.all(pending);
    await new Promise((r) => setTimeout(r));
  }
}

/**
 * Whether Lit hydrated or rendered into a widget's shadow root: both leave
 * their root part on the container under this name, which Lit keeps across
 * builds and versions (lit-html's `render` looks for it). A widget left as a
 * copy of an identical one's DOM has none.
 */
export const litRendered = (el: Element): boolean => '_$litPart$' in el.shadowRoot!;

/** Resolves when `test` holds, checked every 20 ms for up to `ms`; rejects naming `what` after that. */
export async function until(test: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Loads a test page in an iframe and waits until `tags` are defined and every widget has rendered. */
export async function load(path: string, { tags = TAGS as readonly string[], width = 800 } = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: 600px; border: 0`;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = path;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = win.document;
  expect(win.__msRecord, `${path} ran test/pages/record.js`).to.be.an('object');
  const record = win.__msRecord;
  win.addEventListener('error', (e) => record.errors.push(`late error: ${e.message}`));
  win.addEventListener('unhandledrejection', (e) => record.errors.push(`late unhandledrejection: ${String(e.reason)}`));
  const defined = Promise.all(tags.map((t) => win.customElements.whenDefined(t)));
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`${path}: elements never defined`)), 5000));
  await Promise.race([defined, timeout]);
  await settleFrame(doc);
  return { frame, win, doc, record };
}

type HydrateModule = { registerContent: (locale: string, pack: unknown) => void };
/**
 * Imports the hydrate file in the page's own realm, as a module script would
 * load it. Resolves once the whole file has evaluated: on a page whose
 * widgets all wait, that is after the page's next frame
 * (src/hydration/first-frame.ts), and the elements' definitions are still
 * to come, one per task (src/hydration/definitions.ts).
 */
export function addHydrate(page: Page): Promise<HydrateModule> {
  return (page.win as unknown as { eval: (s: string) => Promise<HydrateModule> }).eval(`import('/dist/cdn/ms-widgets-hydrate.js')`);
}

/** A sentence each element shows in English (robust to whatever else it comes to show). */
export function sentinel(tag: Tag): string {
  switch (tag) {
    case 'ms-article':
    case 'ms-section':
      return en.sections.find((s) => s.id === (tag === 'ms-section' ? 'introduction' : 'conclusion'))!.paragraphs[0];
    case 'ms-benefit-list':
      return en.benefits.items[0].text;
    case 'ms-evidence-card':
      return en.evidence.items.find((s) => s.id === 'halt-ms')!.text;
    case 'ms-evidence-list':
      return en.evidence.intro;
    case 'ms-risk-panel':
      return en.precautions.intro;
    case 'ms-source-list':
      return en.sources.items[0].title;
    case 'ms-disclaimer':
      return en.ui.disclaimer;
  }
}

/** Asserts `el` is an upgraded widget that shows its English sentinel. */
export function expectRendersEnglish(el: Element | null, tag: Tag, what: string): void {
  expect(el, `${what}: <${tag}> is on the page`).to.not.equal(null);
  expect(el!.shadowRoot, `${what}: <${tag}> has a shadow root`).to.not.equal(null);
  expect(deepText(el!), `${what}: <${tag}> shows its English text`).to.include(sentinel(tag));
}

export function expectNothingWentWrong(record: Recorded, what: string, { warnings = [] as string[] } = {}): void {
  expect(record.errors, `${what}: errors and unhandled rejections`).to.deep.equal([]);
  expect(record.consoleErrors, `${what}: console errors`).to.deep.equal([]);
  expect(record.violations, `${what}: CSP violations`).to.deep.equal([]);
  expect(record.consoleWarnings, `${what}: console warnings`).to.deep.equal(warnings);
}

/**
 * Asserts every heading and paragraph a widget shows has a box, is displayed
 * and visible (paragraphs in closed disclosures aside), and that the page does
 * not scroll sideways.
 */
export function expectVisibleAndContained(page: Page, what: string): void {
  const { win, doc } = page;
  for (const tag of TAGS) {
    for (const host of doc.querySelectorAll(tag)) {
      const blocks = deepAll(host.shadowRoot!, 'h1, h2, h3, h4, h5, h6, p') as HTMLElement[];
      expect(blocks.length, `${what}: <${tag}> has headings or paragraphs`).to.be.greaterThan(0);
      for (const el of blocks) {
        if (el.localName === 'p' && el.closest('details:not([open])')) continue;
        const box = el.getBoundingClientRect();
        const name = `${what}: <${tag}> ${el.localName} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
        expect(box.width, `${name} width`).to.be.greaterThan(0);
        expect(box.height, `${name} height`).to.be.greaterThan(0);
        const style = win.getComputedStyle(el);
        expect(style.display, `${name} display`).to.not.equal('none');
        expect(style.visibility, `${name} visibility`).to.equal('visible');
        expect(parseFloat(style.fontSize), `${name} font size`).to.be.at.least(8);
      }
    }
  }
  const root = doc.documentElement;
  expect(root.scrollWidth, `${what}: no horizontal scrolling`).to.be.at.most(root.clientWidth);
}
