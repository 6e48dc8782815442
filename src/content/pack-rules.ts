/**
 * The rules a content pack must follow at run time: every field of
 * `ContentPack` (types.ts) with the reader that checks it, in the pack's
 * order, so the first bad field reported is the first in the pack. The types
 * below make a field added to types.ts without a rule here a compile error;
 * content/schema.json, generated from the same types, says the same for
 * editors and build tools.
 */
import { BENEFIT_IDS, PRECAUTION_IDS, SECTION_IDS, STUDY_IDS } from './ids.js';
import { dateOrNull, hashOrAbsent, httpUrlOrNull, idList, list, oneOf, shape, text, type Read } from './readers.js';
import type { ContentMeta, ContentPack, Item, Section, Source, Study, UiText } from './types.js';

/** A rule for each field of `T`. */
type RulesOf<T> = { [K in keyof Required<T>]: Read };

const meta: RulesOf<ContentMeta> = {
  title: text,
  version: text,
  hash: hashOrAbsent,
  reviewed: dateOrNull,
  nextReview: dateOrNull,
};

/** The fields of the items of a list, besides the id, which `idList` reads itself. */
const section: RulesOf<Omit<Section, 'id'>> = { heading: text, paragraphs: list(text) };
const item: RulesOf<Omit<Item<string>, 'id'>> = { title: text, text };
const study: RulesOf<Omit<Study, 'id'>> = { text };
const source: RulesOf<Source> = { title: text, url: httpUrlOrNull };

const ui: RulesOf<UiText> = {
  origin: oneOf(['project']),
  disclaimer: text,
  attribution: text,
  lastReviewed: text,
  disclaimerLabel: text,
  studyNames: shape(Object.fromEntries(STUDY_IDS.map((id) => [id, text]))),
  notAdvice: text,
  sourcesLink: text,
  nextReview: text,
  reviewOverdue: text,
  record: text,
  checkedBy: text,
  readWholeArticle: text,
  leavingFor: text,
  continueReading: text,
};

/** The pack's fields; `$schema` only points editors at the schema and is not kept. */
const pack: RulesOf<Omit<ContentPack, '$schema'>> = {
  lang: text,
  dir: oneOf(['ltr', 'rtl']),
  meta: shape(meta),
  sections: idList(SECTION_IDS, section),
  benefits: shape({ heading: text, items: idList(BENEFIT_IDS, item) } satisfies RulesOf<ContentPack['benefits']>),
  evidence: shape({ heading: text, intro: text, items: idList(STUDY_IDS, study) } satisfies RulesOf<ContentPack['evidence']>),
  precautions: shape({ heading: text, intro: text, items: idList(PRECAUTION_IDS, item) } satisfies RulesOf<ContentPack['precautions']>),
  sources: shape({ heading: text, items: list(shape(source)) } satisfies RulesOf<ContentPack['sources']>),
  ui: shape(ui),
};

/** Reads a whole pack by the rules above: a new object of exactly the fields checked. */
export const readPack = shape(pack);
