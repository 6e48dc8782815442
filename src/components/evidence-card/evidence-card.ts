import { html, type PropertyValues } from 'lit';
import { studyBody } from './study.js';
import { STUDY_IDS, type StudyId } from '../../content/ids.js';
import { card } from '../../shared/card.styles.js';
import { evidenceCardEnglish } from '../../content/en.generated.js';
import type { ContentPack } from '../../content/types.js';
import { define } from '../../shared/define.js';
import type { Words } from '../../shared/ms-element.js';
import { MsAttributed } from '../../shared/attributed.js';
import { styles } from './evidence-card.styles.js';

/** The studies: a card shows one, not the evidence section's heading and intro. */
type Studies = { evidence: Pick<ContentPack['evidence'], 'items'> };

/**
 * @tag ms-evidence-card
 * @summary One study the article cites as scientific evidence, chosen by `study`, with what was checked about it.
 *
 * The card is headed by the study's name in the article's words ("The HALT-MS
 * trial", `ui.studyNames`). Below the article's sentence, set apart as a note
 * (`<aside role="note">`) under a label saying who checked and in which month
 * ("Citation check by the ms-stem-cell-widgets project (not part of the
 * article), November 2026"), it shows the bibliographic record that was found
 * for the study (journal, year, a DOI link) and, where the record and the
 * sentence differ, a short neutral note saying so. All of it comes only from
 * `content/citations.json`; a study with no confirmed record shows the note
 * alone. The notes are English in every language pack (marked `lang="en"`).
 *
 * @slot heading - Replaces the card's heading text (the study's name, e.g. "The HALT-MS trial").
 *
 * @csspart base - The card.
 * @csspart heading - The card's heading.
 * @csspart text - The article's sentence about the study.
 * @csspart check - The citation check: an `<aside role="note">` named by its label, holding the label, the record and the notes.
 * @csspart check-label - The check's label: who checked, and the month of the check (a `<time>`).
 * @csspart record - The checked record: journal, year and DOI link (absent where no record was confirmed).
 * @csspart doi - The DOI link, to https://doi.org/.
 * @csspart note - A note on where the record and the article's sentence differ (one per difference).
 * @csspart footer - The attribution line: the article's title, "educational, not medical advice" and the `source-url` link. Absent with `no-attribution`.
 * @csspart attribution-link - When another widget on the page holds the attribution line, the labelled link to it that stands in for the line.
 * @csspart source-link - The footer's link to the page with the sources and the disclaimer, when `source-url` is set.
 *
 * @cssprop [--ms-font-family=inherit] - Font of the widget (inherited from the page by default).
 * @cssprop [--ms-color-text=inherit] - Text colour (inherited from the page by default).
 * @cssprop [--ms-color-accent=light-dark(#0a5394, #9cc9ff)] - Accent of the card's edge.
 * @cssprop [--ms-color-surface=color-mix(in srgb, currentColor 5%, transparent)] - Background of the card.
 * @cssprop [--ms-color-border=color-mix(in srgb, currentColor 25%, transparent)] - Border of the card.
 * @cssprop [--ms-radius=0.5rem] - Corner radius of the card.
 * @cssprop [--ms-space=1rem] - Base spacing unit.
 */
export class MsEvidenceCard extends MsAttributed<never, Studies & Words<never, 'studyNames' | 'record' | 'checkedBy'>> {
  static override styles = [MsAttributed.styles, card, styles];

  static override properties = {
    study: {},
  };

  /** Which study: halt-ms, mesenchymal-stem-cells or systematic-review. */
  declare study: StudyId;

  protected override get english() {
    return evidenceCardEnglish;
  }

  constructor() {
    super();
    this.study = '' as StudyId;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('study') && !STUDY_IDS.includes(this.study)) {
      this.warnInvalid('study', this.study ?? '', STUDY_IDS.join(', '));
    }
  }

  override render() {
    const study = this.pack.evidence.items.find((s) => s.id === this.study);
    if (!study) return this.ownContent();
    const { ui } = this.pack;
    return html`
      <article part="base" class="card" lang=${this.locale} dir=${this.pack.dir} aria-labelledby="heading">
        ${this.mainHeading(ui.studyNames[study.id])}
        ${studyBody(study.id, study.text, ui, this.locale, '')} ${this.footer()}
      </article>
    `;
  }
}

define('ms-evidence-card', MsEvidenceCard);

declare global {
  interface HTMLElementTagNameMap {
    'ms-evidence-card': MsEvidenceCard;
  }
}
