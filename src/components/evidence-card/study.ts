import { html, nothing, type TemplateResult } from 'lit';
import { checks } from '../../content/checks.generated.js';
import type { StudyId } from '../../content/ids.js';

/**
 * A study's sentence, then what was checked about it: the record (journal,
 * year, DOI link) and the notes on where the two differ. One template for
 * `ms-evidence-card` and the cards of `ms-evidence-list`, whose parts carry
 * the prefix `card-` (e.g. `card-text`), as the list exposes them.
 *
 * The notes are English in every pack: marked so, and left-to-right even in
 * a right-to-left pack, so their punctuation stays where English puts it.
 */
export function studyBody(id: StudyId, text: string, recordLabel: string, prefix: string): TemplateResult {
  const { record, notes } = checks[id];
  return html`<p part="${prefix}text">${text}</p>
    ${record
      ? html`<p part="${prefix}record">
          ${recordLabel} <cite>${record.journal}</cite>, ${record.year},
          <a part="${prefix}doi" href="https://doi.org/${record.doi}" rel="noopener noreferrer">doi:${record.doi}</a>
        </p>`
      : nothing}
    ${notes.map((note) => html`<p part="${prefix}note" lang="en" dir="ltr">${note}</p>`)}`;
}
