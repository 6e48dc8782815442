import { LitElementRenderer, type RenderInfo } from '@lit-labs/ssr';
import { serverAttribution } from '../shared/attributed.js';
import { MsElement } from '../shared/ms-element.js';
import type { AttributionPlan } from './attribution-plan.js';

/** What the renderer needs to know about the page while one widget renders. */
export interface LangContext {
  /** The array @lit-labs/ssr pushes a renderer onto while it renders that element's shadow root. */
  hostStack: RenderInfo['customElementHostStack'];
  /** The language of the next ms-* element that sits in the input itself (not in a shadow root). */
  nextLang(tag: string): string;
  /** What the widget being rendered does about the page's one full attribution; taken by the widget itself, the first element rendered. */
  attribution?: AttributionPlan;
}

let context: LangContext | undefined;

/** Runs a synchronous render with `ctx` as the page context. */
export function withLangContext<T>(ctx: LangContext, fn: () => T): T {
  context = ctx;
  try {
    return fn();
  } finally {
    context = undefined;
  }
}

/**
 * Renders our elements like LitElementRenderer, after telling each one the
 * language it inherits. In a browser an element finds it by walking up to the
 * nearest `lang`; on the server there is no document to walk, so the language
 * comes from the input page (for elements written in it) or from the element
 * whose shadow root holds this one (for composed elements, such as the
 * sections inside ms-article, which inherit their host's language through
 * its `<article lang>`).
 */
export class MsElementRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return ctor.prototype instanceof MsElement;
  }

  /** The language this element renders in. */
  lang = 'en';

  override connectedCallback(): void {
    const host = context?.hostStack.at(-1);
    const inherited = host instanceof MsElementRenderer ? host.lang : (context?.nextLang(this.tagName) ?? 'en');
    this.lang = this.element.getAttribute('lang') || inherited;
    // Read by MsElement.willUpdate on the server; see there.
    this.element.lang = this.lang;
    const plan = context?.attribution;
    if (plan && context) {
      context.attribution = undefined;
      if (plan.id) this.element.setAttribute('id', plan.id);
      if (plan.link) serverAttribution.set(this.element, plan.link);
    }
    super.connectedCallback();
  }
}
