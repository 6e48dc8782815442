import { html } from 'lit';
import { card } from '../../shared/card.styles.js';
import { dir, evidence, lang } from '../../content/en.generated.js';
import { define } from '../../shared/define.js';
import { childLevel } from '../../shared/heading.js';
import { FOOTER_ENGLISH, MsAttributed } from '../../shared/attributed.js';
import '../evidence-card/evidence-card.js';

/** The built-in English this element shows. */
const ENGLISH = Object.freeze({ lang, dir, evidence, ...FOOTER_ENGLISH });

/**
 * @tag ms-evidence-list
 * @summary The article's scientific evidence: its introduction and every study as a card.
 *
 * @slot heading - Replaces the heading text ("Scientific Evidence").
 *
 * @csspart base - The section wrapping everything.
 * @csspart heading - The section heading.
 * @csspart intro - The introductory paragraph.
 * @csspart list - The list of study cards.
 * @csspart item - One list item holding an `ms-evidence-card`.
 * @csspart card - A study card (the card's `base`).
 * @csspart card-heading - A study card's heading.
 * @csspart card-text - A study card's sentence.
 * @csspart card-record - A study card's checked record: journal, year and DOI link (not for every study).
 * @csspart card-doi - A study card's DOI link.
 * @csspart card-note - A study card's note on where the record and the article's sentence differ.
 * @csspart footer - The attribution line: the article's title, "educational, not medical advice" and the `source-url` link. Absent with `no-attribution` and inside `ms-article`.
 * @csspart source-link - The footer's link to the page with the sources and the disclaimer, when `source-url` is set.
 *
 * @cssprop [--ms-font-family=inherit] - Font of the widget (inherited from the page by default).
 * @cssprop [--ms-color-text=inherit] - Text colour (inherited from the page by default).
 * @cssprop [--ms-color-accent=light-dark(#0a5394, #9cc9ff)] - Accent of each card's edge.
 * @cssprop [--ms-color-surface=color-mix(in srgb, currentColor 5%, transparent)] - Background of each card.
 * @cssprop [--ms-color-border=color-mix(in srgb, currentColor 25%, transparent)] - Border of each card.
 * @cssprop [--ms-radius=0.5rem] - Corner radius of each card.
 * @cssprop [--ms-space=1rem] - Base spacing unit.
 */
export class MsEvidenceList extends MsAttributed<'evidence'> {
  static override styles = [MsAttributed.styles, card];

  protected override get english() {
    return ENGLISH;
  }

  override render() {
    const { heading, intro, items } = this.pack.evidence;
    return html`
      <section part="base" lang=${this.locale} dir=${this.pack.dir} aria-labelledby="heading">
        ${this.mainHeading(heading)}
        <p part="intro">${intro}</p>
        <ol part="list" class="stack" role="list">
          ${items.map(
            (s) => html`<li part="item">
              <ms-evidence-card
                study=${s.id}
                heading-level=${childLevel(this.level)}
                no-attribution
                exportparts="base: card, heading: card-heading, text: card-text, record: card-record, doi: card-doi, note: card-note"
              ></ms-evidence-card>
            </li>`,
          )}
        </ol>
        ${this.footer()}
      </section>
    `;
  }
}

define('ms-evidence-list', MsEvidenceList);

declare global {
  interface HTMLElementTagNameMap {
    'ms-evidence-list': MsEvidenceList;
  }
}
