/**
 * schema.org structured data for a page that shows the article: one
 * `MedicalWebPage` in JSON-LD. `renderWidgets` writes it into pages that
 * contain `<ms-article>`; sites that build their own `<head>` call
 * `medicalWebPage()` or `structuredDataScript()` themselves.
 *
 * Every fact in it comes from the content pack (title, version, review date)
 * or from content/citations.json (the checked records and the sources):
 * a study without a confirmed record is not cited, a source without a
 * confirmed address gets none, and `lastReviewed` appears only when a date
 * was set. The citation checks the study cards show are `comment`s: who
 * checked (this project), the month (citations.json's `about`), the notes
 * verbatim, the study by the pack's name for it and the record checked.
 */
import { resolveContent } from '../content/registry.js';
import { isoDate } from '../content/iso-date.js';
import { safeHref } from '../shared/safe-href.js';
import { citations } from './citations.generated.js';
import type { CitationRecord } from './citations.js';
import { checks } from '../content/checks.generated.js';

export interface StructuredDataOptions {
  /** The page's language, which chooses the content pack (as `lang` does for the widgets). Default `en`. */
  lang?: string;
  /**
   * When the content was last reviewed (YYYY-MM-DD), as on `<ms-article reviewed>`.
   * Without a valid date, the pack's `meta.reviewed`; without either, no `lastReviewed`.
   */
  reviewed?: string | null;
  /** The page's own absolute http(s) address, if you want it named (`url`). */
  url?: string;
}

/** A thing named by a type and a name. */
export interface NamedThing<T extends string> {
  '@type': T;
  name: string;
}

/** A study the article cites, as the checked record has it. */
export interface ScholarlyArticleData extends NamedThing<'ScholarlyArticle'> {
  identifier: { '@type': 'PropertyValue'; propertyID: 'DOI'; value: string };
  url: string;
  datePublished: string;
  isPartOf: NamedThing<'Periodical'>;
}

/** A citation check, as a study card shows it: who checked, when, the notes, the study and the record checked. */
export interface CitationCheckData {
  '@type': 'Comment';
  author: NamedThing<'Organization'>;
  /** The month of the check, YYYY-MM. */
  dateCreated: string;
  /** The notes (citations.json `differences`), verbatim, in English. */
  text: string;
  inLanguage: 'en';
  /** The study, by the pack's name for it (`ui.studyNames`). */
  about: NamedThing<'CreativeWork'>;
  /** The record checked, where one was confirmed. */
  citation?: ScholarlyArticleData;
}

export interface MedicalWebPageData extends NamedThing<'MedicalWebPage'> {
  '@context': 'https://schema.org';
  url?: string;
  inLanguage: string;
  version: string;
  about: Array<NamedThing<'MedicalCondition' | 'MedicalTherapy'>>;
  lastReviewed?: string;
  citation: ScholarlyArticleData[];
  isBasedOn: Array<NamedThing<'CreativeWork'> & { url?: string }>;
  comment: CitationCheckData[];
}

/** Who checked the citations: this project, as the cards' label says. */
const CHECKED_BY: NamedThing<'Organization'> = { '@type': 'Organization', name: 'The ms-stem-cell-widgets project' };

/** A checked record as a schema.org ScholarlyArticle. */
const scholarlyArticle = (record: CitationRecord): ScholarlyArticleData => ({
  '@type': 'ScholarlyArticle',
  name: record.title,
  identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: record.doi },
  url: `https://doi.org/${record.doi}`,
  datePublished: String(record.year),
  isPartOf: { '@type': 'Periodical', name: record.journal },
});

/**
 * What the page is about, for search engines: the condition and the
 * treatment the title names, as schema.org things. Names, not claims.
 */
const ABOUT: MedicalWebPageData['about'] = [
  { '@type': 'MedicalCondition', name: 'Multiple sclerosis' },
  { '@type': 'MedicalTherapy', name: 'Stem cell therapy' },
];

/** The page's `MedicalWebPage` as a JSON-LD object. */
export function medicalWebPage(options: StructuredDataOptions = {}): MedicalWebPageData {
  const { pack, fallback } = resolveContent(options.lang || 'en');
  const lastReviewed = isoDate(options.reviewed) ?? isoDate(pack.meta.reviewed);
  const url = options.url && /^https?:\/\//i.test(options.url) ? safeHref(options.url) : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: pack.meta.title,
    ...(url ? { url } : {}),
    inLanguage: fallback ? pack.lang : options.lang || pack.lang,
    version: pack.meta.version,
    about: ABOUT.map((thing) => ({ ...thing })),
    ...(lastReviewed ? { lastReviewed } : {}),
    citation: citations.studies.flatMap(({ record }) => (record ? [scholarlyArticle(record)] : [])),
    isBasedOn: citations.sources.map((source) => ({
      '@type': 'CreativeWork' as const,
      name: source.title,
      ...(source.url ? { url: source.url } : {}),
    })),
    comment: citations.studies.map(({ id, record, differences }) => ({
      '@type': 'Comment' as const,
      author: { ...CHECKED_BY },
      dateCreated: checks[id].checked,
      text: differences.join(' '),
      inLanguage: 'en' as const,
      about: { '@type': 'CreativeWork' as const, name: pack.ui.studyNames[id] },
      ...(record ? { citation: scholarlyArticle(record) } : {}),
    })),
  };
}

/**
 * The same as a `<script type="application/ld+json">` element, ready for a
 * page's `<head>`. Marked `data-ms-widgets`, so `renderWidgets` does not add
 * a second one. `<` is escaped, so no text in a pack can end the script.
 */
export function structuredDataScript(options: StructuredDataOptions = {}): string {
  const json = JSON.stringify(medicalWebPage(options)).replace(/</g, '\\u003c');
  return `<script type="application/ld+json" data-ms-widgets>${json}</script>`;
}
