import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SectionId } from '../../content/ids.js';
import { dir, lang, title } from '../../content/en.generated.js';
import { define } from '../../shared/define.js';
import { MsElement } from '../../shared/ms-element.js';
import { styles } from './article.styles.js';
import '../section/section.js';
import '../benefit-list/benefit-list.js';
import '../evidence-list/evidence-list.js';
import '../risk-panel/risk-panel.js';
import '../source-list/source-list.js';
import '../disclaimer/disclaimer.js';

/** The built-in English this element shows. */
const ENGLISH = Object.freeze({ lang, dir, title });

/**
 * @tag ms-article
 * @summary The whole article in its own order, composed of the other ms-* elements.
 *
 * @slot heading - Replaces the article title.
 *
 * @csspart base - The article wrapping everything.
 * @csspart heading - The article title.
 *
 * @cssprop [--ms-font-family=inherit] - Font of the widget (inherited from the page by default).
 * @cssprop [--ms-color-text=inherit] - Text colour (inherited from the page by default).
 * @cssprop [--ms-color-accent=light-dark(#0a5394, #9cc9ff)] - Accent for cards, markers and links.
 * @cssprop [--ms-color-surface=color-mix(in srgb, currentColor 5%, transparent)] - Background of cards and the disclaimer.
 * @cssprop [--ms-color-border=color-mix(in srgb, currentColor 25%, transparent)] - Border of cards and the disclaimer.
 * @cssprop [--ms-radius=0.5rem] - Corner radius of cards.
 * @cssprop [--ms-space=1rem] - Base spacing unit, also between the parts of the article.
 *
 * @fires {CustomEvent<MsToggleDetail>} ms-toggle - From the article's risk panel: a precaution was expanded or collapsed; `detail` holds its `id` and `open` state.
 */
export class MsArticle extends MsElement<'title'> {
  static override styles = [MsElement.styles, styles];

  static override properties = {
    reviewed: { type: String },
  };

  /** Date the content was last reviewed (YYYY-MM-DD), passed to the article's disclaimer. */
  declare reviewed: string;

  protected override get english() {
    return ENGLISH;
  }

  override render() {
    const level = this.childLevel;
    const section = (name: SectionId) => html`<ms-section name=${name} heading-level=${level}></ms-section>`;
    return html`
      <article part="base" lang=${this.locale} dir=${this.pack.dir} aria-labelledby="heading">
        ${this.mainHeading(this.pack.title)}
        ${section('introduction')} ${section('understanding-ms')} ${section('conventional-treatments')}
        ${section('exploring-stem-cell-therapy')}
        <ms-benefit-list heading-level=${level}></ms-benefit-list>
        <ms-evidence-list heading-level=${level}></ms-evidence-list>
        <ms-risk-panel heading-level=${level}></ms-risk-panel>
        ${section('conclusion')}
        <ms-source-list heading-level=${level}></ms-source-list>
        <ms-disclaimer heading-level=${level} reviewed=${ifDefined(this.reviewed)}></ms-disclaimer>
      </article>
    `;
  }
}

define('ms-article', MsArticle);

declare global {
  interface HTMLElementTagNameMap {
    'ms-article': MsArticle;
  }
}
