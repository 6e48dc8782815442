/**
 * content/citations.json, the one source of citation facts, as the browser
 * tests read it: fetched from the repository (not the generated module the
 * cards use), so a card can only pass by showing what that file says.
 */
import { expect } from '@open-wc/testing';
import type { StudyId } from '../../src/content/ids.js';

export interface CheckedStudy {
  id: StudyId;
  record: { title: string; journal: string; year: number; doi: string } | null;
  differences: string[];
}
export interface CitationsFile {
  about: string;
  studies: CheckedStudy[];
  sources: Array<{ position: number; title: string; url: string | null }>;
}

let file: CitationsFile | undefined;

/** Loads content/citations.json once; call it in a `before` hook. */
export async function loadCitations(): Promise<CitationsFile> {
  if (!file) {
    const response = await fetch('/content/citations.json');
    expect(response.ok, 'content/citations.json is served').to.equal(true);
    file = (await response.json()) as CitationsFile;
  }
  return file;
}

/** What was checked for one study (after `loadCitations`). */
export function checked(id: StudyId): CheckedStudy {
  const study = file?.studies.find((s) => s.id === id);
  if (!study) throw new Error(`content/citations.json not loaded, or it has no study "${id}"`);
  return study;
}

/** The record line of a card as a reader sees it, e.g. "Record checked: JAMA Neurology, 2015, doi:10.1001/…"; null without a record. */
export function recordLine(id: StudyId, label: string): string | null {
  const r = checked(id).record;
  return r && `${label} ${r.journal}, ${r.year}, doi:${r.doi}`;
}

/** The same line as `deepText` reads it (one space between text nodes). */
export function recordDeepText(id: StudyId, label: string): string | null {
  const r = checked(id).record;
  return r && `${label} ${r.journal} , ${r.year} , doi: ${r.doi}`;
}

/** The DOI link of a study's record, or null. */
export function doiUrl(id: StudyId): string | null {
  const r = checked(id).record;
  return r && `https://doi.org/${r.doi}`;
}

/**
 * The month of the checks: content/citations.json has no date field; its
 * `about` says the records were seen "in November 2026" (asserted in
 * `checkLabel`), so the cards say that month and no day.
 */
export const CHECKED_MONTH = '2026-11';

/** The label of a card's check as a reader sees it: who checked, then the month. */
export function checkLabel(checkedBy: string): string {
  expect(file?.about, 'content/citations.json not loaded').to.contain(' in November 2026.');
  return `${checkedBy}, November 2026`;
}


/** The same label as `deepText` reads it (one space between text nodes). */
export const checkLabelDeepText = (checkedBy: string): string => checkLabel(checkedBy).replace(', November', ' , November');
