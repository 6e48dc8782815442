/**
 * What was checked about the article's studies, as a study card shows it.
 * The data comes only from `content/citations.json` (scripts/build/gen-content.js
 * writes `checks.generated.ts` from it, keeping just the fields shown); it is
 * not part of a content pack, so no page can replace a checked fact.
 */
import type { StudyId } from './ids.js';

/** The bibliographic record found for a study: only the fields a card shows. */
export interface CheckedRecord {
  journal: string;
  year: number;
  /** Shown as a link to https://doi.org/ followed by the DOI. */
  doi: string;
}

export interface StudyCheck {
  /** The record found, or null when none was confirmed. */
  record: CheckedRecord | null;
  /**
   * Where the record and the article's sentence differ, in this project's own
   * neutral wording (citations.json `differences`, verbatim). English only.
   */
  notes: readonly string[];
  /**
   * The month the record was checked, as YYYY-MM: the month and year that
   * citations.json's `about` states (the file has no other date).
   */
  checked: string;
  /**
   * The same month in English words, as citations.json's `about` writes it
   * ("November 2026"): what every English reader sees, whatever the region,
   * so a card in English needs no Intl (whose first date format costs a page
   * 100 to 200 ms of main thread at 4× CPU).
   */
  checkedInEnglish: string;
}

export type StudyChecks = Readonly<Record<StudyId, StudyCheck>>;
