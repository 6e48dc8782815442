import { html, nothing, type PropertyValues } from 'lit';
import { BENEFIT_IDS, type BenefitId } from '../../content/ids.js';
import { benefitListEnglish } from '../../content/en.generated.js';
import { define } from '../../shared/define.js';
import { childLevel, heading } from '../../shared/heading.js';
import { MsAttributed } from '../../shared/attributed.js';
import { card } from '../../shared/card.styles.js';
import { parseIds } from '../../shared/parse-ids.js';
import { styles } from './benefit-list.styles.js';

const LAYOUTS = ['list', 'grid'] as const;

/**
 * @tag ms-benefit-list
 * @summary The four benefits of stem cell therapy the article lists, as a list or a grid.
 *
 * @slot heading - Replaces the heading text ("Benefits of Stem Cell Therapy").
 *
 * @csspart base - The section wrapping everything.
 * @csspart heading - The element's heading.
 * @csspart list - The list of benefits.
 * @csspart item - One benefit.
 * @csspart item-heading - A benefit's title.
 * @csspart item-text - A benefit's explanation.
 * @csspart footer - The attribution line: the article's title, "educational, not medical advice" and the `source-url` link. Absent with `no-attribution` and inside `ms-article`.
 * @csspart attribution-link - When another widget on the page holds the attribution line, the labelled link to it that stands in for the line.
 * @csspart source-link - The footer's link to the page with the sources and the disclaimer, when `source-url` is set.
 *
 * @cssprop [--ms-font-family=inherit] - Font of the widget (inherited from the page by default).
 * @cssprop [--ms-color-text=inherit] - Text colour (inherited from the page by default).
 * @cssprop [--ms-color-accent=light-dark(#0a5394, #9cc9ff)] - Accent for item markers and links.
 * @cssprop [--ms-color-surface=color-mix(in srgb, currentColor 5%, transparent)] - Background of each benefit (a faint tint of the text colour by default).
 * @cssprop [--ms-color-border=color-mix(in srgb, currentColor 25%, transparent)] - Border of each benefit (a tint of the text colour by default).
 * @cssprop [--ms-radius=0.5rem] - Corner radius of each benefit.
 * @cssprop [--ms-space=1rem] - Base spacing unit.
 */
export class MsBenefitList extends MsAttributed<'benefits'> {
  static override styles = [MsAttributed.styles, card, styles];

  static override properties = {
    benefits: {},
    layout: { reflect: true },
  };

  /** Space-separated benefit ids to show, in the order given; empty shows all four. */
  declare benefits: string;
  /** `list` (one per row) or `grid` (cards side by side where there is room, in whole rows by the widget's width: four cards 1 × 4, 2 × 2 or 4 × 1, never 3 + 1; three one per row until all three fit side by side). */
  declare layout: 'list' | 'grid';

  protected override get english() {
    return benefitListEnglish;
  }

  constructor() {
    super();
    this.benefits = '';
    this.layout = 'list';
  }

  #shown: BenefitId[] = [];

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A removed attribute (null) means the default, `list`: nothing to warn about.
    if (changed.has('layout') && this.layout != null && !LAYOUTS.includes(this.layout)) {
      this.warnInvalid('layout', this.layout, LAYOUTS.join(', '));
    }
    if (changed.has('benefits')) {
      this.#shown = parseIds(this.benefits, BENEFIT_IDS, (bad) =>
        this.warnInvalid('benefits', bad, BENEFIT_IDS.join(', ')),
      );
    }
  }

  override render() {
    const { heading: title, items } = this.pack.benefits;
    if (this.#shown.length === 0) return this.ownContent();
    return html`
      <section part="base" lang=${this.locale} dir=${this.pack.dir} aria-labelledby="heading">
        ${this.mainHeading(title)}
        <ul part="list" class="stack" role="list">
          ${this.#shown.map((id) => {
            // Every pack holds every id (registerContent checks it).
            const item = items.find((b) => b.id === id) as (typeof items)[number];
            return html`<li part="item" class="card">
              ${heading(childLevel(this.level), item.title, 'item-heading', nothing)}
              <p part="item-text">${item.text}</p>
            </li>`;
          })}
        </ul>
        ${this.footer()}
      </section>
    `;
  }
}

define('ms-benefit-list', MsBenefitList);

declare global {
  interface HTMLElementTagNameMap {
    'ms-benefit-list': MsBenefitList;
  }
}
