import { LitElement, ReactiveElement, adoptStyles, html, isServer, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { findPack, registeredLocales } from '../content/store.js';
import type { ContentMeta, ContentPack, UiText } from '../content/types.js';
import { awaitingHydration } from './awaiting-hydration.js';
import { heading } from './heading.js';
import { nearestLang, watchLang } from './lang.js';
import { renderInTurn } from './render-turns.js';
import { keepRender, matchesRender, sharedRender } from './shared-render.js';
import { tokens } from './tokens.styles.js';
import { WARNED_CAP, firstTime, invalidMessage } from './warn.js';

const DEFAULT_LEVEL = 2;

/** The parts of a content pack an element may show. */
export type PackPart = Exclude<keyof ContentPack, '$schema' | 'lang' | 'dir'>;
/** What an element reads of a pack: its language, its direction and the parts it shows. */
export type PackSlice<K extends PackPart> = Pick<ContentPack, 'lang' | 'dir' | K>;
/** Single fields of `meta` and `ui`, for an element that shows only those words. */
export interface Words<M extends keyof ContentMeta, U extends keyof UiText> {
  meta: Pick<ContentMeta, M>;
  ui: Pick<UiText, U>;
}

/**
 * `heading-level` as written: digits become a number, anything else stays the
 * text the author typed, so the warning can quote it. A removed attribute
 * means the default.
 */
const levelConverter = {
  fromAttribute: (value: string | null): number | string =>
    value === null ? DEFAULT_LEVEL : /^\s*\d+\s*$/.test(value) ? Number(value) : value,
};
/**
 * ReactiveElement's update: Lit's bookkeeping (reflected attributes,
 * `hasUpdated`) without LitElement's render, for an element showing a copy.
 */
const { update: reactiveUpdate } = ReactiveElement.prototype as unknown as { update(this: ReactiveElement, changed: PropertyValues): void };

/** Locales already reported missing: one warning per page, not per element (the last `WARNED_CAP` of them). */
const missingWarned = new Set<string>();

/**
 * Forgets the locales reported missing, so the next page is told again: the
 * CLI renders a site's pages in one process, and each page's warnings name
 * its own file (src/ssr/render-bytes.ts).
 */
export const forgetMissingPacks = (): void => missingWarned.clear();

/**
 * Warns once per page that no pack serves `lang`. While the page is still
 * loading, its own scripts may yet register one (a module after the bundle
 * runs after the elements upgrade): the check waits for the load event. A
 * pack, once registered, is never removed, so a language found then stays
 * served.
 */
function warnMissing(tag: string, lang: string): void {
  if (!firstTime(missingWarned, lang.toLowerCase(), WARNED_CAP)) return;
  const warn = () =>
    findPack(lang).fallback &&
    console.warn(
      `<${tag}> lang: no content pack for "${lang}". Registered: ${registeredLocales().join(', ')}. Showing English.`,
    );
  if (isServer || document.readyState === 'complete') warn();
  else addEventListener('load', warn, { once: true });
}

/**
 * Whether a shadow root holds what the server renderer (src/ssr) wrote: it
 * carries Lit's template markers, `<!--lit-part …-->` comments, among its
 * own children.
 */
export const serverRendered = (root: ShadowRoot | null): boolean =>
  !!root && [...root.childNodes].some((node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith('lit-part'));

/**
 * Whether `el` sits in the shadow root of another of our elements (the
 * sections of ms-article): part of that widget, so it hydrates after it
 * (src/hydration/wake.ts).
 */
export const insideWidget = (el: Element): boolean => {
  const root = el.getRootNode();
  return root instanceof ShadowRoot && root.host instanceof MsElement;
};

/**
 * What every ms-* element shares: the content pack for its language, the
 * `heading-level` attribute, the heading slot, bad-input warnings and tokens.
 *
 * `K` names the pack parts the element shows, and `W` the single words of
 * `meta` and `ui` it shows besides (see `Words`). Each element's `english`
 * is its own slice of the built-in English (en.generated.ts, the one module
 * the English comes from), so importing one element carries only its own
 * text; a page's registered packs are whole.
 *
 * Server-safe: nothing here touches the DOM before `connectedCallback`.
 */
export abstract class MsElement<K extends PackPart = PackPart, W = unknown> extends LitElement {
  static override styles: CSSResultGroup = [tokens];

  /**
   * Lit's, without a prototype: on a page whose scripts polluted
   * Object.prototype, an inherited `slotAssignment` would make attachShadow throw.
   */
  static override shadowRootOptions = { __proto__: null, mode: 'open' } as ShadowRootInit;

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', converter: levelConverter },
  };

  /** Level of the element's own heading, 1-6 (default 2); inner headings go one deeper. */
  declare headingLevel: number;
  /** The page's pack chosen by the nearest `lang`; none means the built-in English. */
  #chosen: ContentPack | undefined;
  /** The language the page asked for, when the pack serves it (may be more specific, e.g. "en-GB"). */
  protected locale = 'en';

  #warned = new Set<string>();
  #unwatch?: () => void;
  /** Whether a pack has been chosen once, and whether a later choice waits for hydration; see #pickPack. */
  #picked = false;
  #repick = false;
  /** What the copy this element shows was rendered from, while it shows one rather than its own render (see `update`). */
  #sharing?: { pack: object; key: string };

  /** The built-in English of the parts this element shows, used until a page registers a pack. */
  protected abstract get english(): PackSlice<K> & W;

  /** The content pack in use, chosen by the nearest `lang`. */
  protected get pack(): PackSlice<K> & W {
    // A registered pack is whole: it has every part and word `W` names.
    return (this.#chosen as (PackSlice<K> & W) | undefined) ?? this.english;
  }

  constructor() {
    super();
    this.headingLevel = DEFAULT_LEVEL;
  }

  /**
   * Lit's render root, unless the tag came with a declarative shadow root
   * (`<template shadowrootmode>`) that our server renderer did not write: a
   * CMS or a page author's. Lit would render next to its content, or, with
   * hydration support, take it for ours and hydrate it (a blank widget, or a
   * mismatch); a closed one makes Lit's attachShadow throw. Such a root is
   * emptied and rendered into afresh, with a warning.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    let root = this.shadowRoot;
    if (!root || serverRendered(root)) {
      try {
        return super.createRenderRoot();
      } catch {
        // A closed declarative root: attachShadow in its own mode empties it
        // and hands it back (DOM standard); Lit keeps it as `renderRoot`.
        // eslint-disable-next-line wc/attach-shadow-constructor -- where Lit attaches its own root too
        root = this.attachShadow({ __proto__: null, mode: 'closed' } as ShadowRootInit);
      }
    }
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    console.warn(`<${this.localName}> replaced a declarative shadow root that ms-widgets did not write.`);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unwatch = watchLang(this, () => this.#pickPack());
    this.#pickPack();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
  }

  #pickPack(lang = nearestLang(this) || 'en'): void {
    // A server-rendered element waiting to hydrate (`defer-hydration`) keeps
    // the pack it had when it upgraded: hydration adopts the server's DOM as
    // it is, so it must render what the server most likely wrote, the same
    // choice an eager page makes. Packs and languages that come while it
    // waits apply once it has hydrated (firstUpdated).
    if (this.#picked && !this.hasUpdated && this.hasAttribute('defer-hydration')) {
      this.#repick = true;
      return;
    }
    this.#picked = true;
    const { pack: chosen, fallback } = findPack(lang);
    const pack = chosen ?? this.english;
    if (fallback) warnMissing(this.localName, lang);
    const locale = fallback ? pack.lang : lang;
    // Plain fields rather than reactive state, so they stay out of the public
    // manifest; they change only here.
    if (chosen !== this.#chosen || locale !== this.locale) {
      this.#chosen = chosen;
      this.locale = locale;
      this.requestUpdate();
    }
  }

  override willUpdate(changed: PropertyValues): void {
    // Server rendering calls willUpdate but never connectedCallback, and has no
    // document to search: the element's own `lang` attribute, else the `lang`
    // property that the server renderer (src/ssr) sets to the inherited
    // language, chooses the pack. The server DOM shim does not reflect that
    // property to an attribute, so the host tag stays as written.
    if (isServer) this.#pickPack(this.getAttribute('lang') || this.lang || 'en');
    if (changed.has('headingLevel') && this.level !== this.headingLevel) {
      this.warnInvalid('heading-level', this.headingLevel, 'an integer from 1 to 6 (default 2)');
    }
  }

  override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.#repick) {
      this.#repick = false;
      this.#pickPack();
    }
  }

  /**
   * A widget's first render waits for its turn when the page has many
   * (render-turns.ts). Not the parts inside a widget, which render with it,
   * nor a server-rendered widget, whose hydration has its own schedule.
   */
  protected override scheduleUpdate(): ReturnType<LitElement['scheduleUpdate']> {
    if (isServer || this.hasUpdated || this.renderRoot.hasChildNodes() || insideWidget(this)) return super.scheduleUpdate();
    return renderInTurn(this, () => super.scheduleUpdate());
  }

  /**
   * What the rendered shadow DOM depends on, beyond the pack: the tag, every
   * reactive property and the language. Elements that render the same key
   * with the same pack show the same DOM, so all but the first take a copy
   * of it (shared-render.ts). An element whose DOM depends on more adds it;
   * `undefined` renders every instance on its own.
   */
  protected shareKey(): string | undefined {
    const names = [...(this.constructor as typeof ReactiveElement).elementProperties.keys()];
    return JSON.stringify([this.localName, this.locale, ...names.map((name) => this[name as keyof this])]);
  }

  /**
   * Lit's update, except where an identical element has already rendered:
   * then a copy of its DOM, with no render and no template. An element
   * showing a copy renders on its own as soon as its key changes (an
   * attribute, the language, a pack registered later); it needs no listener
   * of its own (the root's listeners serve copies as well).
   */
  protected override update(changed: PropertyValues): void {
    const shared = this.#sharing;
    // Once an element has rendered through Lit, it always does. The parts
    // inside a widget (the article's sections) are each one of a kind: a
    // kept copy of each would only hold the article's DOM twice.
    const key = isServer || (!shared && this.hasUpdated) || insideWidget(this) ? undefined : this.shareKey();
    if (key !== undefined && shared?.key === key && shared.pack === this.pack) return reactiveUpdate.call(this, changed);
    const root = this.renderRoot;
    const fresh = !root.hasChildNodes();
    const server = !shared && awaitingHydration.has(this);
    // What is kept for reuse: a first render into an empty root, and, under
    // a key of its own (it holds Lit's markers and its own <style>), the
    // first server-rendered DOM hydrated. Not a render replacing a copy.
    const kept = key === undefined ? undefined : fresh ? key : server ? `server ${key}` : undefined;
    const copy = kept && fresh ? sharedRender(this.pack, kept) : undefined;
    if (copy) root.append(copy);
    // Server DOM the same as that of the first hydrated with its key is left
    // as it is: a copy, with no template instance or parts of its own.
    if (copy || (kept && server && matchesRender(this.pack, kept, root))) {
      this.#sharing = { pack: this.pack, key: key as string };
      return reactiveUpdate.call(this, changed);
    }
    if (shared) {
      root.replaceChildren();
      this.#sharing = undefined;
    }
    super.update(changed);
    // Server DOM that could not be hydrated was rendered afresh: not one to keep.
    if (kept && (fresh || serverRendered(root as ShadowRoot))) keepRender(this.pack, kept, root);
  }

  /** The valid heading level in use. */
  protected get level(): number {
    const n = this.headingLevel;
    return Number.isInteger(n) && n > 0 && n < 7 ? n : DEFAULT_LEVEL;
  }

  /**
   * Warns once per element, attribute and value (among the last `WARNED_CAP`
   * warnings), so re-renders never flood the console.
   */
  protected warnInvalid(attr: string, value: unknown, allowed: string): void {
    // The message names the attribute and the value: it is its own key.
    const message = invalidMessage(this.localName, attr, value, allowed);
    if (firstTime(this.#warned, message, WARNED_CAP)) console.warn(message);
  }

  /**
   * What an element shows when nothing it was asked for exists (an unknown
   * `study` or `name`, no valid benefit id): the tag's own content, such as
   * the link a Get code snippet puts inside it, rather than a blank. The
   * warning says what was wrong.
   */
  protected ownContent(): TemplateResult {
    return html`<slot></slot>`;
  }

  /** The element's own heading; the `heading` slot replaces its text. */
  protected mainHeading(text: string): TemplateResult {
    return heading(this.level, html`<slot name="heading">${text}</slot>`, 'heading', 'heading');
  }
}
