import { html, nothing, type PropertyValues } from 'lit';
import { dir, lang, title, ui } from '../../content/en.generated.js';
import { define } from '../../shared/define.js';
import { formatDate, parseIsoDate } from '../../shared/iso-date.js';
import { MsElement } from '../../shared/ms-element.js';
import { styles } from './disclaimer.styles.js';

/** The built-in English this element shows. */
const ENGLISH = Object.freeze({ lang, dir, title, ui });

/**
 * @tag ms-disclaimer
 * @summary States that the content is educational and not medical advice, credits the article and shows when it was last reviewed.
 *
 * @slot heading - Replaces the heading text ("About this content").
 *
 * @csspart base - The aside wrapping everything.
 * @csspart heading - The heading.
 * @csspart notice - The "not medical advice" statement.
 * @csspart attribution - The line crediting the article.
 * @csspart reviewed - The "Last reviewed" line, shown when `reviewed` holds a valid date.
 *
 * @cssprop [--ms-font-family=inherit] - Font of the widget (inherited from the page by default).
 * @cssprop [--ms-color-text=inherit] - Text colour (inherited from the page by default).
 * @cssprop [--ms-color-surface=color-mix(in srgb, currentColor 5%, transparent)] - Background of the box.
 * @cssprop [--ms-color-border=color-mix(in srgb, currentColor 25%, transparent)] - Border of the box.
 * @cssprop [--ms-radius=0.5rem] - Corner radius of the box.
 * @cssprop [--ms-space=1rem] - Base spacing unit.
 */
export class MsDisclaimer extends MsElement<'title' | 'ui'> {
  static override styles = [MsElement.styles, styles];

  static override properties = {
    reviewed: { type: String },
  };

  /** Date the content was last reviewed, as an ISO date (YYYY-MM-DD). */
  declare reviewed: string;

  protected override get english() {
    return ENGLISH;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('reviewed') && this.reviewed && !parseIsoDate(this.reviewed)) {
      this.warnInvalid('reviewed', this.reviewed, 'a date as YYYY-MM-DD, e.g. 2026-11-25');
    }
  }

  override render() {
    const { title, ui } = this.pack;
    const date = this.reviewed ? parseIsoDate(this.reviewed) : undefined;
    return html`
      <aside part="base" lang=${this.locale} dir=${this.pack.dir} aria-labelledby="heading">
        ${this.mainHeading(ui.disclaimerLabel)}
        <p part="notice">${ui.disclaimer}</p>
        <p part="attribution">${ui.attribution} <cite>${title}</cite></p>
        ${date
          ? html`<p part="reviewed">
              ${ui.lastReviewed}
              <time datetime=${date.toISOString().slice(0, 10)}>${formatDate(date, this.locale)}</time>
            </p>`
          : nothing}
      </aside>
    `;
  }
}

define('ms-disclaimer', MsDisclaimer);

declare global {
  interface HTMLElementTagNameMap {
    'ms-disclaimer': MsDisclaimer;
  }
}
