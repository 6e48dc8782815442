import { html } from 'lit';
import { card } from '../../shared/card.styles.js';
import { evidenceListEnglish } from '../../content/en.generated.js';
import { define } from '../../shared/define.js';
import type { Words } from '../../shared/ms-element.js';
import { childLevel, heading } from '../../shared/heading.js';
import { MsAttributed } from '../../shared/attributed.js';
import { studyBody } from '../evidence-card/study.js';
import { styles } from '../evidence-card/evidence-card.styles.js';

/**
 * @tag ms-evidence-list
 * @summary The article's scientific evidence: its introduction and every study as a card.
 *
 * Each card shows what `ms-evidence-card` shows for its study, from the same
 * template, without a footer of its own: the list's footer credits them all.
 * Its parts are the card's, prefixed `card-`.
 *
 * @slot heading - Replaces the heading text ("Scientific Evidence").
 *
 * @csspart base - The section wrapping everything.
 * @csspart heading - The section heading.
 * @csspart intro - The introductory paragraph.
 * @csspart list - The list of study cards.
 * @csspart item - One list item.
 * @csspart card - A study card: an `<article>` named by its heading, as in `ms-evidence-card`.
 * @csspart card-heading - A study card's heading: the study's name in the article's words (`ui.studyNames`).
 * @csspart card-text - A study card's sentence.
 * @csspart card-check - A study card's citation check: an `<aside role="note">` named by its label, holding the label, the record and the notes.
 * @csspart card-check-label - The check's label: who checked, and the month of the check.
 * @csspart card-record - A study card's checked record: journal, year and DOI link (not for every study).
 * @csspart card-doi - A study card's DOI link.
 * @csspart card-note - A study card's note on where the record and the article's sentence differ.
 * @csspart footer - The attribution line: the article's title, "educational, not medical advice" and the `source-url` link. Absent with `no-attribution` and inside `ms-article`.
 * @csspart attribution-link - When another widget on the page holds the attribution line, the labelled link to it that stands in for the line.
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
export class MsEvidenceList extends MsAttributed<'evidence', Words<never, 'studyNames' | 'record' | 'checkedBy'>> {
  static override styles = [MsAttributed.styles, card, styles];

  protected override get english() {
    return evidenceListEnglish;
  }

  override render() {
    const { ui, evidence } = this.pack;
    const { intro, items } = evidence;
    return html`
      <section part="base" lang=${this.locale} dir=${this.pack.dir} aria-labelledby="heading">
        ${this.mainHeading(evidence.heading)}
        <p part="intro">${intro}</p>
        <ol part="list" class="stack" role="list">
          ${items.map(
            (s) => html`<li part="item">
              <article part="card" class="card" aria-labelledby=${s.id}>
                ${heading(childLevel(this.level), ui.studyNames[s.id], 'card-heading', s.id)}
                ${studyBody(s.id, s.text, ui, this.locale, 'card-')}
              </article>
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
