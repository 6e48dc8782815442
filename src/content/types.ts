/**
 * The shape of a content pack: every word a widget shows.
 *
 * This file is the one definition; `content/schema.json` is generated from it
 * (`npm run schema`) and the runtime checks in `validate.ts` follow it.
 * Ids are public API (attribute values): never rename one.
 */

import type { BenefitId, PrecautionId, SectionId, StudyId } from './ids.js';

export type { BenefitId, PrecautionId, SectionId, StudyId };

/**
 * A piece of content text. Always rendered as text, never as HTML.
 * @minLength 1
 */
export type Text = string;

/**
 * An absolute http or https URL.
 * @pattern ^https?://
 * @format uri
 */
export type HttpUrl = string;

/**
 * A calendar date written as YYYY-MM-DD, e.g. "2026-11-25".
 * @pattern ^\d{4}-\d{2}-\d{2}$
 * @format date
 */
export type IsoDate = string;

/**
 * A SHA-256 digest in the form Subresource Integrity uses: "sha256-" and 44
 * base64 characters.
 * @pattern ^sha256-[A-Za-z0-9+/]{43}=$
 */
export type ContentHash = string;

/**
 * About the pack itself, set by whoever publishes it (for the built-in
 * English, this project). Never invented: a date nobody set stays null.
 */
export interface ContentMeta {
  /** The article's title: the one place it is stored. */
  title: Text;
  /** The version of this pack's content; raise it whenever the text changes. */
  version: Text;
  /**
   * SHA-256 of what the pack shows, computed at build time: for the built-in
   * English, `scripts/build/gen-content.js` hashes the pack (without this field)
   * and the citation checks the cards show. A page's own pack may carry its
   * publisher's hash, or none.
   */
  hash?: ContentHash;
  /** When the content was last reviewed, or null when nobody has said. */
  reviewed: IsoDate | null;
  /** When the content is next due for review, or null. After this date `ms-disclaimer` says the review is overdue. */
  nextReview: IsoDate | null;
}

/** A prose section: heading and paragraphs. */
export interface Section {
  id: SectionId;
  heading: Text;
  /** @minItems 1 */
  paragraphs: Text[];
}

/** A titled item of a list (a benefit or a precaution). */
export interface Item<Id extends string> {
  id: Id;
  title: Text;
  text: Text;
}

export interface Study {
  id: StudyId;
  text: Text;
}

export interface Source {
  title: Text;
  /** A link to the source, only where one was confirmed. */
  url: HttpUrl | null;
}

/** A group with a heading and items, in the article's order. */
export interface Group<T> {
  heading: Text;
  /** @minItems 1 */
  items: T[];
}

/** A group whose items follow an introductory sentence. */
export interface IntroGroup<T> extends Group<T> {
  intro: Text;
}

/**
 * Words this project adds around the article (labels, disclaimer). They are
 * not the article's and are marked as such by `origin`.
 */
export interface UiText {
  origin: 'project';
  /** States that the content is educational and not medical advice. */
  disclaimer: Text;
  /** Attribution line before the article title, e.g. "From the article". */
  attribution: Text;
  /** Label before the review date. */
  lastReviewed: Text;
  /** Accessible name of the disclaimer landmark. */
  disclaimerLabel: Text;
  /**
   * The heading of each study's card: the study named in the article's own
   * words ("The HALT-MS trial, published in …" gives "The HALT-MS trial").
   * Names only, never a fact the article does not state.
   */
  studyNames: Record<StudyId, Text>;
  /** The footer line of a widget shown on its own: says it is educational, not medical advice. */
  notAdvice: Text;
  /** Text of the footer link to the page with the sources and the disclaimer (`source-url`). */
  sourcesLink: Text;
  /** Label before the date the content is next due for review. */
  nextReview: Text;
  /** The note shown once that date has passed. */
  reviewOverdue: Text;
  /** Label before the bibliographic record a study card shows (journal, year, DOI). */
  record: Text;
  /**
   * The label of a study card's citation check (the record and the notes from
   * content/citations.json): says who checked, before the month of the check.
   * Also the check's accessible name.
   */
  checkedBy: Text;
  /** Text of the link from a share page of the static site (_site/share/) to the whole article. */
  readWholeArticle: Text;
  /** What an exit page of the static site (_site/go/) says before the external address it leads to. */
  leavingFor: Text;
  /** Text of the link at the end of a shortened article (the embed page for hosts that limit an embed's height) to the whole article. */
  continueReading: Text;
}

/** A whole content pack for one locale. */
export interface ContentPack {
  /** Points editors at the schema; ignored at run time. */
  $schema?: string;
  /** BCP 47 language tag of the text, e.g. "en". */
  lang: Text;
  /** Writing direction of the text. */
  dir: 'ltr' | 'rtl';
  meta: ContentMeta;
  /** @minItems 5 @maxItems 5 */
  sections: Section[];
  benefits: Group<Item<BenefitId>>;
  evidence: IntroGroup<Study>;
  precautions: IntroGroup<Item<PrecautionId>>;
  sources: Group<Source>;
  ui: UiText;
}
