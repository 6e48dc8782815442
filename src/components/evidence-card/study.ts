import { html, nothing, type TemplateResult } from 'lit';
import { checks } from '../../content/checks.generated.js';
import type { StudyCheck } from '../../content/checks.js';
import type { StudyId } from '../../content/ids.js';

/** The pack's words a study body shows around what was checked. */
export interface CheckWords {
  /** Before the record: "Record checked:". */
  record: string;
  /** Who checked: the label of the check, before its month. */
  checkedBy: string;
}

/**
 * Options for Intl without a prototype: on a page whose scripts polluted
 * Object.prototype, Intl would read inherited fields and could throw.
 */
const MONTH_OPTIONS = { __proto__: null, month: 'long', year: 'numeric', timeZone: 'UTC' } as Intl.DateTimeFormatOptions;

/**
 * Month formatters by language tag, made once: making one takes tens of
 * milliseconds at 4× CPU (more than rendering a card), and a page of cards
 * asks for one per card that renders. A page cycling through endless
 * languages starts afresh after `FORMATTERS_CAP`.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const FORMATTERS_CAP = 8;

function formatter(tag: string): Intl.DateTimeFormat {
  let made = formatters.get(tag);
  if (!made) {
    made = new Intl.DateTimeFormat(tag, MONTH_OPTIONS);
    if (formatters.size >= FORMATTERS_CAP) formatters.clear();
    formatters.set(tag, made);
  }
  return made;
}

/**
 * English with nothing that changes how a month is written: every region
 * writes "November 2026", but a script (en-Dsrt) or an extension
 * (en-u-ca-buddhist) does not.
 */
const PLAIN_ENGLISH = /^en(-latn)?(-[a-z]{2}|-\d{3})?(-[a-z\d]{5,8}|-\d[a-z\d]{3})*$/i;

/**
 * The month of a check in words for the reader's language ("November 2026").
 * English readers get citations.json's own words; other languages ask Intl.
 * Never throws: a tag Intl cannot read gets English, and an engine that
 * cannot format at all the month as written.
 */
function monthInWords({ checked, checkedInEnglish }: StudyCheck, locale: string): string {
  if (PLAIN_ENGLISH.test(locale)) return checkedInEnglish;
  const [year, index] = checked.split('-').map(Number);
  for (const tag of [locale, 'en']) {
    try {
      return formatter(tag).format(new Date(Date.UTC(year, index - 1, 15)));
    } catch {
      // Try the next tag.
    }
  }
  return checked;
}

/**
 * A study's sentence, then what was checked about it, set apart as a note
 * with a label that says who checked and when: the record (journal, year,
 * DOI link) and the notes on where the two differ. One template for
 * `ms-evidence-card` and the cards of `ms-evidence-list`, whose parts carry
 * the prefix `card-` (e.g. `card-text`), as the list exposes them.
 *
 * The note is an `<aside role="note">` named by its label (id `<study>-check`,
 * unique in either shadow root), so a reader, or a screen reader moving by
 * landmark and note, can tell the project's check from the article's words.
 *
 * The notes are English in every pack: marked so, and left-to-right even in
 * a right-to-left pack, so their punctuation stays where English puts it.
 */
export function studyBody(id: StudyId, text: string, words: CheckWords, locale: string, prefix: string): TemplateResult {
  const check = checks[id];
  const { record, notes, checked } = check;
  return html`<p part="${prefix}text">${text}</p>
    <aside part="${prefix}check" class="check" role="note" aria-labelledby="${id}-check">
      <p part="${prefix}check-label" class="check-label" id="${id}-check">
        ${words.checkedBy}, <time datetime=${checked}>${monthInWords(check, locale)}</time>
      </p>
      ${record
        ? html`<p part="${prefix}record">
            ${words.record} <cite>${record.journal}</cite>, ${record.year},
            <a part="${prefix}doi" href="https://doi.org/${record.doi}" rel="noopener noreferrer">doi:${record.doi}</a>
          </p>`
        : nothing}
      ${notes.map((note) => html`<p part="${prefix}note" lang="en" dir="ltr">${note}</p>`)}
    </aside>`;
}
