import { html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { footer } from './footer.styles.js';
import { metaTitle, uiAttribution, uiNotAdvice, uiSourcesLink } from '../content/en.generated.js';
import { MsElement, type PackPart, type Words } from './ms-element.js';

/** The words of the footer: the article's title and three words of `ui`. */
export type FooterWords = Words<'title', 'attribution' | 'notAdvice' | 'sourcesLink'>;

/** The built-in English of the footer, for each element's `english`. */
export const FOOTER_ENGLISH: FooterWords = {
  meta: { title: metaTitle },
  ui: { attribution: uiAttribution, notAdvice: uiNotAdvice, sourcesLink: uiSourcesLink },
};

/**
 * A link target the page gave: an http or https URL, absolute or relative to
 * the page. Anything else (`javascript:`, `data:`…) is no link at all.
 */
export function safeHref(value: string | null | undefined): string | undefined {
  try {
    return value && /^https?:$/.test(new URL(value, 'https://base.invalid/').protocol) ? value.trim() : undefined;
  } catch {
    return undefined;
  }
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

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('sourceUrl') && this.sourceUrl && !safeHref(this.sourceUrl)) {
      this.warnInvalid('source-url', this.sourceUrl, 'an http or https URL, absolute or relative');
    }
  }

  /**
   * The attribution footer (part `footer`), or nothing with `no-attribution`.
   * Its link may lead to another site (an absolute `source-url`): like every
   * link the widgets render, it gives that page no handle on this one and no
   * referrer (rel="noopener noreferrer").
   */
  protected footer(): TemplateResult | typeof nothing {
    const { meta, ui } = this.pack;
    const href = safeHref(this.sourceUrl);
    return this.noAttribution
      ? nothing
      : html`<footer part="footer">
          ${ui.attribution} <cite>${meta.title}</cite>. ${ui.notAdvice}
          ${href ? html`<a part="source-link" href=${href} rel="noopener noreferrer">${ui.sourcesLink}</a>` : nothing}
        </footer>`;
  }
}
