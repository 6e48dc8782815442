/**
 * Every element's tag, in the order the article shows them: the one list of
 * them, for the code that handles all the elements at once (xml-page.ts) and
 * the tests (test/support/). test/node/editor-data.test.js checks it against
 * custom-elements.json, which the site build reads, so a new element cannot
 * be left out.
 */
export const TAGS = [
  'ms-article',
  'ms-section',
  'ms-benefit-list',
  'ms-evidence-card',
  'ms-evidence-list',
  'ms-risk-panel',
  'ms-source-list',
  'ms-disclaimer',
] as const;

export type Tag = (typeof TAGS)[number];
