import { html, nothing, type PropertyValues } from 'lit';
import { disclaimerEnglish } from '../../content/en.generated.js';
import type { ContentMeta } from '../../content/types.js';
import { define } from '../../shared/define.js';
import { MsDated } from '../../shared/dated.js';
import { formatDate } from '../../shared/format-date.js';
import { localIsoDate } from '../../shared/local-date.js';
import { MsElement, serverRendered, type Words } from '../../shared/ms-element.js';
import { styles } from './disclaimer.styles.js';

/** The last and the next review date, YYYY-MM-DD or null. */
type ReviewDates = Pick<ContentMeta, 'reviewed' | 'nextReview'>;

/**
 * Detail of the `ms-review-overdue` event: the content's metadata (title,
 * version, hash) with the two dates this disclaimer uses.
 */
export interface MsReviewOverdueDetail extends ContentMeta {
  /** The date that has passed, YYYY-MM-DD. */
  nextReview: string;
}

/**
 * @tag ms-disclaimer
 * @summary States that the content is educational and not medical advice, credits the article and shows when it was last reviewed and is next due for review.
 *
 * The dates come from the `reviewed` and `next-review` attributes, or else
 * from the content pack (`meta.reviewed`, `meta.nextReview`), which the
 * built-in English leaves empty. Once the next review date has passed, the
 * disclaimer shows a "review overdue" note, sets `overdue` and fires
 * `ms-review-overdue` once.
 *
 * @slot heading - Replaces the heading text ("About this content").
 *
 * @csspart base - The aside wrapping everything.
 * @csspart heading - The heading.
 * @csspart notice - The "not medical advice" statement.
 * @csspart attribution - The line crediting the article.
 * @csspart reviewed - The "Last reviewed" line, shown when there is a valid review date.
 * @csspart next-review - The "Next review due" line, shown when there is a valid next review date.
 * @csspart overdue - The "Review overdue" note, shown once the next review date has passed: a warning (role="note") marked by a triangle, an edge and a warning colour (dark amber in light schemes, light amber in dark ones and on paper dark amber), all at 4.5:1 or more for the text and 3:1 for the marks.
 *
 * @cssprop [--ms-font-family=inherit] - Font of the widget (inherited from the page by default).
 * @cssprop [--ms-color-text=inherit] - Text colour (inherited from the page by default).
 * @cssprop [--ms-color-accent=light-dark(#0a5394, #9cc9ff)] - Focus ring.
 * @cssprop [--ms-color-surface=color-mix(in srgb, currentColor 5%, transparent)] - Background of the box.
 * @cssprop [--ms-color-border=color-mix(in srgb, currentColor 25%, transparent)] - Border of the box.
 * @cssprop [--ms-radius=0.5rem] - Corner radius of the box.
 * @cssprop [--ms-space=1rem] - Base spacing unit.
 *
 * @fires {CustomEvent<MsReviewOverdueDetail>} ms-review-overdue - The next review date has passed (fired once per element and date, after it renders the note). Bubbles and crosses shadow roots; `detail` holds the content's `title`, `version`, `hash`, `reviewed` and `nextReview`.
 */
export class MsDisclaimer extends MsDated<
  'meta',
  Words<never, 'attribution' | 'disclaimer' | 'disclaimerLabel' | 'lastReviewed' | 'nextReview' | 'reviewOverdue'>
> {
  static override styles = [MsElement.styles, styles];

  static override properties = {
    overdue: { type: Boolean, reflect: true },
  };

  /**
   * Set by the element, and reflected, once the next review date has passed:
   * style `ms-disclaimer[overdue]` or read it from a script. Setting it
   * yourself changes nothing; the date decides.
   */
  declare overdue: boolean;

  /** The next review date `ms-review-overdue` was last fired for. */
  #firedFor: string | null = null;
  /** Whether the server rendered this element (its shadow root, with our markers, was there before the first render). */
  #fromServer = false;
  /** The dates in force, YYYY-MM-DD or null: the attributes', else the pack's. */
  #dates: ReviewDates = { reviewed: null, nextReview: null };

  constructor() {
    super();
    this.overdue = false;
  }

  protected override get english() {
    return disclaimerEnglish;
  }

  override connectedCallback(): void {
    this.#fromServer = !this.hasUpdated && serverRendered(this.shadowRoot);
    super.connectedCallback();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { meta } = this.pack;
    this.#dates = { reviewed: this.given.reviewed ?? meta.reviewed, nextReview: this.given.nextReview ?? meta.nextReview };
    if (this.#fromServer) {
      // Hydration must find what the server rendered: keep the server's
      // verdict (the reflected `overdue` attribute) for this first render,
      // then judge by the reader's clock in the next one.
      this.#fromServer = false;
      void this.updateComplete.then(() => this.requestUpdate());
    } else {
      // Overdue from the day after the next review date, where the reader is.
      const { nextReview } = this.#dates;
      this.overdue = !!nextReview && localIsoDate() > nextReview;
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { reviewed, nextReview } = this.#dates;
    if (this.overdue && nextReview && nextReview !== this.#firedFor) {
      this.#firedFor = nextReview;
      const detail: MsReviewOverdueDetail = { ...this.pack.meta, reviewed, nextReview };
      this.dispatchEvent(new CustomEvent('ms-review-overdue', { detail, bubbles: true, composed: true }));
    }
  }

  /** A dated line (part `reviewed` or `next-review`): its label and the date in the reader's words; nothing without a date. */
  #dateLine(part: string, label: string, date: string | null) {
    return date ? html`<p part=${part}>${label} <time datetime=${date}>${formatDate(date, this.locale)}</time></p>` : nothing;
  }

  override render() {
    const { meta, ui } = this.pack;
    const { reviewed, nextReview } = this.#dates;
    return html`
      <aside part="base" lang=${this.locale} dir=${this.pack.dir} aria-labelledby="heading">
        ${this.mainHeading(ui.disclaimerLabel)}
        <p part="notice">${ui.disclaimer}</p>
        <p part="attribution">${ui.attribution} <cite>${meta.title}</cite></p>
        ${this.#dateLine('reviewed', ui.lastReviewed, reviewed)}
        ${this.#dateLine('next-review', ui.nextReview, nextReview)}
        ${this.overdue
          ? // The marker: a warning triangle with an exclamation mark cut out, in the
            // note's colour; hidden from assistive technology, which reads the words.
            html`<p part="overdue" role="note"><svg viewBox="0 0 20 18" aria-hidden="true" focusable="false"><path fill-rule="evenodd" d="M10 0 20 18H0zM9 6v6h2V6zm0 8v2h2v-2z"/></svg>${ui.reviewOverdue}</p>`
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
  interface HTMLElementEventMap {
    'ms-review-overdue': CustomEvent<MsReviewOverdueDetail>;
  }
}
