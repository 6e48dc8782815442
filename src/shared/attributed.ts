import { html, isServer, nothing, type ReactiveElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { footer } from './footer.styles.js';
import { MsElement, type PackPart, type Words } from './ms-element.js';
import { safeHref } from './safe-href.js';

/**
 * The words of the footer: the article's title and four words of `ui`. Each
 * attributed element's built-in English carries them (its slice in
 * en.generated.ts; scripts/build/english-slices.js names them `FOOTER`).
 */
export type FooterWords = Words<'title', 'attribution' | 'disclaimerLabel' | 'notAdvice' | 'sourcesLink'>;

/**
 * The id of the element that holds a page's one full attribution: the page
 * may give it to the place it chooses; otherwise the widgets give it to the
 * holder they pick, when it has no id of its own.
 */
export const ATTRIBUTION_ID = 'ms-attribution';

/** Elements that credit the article in full anyway (a disclaimer, or an article with its own). */
const PAGE_HOLDERS = 'ms-disclaimer,ms-article';

/** The attributed elements connected to a page: each renders again when one comes or goes. */
const onPage = new Set<ReactiveElement & { noAttribution: boolean; attributionMayHaveChanged(): void }>();

/**
 * The link each widget of a server-rendered page shows instead of the full
 * line (`#id` of the holder), set by the server renderer, which sees the
 * whole page at once (src/ssr/attribution-plan.ts).
 */
export const serverAttribution = new WeakMap<object, string>();

/**
 * The page's holder as found for the current task. Widgets that render
 * together (a page's worth, as the elements upgrade) share one look through the
 * page's widgets: each looking through all the others would cost the square
 * of their number (a page of 10,000 cards). A widget that comes, goes or
 * changes its `no-attribution` makes the next one look again.
 */
let found: { doc: Document; holder: HTMLElement | null } | undefined;

function pageHolder(doc: Document): HTMLElement | null {
  if (found?.doc === doc) return found.holder;
  const peers = [...onPage].filter((peer) => !peer.noAttribution && peer.getRootNode() === doc);
  const holder =
    doc.getElementById(ATTRIBUTION_ID) ??
    doc.querySelector<HTMLElement>(PAGE_HOLDERS) ??
    (peers.length > 1 ? peers.reduce((last, peer) => (last.compareDocumentPosition(peer) & Node.DOCUMENT_POSITION_FOLLOWING ? peer : last)) : null);
  found = { doc, holder };
  setTimeout(() => (found = undefined));
  return holder;
}

/**
 * Where `el`'s page shows the full attribution, when that is somewhere else:
 * the element with id `ms-attribution`, else the page's first ms-disclaimer
 * or ms-article, else the last attributed widget once there are two. Only
 * the document's light DOM counts, since a fragment link reaches nothing in
 * a shadow root. Gives the holder the id `ms-attribution` when it has none.
 */
function attributionHolder(el: HTMLElement): HTMLElement | undefined {
  const doc = el.ownerDocument;
  if (el.getRootNode() !== doc) return undefined;
  const holder = pageHolder(doc);
  if (!holder || holder === el) return undefined;
  holder.id ||= ATTRIBUTION_ID;
  return holder;
}


/**
 * An element that can stand on its own in a page: below its content, a
 * one-line footer credits the article, says it is educational and not
 * medical advice, and links to the page with the sources and the disclaimer
 * (`source-url`). The footer is the same in every element, written once
 * here; `no-attribution` is the one way to leave it out. Elements composed
 * inside `ms-article` get `no-attribution` from it, since its own disclaimer
 * already says all this.
 */
export abstract class MsAttributed<K extends PackPart = PackPart, W = unknown> extends MsElement<K, FooterWords & W> {
  static override styles: CSSResultGroup = [MsElement.styles, footer];

  static override properties: PropertyDeclarations = {
    sourceUrl: { attribute: 'source-url' },
    noAttribution: { attribute: 'no-attribution', type: Boolean },
  };

  /**
   * The page with the article's sources and disclaimer (the canonical page of
   * the article on your site, or `#id` of an element on this page): an http
   * or https URL, absolute or relative. The footer links to it.
   */
  declare sourceUrl: string;
  /**
   * Leaves out the attribution footer. Only for pages that show the same
   * attribution and disclaimer next to the widget themselves.
   */
  declare noAttribution: boolean;

  /** `#id` of the element on this page that shows the full attribution instead of this one, if any. */
  #attributionLink: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    onPage.add(this);
    pageChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    onPage.delete(this);
    pageChanged();
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('sourceUrl') && this.sourceUrl && !safeHref(this.sourceUrl)) {
      this.warnInvalid('source-url', this.sourceUrl, 'an http or https URL, absolute or relative');
    }
    // Whether this element shows the line matters to the others too.
    if (changed.has('noAttribution') && changed.get('noAttribution') !== undefined) pageChanged();
    if (isServer) {
      this.#attributionLink = serverAttribution.get(this);
    } else {
      const holder = attributionHolder(this);
      this.#attributionLink = holder && `#${holder.id}`;
    }
  }

  /**
   * Re-renders only if where the full line is has changed for this element:
   * a page's widgets connecting together must not render the first of them
   * twice.
   * @internal
   */
  attributionMayHaveChanged(): void {
    const holder = this.hasUpdated && !isServer ? attributionHolder(this) : undefined;
    if (!this.hasUpdated || (holder && `#${holder.id}`) !== this.#attributionLink) this.requestUpdate();
  }

  /** The attribution shown is part of what makes two renders the same. */
  protected override shareKey(): string | undefined {
    const key = super.shareKey();
    return key && `${key} ${this.#attributionLink}`;
  }

  /**
   * The attribution footer (part `footer`), or nothing with `no-attribution`.
   * When another element of the page shows the full line, only a link to it
   * (part `attribution-link`), and the `source-url` link when it leads
   * elsewhere. The `source-url` link may lead to another site: like every
   * link the widgets render, it gives that page no handle on this one and no
   * referrer (rel="noopener noreferrer").
   */
  protected footer(): TemplateResult | typeof nothing {
    const { meta, ui } = this.pack;
    const href = safeHref(this.sourceUrl);
    const holder = this.#attributionLink;
    const source =
      href && href !== holder ? html`<a part="source-link" href=${href} rel="noopener noreferrer">${ui.sourcesLink}</a>` : nothing;
    return this.noAttribution
      ? nothing
      : holder
        ? html`<footer part="footer"><a part="attribution-link" href=${holder} rel="noopener noreferrer">${ui.disclaimerLabel}</a> ${source}</footer>`
        : html`<footer part="footer">${ui.attribution} <cite>${meta.title}</cite>. ${ui.notAdvice} ${source}</footer>`;
  }
}

/**
 * Another attributed element came, went or changed: each one on the page
 * looks again for where the full line is, once, after the current task's
 * connects (a page's widgets upgrade together).
 */
let pending = false;
function pageChanged(): void {
  found = undefined;
  if (isServer || pending) return;
  pending = true;
  queueMicrotask(() => {
    pending = false;
    onPage.forEach((el) => el.attributionMayHaveChanged());
  });
}
