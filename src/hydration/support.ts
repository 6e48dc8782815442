/**
 * Hydration for LitElement: the hook Lit calls once, when its LitElement
 * module loads (`globalThis.litElementHydrateSupport`). It does what
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` does (the
 * `defer-hydration` attribute; a server-rendered shadow root is hydrated,
 * not rendered again) with two differences:
 *
 * - The mark of a root awaiting hydration is ours (`awaitingHydration`), not
 *   a field inside Lit's element, so MsElement can leave an identical
 *   card's server DOM as it is instead of hydrating it, and render it on its
 *   own later: a root emptied by then is rendered, not hydrated.
 * - The hook is taken back after use: a page's own copy of Lit, loaded
 *   later, gets whatever the page had set, and is not patched by ours.
 *
 * Imported before anything that loads Lit's LitElement module (src/hydrate.ts).
 */
import { hydrate } from '@lit-labs/ssr-client';
import type { LitElement, PropertyValues } from 'lit';
// lit-html only: importing 'lit' here would load LitElement before the hook is set.
import { render } from 'lit/html.js';
import { awaitingHydration } from '../shared/awaiting-hydration.js';
import { WARNED_CAP, firstTime } from '../shared/warn.js';

type Hook = (lit: { LitElement: typeof LitElement }) => void;
/** What the patches below call on the element: protected in Lit's types. */
type Patched = LitElement & {
  render(): unknown;
  update(changed: PropertyValues): void;
  createRenderRoot(): HTMLElement | DocumentFragment;
};

/** What the server's DOM shim writes for ARIA set through ElementInternals: `hydrate-internals-<attribute>`. */
const INTERNALS_PREFIX = 'hydrate-internals-';

/** Tags already reported as not matching their server DOM: one warning per tag (the last `WARNED_CAP`). */
const unmatched = new Set<string>();

const lit = globalThis as { litElementHydrateSupport?: Hook };
const before = lit.litElementHydrateSupport;

lit.litElementHydrateSupport = ({ LitElement }) => {
  lit.litElementHydrateSupport = before;
  // ReactiveElement's getter, for the class asked (`this`): its own attributes.
  const base: object = Object.getPrototypeOf(LitElement);
  Object.defineProperty(LitElement, 'observedAttributes', {
    get() {
      return [...(Reflect.get(base, 'observedAttributes', this) as string[]), 'defer-hydration'];
    },
  });
  const proto = LitElement.prototype as Patched;
  const { attributeChangedCallback, connectedCallback, createRenderRoot, update } = proto;
  // ReactiveElement's: Lit's bookkeeping, without LitElement's render.
  const reactiveUpdate = (Object.getPrototypeOf(proto) as Patched).update;

  // Nothing of Lit runs for a marked element until the mark goes: the wake
  // schedule removes it when the reader needs the widget
  // (src/hydration/wake.ts), and an outer widget's hydration removes the
  // marks of the widgets inside it.
  proto.connectedCallback = function (this: Patched) {
    if (!this.hasAttribute('defer-hydration')) connectedCallback.call(this);
  };
  proto.attributeChangedCallback = function (this: Patched, name: string, old: string | null, value: string | null) {
    if (name === 'defer-hydration' && value === null) connectedCallback.call(this);
    attributeChangedCallback.call(this, name, old, value);
  };
  // A server-rendered root is kept as it is: its own <style> elements stand
  // in for the adopted sheets.
  proto.createRenderRoot = function (this: Patched) {
    if (!this.shadowRoot) return createRenderRoot.call(this);
    awaitingHydration.add(this);
    return this.shadowRoot;
  };
  proto.update = function (this: Patched, changed: PropertyValues) {
    if (!awaitingHydration.delete(this) || !this.renderRoot.hasChildNodes()) return update.call(this, changed);
    const value = this.render();
    reactiveUpdate.call(this, changed);
    for (const name of this.getAttributeNames()) {
      if (!name.startsWith(INTERNALS_PREFIX)) continue;
      this.removeAttribute(name.slice(INTERNALS_PREFIX.length));
      this.removeAttribute(name);
    }
    const root = this.renderRoot as HTMLElement;
    try {
      hydrate(value, root, this.renderOptions);
    } catch (error) {
      // Server DOM these templates do not match (another version of the
      // renderer wrote it, or a script rewrote it): rendered afresh under
      // the server's own <style> elements, said once per tag.
      if (firstTime(unmatched, this.localName, WARNED_CAP)) {
        console.warn(
          `<${this.localName}> rendered its server-rendered DOM afresh: it does not match this version's templates (${(error as Error).message}). Render the page with the same version of the package as the hydrate file.`,
        );
      }
      for (const node of [...root.childNodes]) if ((node as Element).localName !== 'style') node.remove();
      render(value, root, this.renderOptions);
    }
  };
};
