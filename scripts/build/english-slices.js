// Which built-in English each element shows, read by gen-content.js: it
// writes one export per element (sectionEnglish, …) into
// src/content/en.generated.ts, the one module the English comes from. A path
// names a whole part of the pack (`sections`) or one field of it
// (`ui.notAdvice`, `evidence.items`); `lang` and `dir` come with every slice.
// An element's import carries its slice only, never the whole article, and
// TypeScript checks each slice against what its element reads.

/** The attribution footer of every element that can stand alone (src/shared/attributed.ts). */
const FOOTER = ['meta.title', 'ui.attribution', 'ui.disclaimerLabel', 'ui.notAdvice', 'ui.sourcesLink'];

/** The words around a study's citation check (src/components/evidence-card/study.ts). */
const STUDY_CHECK = ['ui.studyNames', 'ui.record', 'ui.checkedBy'];

/** By element folder (src/components/<name>/). */
export const SLICES = {
  // The title, in `meta` whole: the disclaimer it composes carries the rest anyway.
  article: ['meta'],
  section: ['sections', ...FOOTER],
  'benefit-list': ['benefits', ...FOOTER],
  // One study: not the evidence section's heading and intro.
  'evidence-card': ['evidence.items', ...FOOTER, ...STUDY_CHECK],
  'evidence-list': ['evidence', ...FOOTER, ...STUDY_CHECK],
  'risk-panel': ['precautions', ...FOOTER],
  'source-list': ['sources', ...FOOTER],
  // Its own words, not the footer's (it has none) nor the site's.
  disclaimer: ['meta', 'ui.attribution', 'ui.disclaimer', 'ui.disclaimerLabel', 'ui.lastReviewed', 'ui.nextReview', 'ui.reviewOverdue'],
};
