import { html, nothing } from 'lit';
import type { SectionId } from '../../content/ids.js';
import { articleEnglish } from '../../content/en.generated.js';
import { define } from '../../shared/define.js';
import { childLevel } from '../../shared/heading.js';
import { MsDated } from '../../shared/dated.js';
import { MsElement } from '../../shared/ms-element.js';
import { styles } from './article.styles.js';
import '../section/section.js';
import '../benefit-list/benefit-list.js';
import '../evidence-list/evidence-list.js';
import '../risk-panel/risk-panel.js';
import '../source-list/source-list.js';
import '../disclaimer/disclaimer.js';

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
 * @fires {CustomEvent<MsReviewOverdueDetail>} ms-review-overdue - From the article's disclaimer: the next review date has passed (once per date). `detail` holds the content's `title`, `version`, `hash`, `reviewed` and `nextReview`.
 */
export class MsArticle extends MsDated<'meta'> {
  static override styles = [MsElement.styles, styles];

  protected override get english() {
    return articleEnglish;
  }

  /**
   * Not shared: its DOM is other widgets, each rendering (and sharing) on its
   * own, so a copy would save little and cut the link Lit keeps to them.
   */
  protected override shareKey(): undefined {
    return undefined;
  }

  override render() {
    const level = childLevel(this.level);
    // The parts credit nothing themselves (no-attribution): the article's disclaimer does.
    const section = (name: SectionId) => html`<ms-section name=${name} heading-level=${level} no-attribution></ms-section>`;
    return html`
      <article part="base" lang=${this.locale} dir=${this.pack.dir} aria-labelledby="heading">
        ${this.mainHeading(this.pack.meta.title)}
        ${section('introduction')} ${section('understanding-ms')} ${section('conventional-treatments')}
        ${section('exploring-stem-cell-therapy')}
        <ms-benefit-list heading-level=${level} no-attribution></ms-benefit-list>
        <ms-evidence-list heading-level=${level} no-attribution></ms-evidence-list>
        <ms-risk-panel heading-level=${level} no-attribution></ms-risk-panel>
        ${section('conclusion')}
        <ms-source-list heading-level=${level} no-attribution></ms-source-list>
        <ms-disclaimer
          heading-level=${level}
          reviewed=${this.given.reviewed ?? nothing}
          next-review=${this.given.nextReview ?? nothing}
        ></ms-disclaimer>
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
