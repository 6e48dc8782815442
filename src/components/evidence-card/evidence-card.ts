import { html, nothing, type PropertyValues } from 'lit';
import { STUDY_IDS, type StudyId } from '../../content/ids.js';
import { card } from '../../shared/card.styles.js';
import { dir, evidence, lang, ui } from '../../content/en.generated.js';
import { define } from '../../shared/define.js';
import { MsElement } from '../../shared/ms-element.js';

/** The built-in English this element shows. */
const ENGLISH = Object.freeze({ lang, dir, evidence, ui });

/**
 * @tag ms-evidence-card
 * @summary One study the article cites as scientific evidence, chosen by `study`.
 *
 * @slot heading - Replaces the card's heading text ("Study 1").
 *
 * @csspart base - The card.
 * @csspart heading - The card's heading.
 * @csspart text - The article's sentence about the study.
 *
 * @cssprop [--ms-font-family=inherit] - Font of the widget (inherited from the page by default).
 * @cssprop [--ms-color-text=inherit] - Text colour (inherited from the page by default).
 * @cssprop [--ms-color-accent=light-dark(#0a5394, #9cc9ff)] - Accent of the card's edge.
 * @cssprop [--ms-color-surface=color-mix(in srgb, currentColor 5%, transparent)] - Background of the card.
 * @cssprop [--ms-color-border=color-mix(in srgb, currentColor 25%, transparent)] - Border of the card.
 * @cssprop [--ms-radius=0.5rem] - Corner radius of the card.
 * @cssprop [--ms-space=1rem] - Base spacing unit.
 */
export class MsEvidenceCard extends MsElement<'evidence' | 'ui'> {
  static override styles = [MsElement.styles, card];

  static override properties = {
    study: { type: String },
  };

  /** Which study: halt-ms, mesenchymal-stem-cells or systematic-review. */
  declare study: StudyId;

  protected override get english() {
    return ENGLISH;
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
    const index = this.pack.evidence.items.findIndex((s) => s.id === this.study);
    if (index < 0) return nothing;
    const { ui } = this.pack;
    return html`
      <article part="base" class="card" lang=${this.locale} dir=${this.pack.dir} aria-labelledby="heading">
        ${this.mainHeading(`${ui.study} ${index + 1}`)}
        <p part="text">${this.pack.evidence.items[index].text}</p>
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
