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
 * was set.
 */
import { resolveContent } from '../content/registry.js';
import { isoDate } from '../shared/iso-date.js';
import { safeHref } from '../shared/attributed.js';
import { citations } from './citations.generated.js';

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

export interface MedicalWebPageData extends NamedThing<'MedicalWebPage'> {
  '@context': 'https://schema.org';
  url?: string;
  inLanguage: string;
  version: string;
  about: Array<NamedThing<'MedicalCondition' | 'MedicalTherapy'>>;
  lastReviewed?: string;
  citation: ScholarlyArticleData[];
  isBasedOn: Array<NamedThing<'CreativeWork'> & { url?: string }>;
}

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
    citation: citations.studies.flatMap(({ record }) =>
      record
        ? [
            {
              '@type': 'ScholarlyArticle' as const,
              name: record.title,
              identifier: { '@type': 'PropertyValue' as const, propertyID: 'DOI' as const, value: record.doi },
              url: `https://doi.org/${record.doi}`,
              datePublished: String(record.year),
              isPartOf: { '@type': 'Periodical' as const, name: record.journal },
            },
          ]
        : [],
    ),
    isBasedOn: citations.sources.map((source) => ({
      '@type': 'CreativeWork' as const,
      name: source.title,
      ...(source.url ? { url: source.url } : {}),
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
