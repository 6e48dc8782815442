/**
 * The shape of content/citations.json: what was checked about the article's
 * studies and sources. Only the server's structured data reads it whole
 * (citations.generated.ts); the study cards get their few fields from
 * src/content/checks.generated.ts.
 */
import type { StudyId } from '../content/ids.js';

/** A bibliographic record as it was seen; null where nothing was confirmed. */
export interface CitationRecord {
  title: string;
  authors?: string;
  journal: string;
  volume_pages: string;
  year: number;
  doi: string;
  pmid: string | null;
  /** Where the record was seen. */
  seen_at: string;
}

export interface StudyCitation {
  id: StudyId;
  article_sentence_starts: string;
  article_says: { journal: string };
  record: CitationRecord | null;
  match_confidence?: string;
  design?: string;
  differences: string[];
  related: Array<CitationRecord & { relation: string }>;
}

export interface Citations {
  about: string;
  studies: StudyCitation[];
  sources: Array<{ position: number; title: string; url: string | null }>;
  sources_note: string;
}
