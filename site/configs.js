// The widget configurations the static site publishes: one embed page, one
// share page and one oEmbed file each (site/build/). The Get code page
// offers the same list. Titles come from the content pack, never from here:
// the site adds no words of its own to the article.
import { readFileSync } from 'node:fs';

const en = JSON.parse(readFileSync(new URL('../content/en.json', import.meta.url), 'utf8'));

/**
 * @typedef {object} WidgetConfig
 * @property {string} id     file name under embed/, share/ and oembed/ (stable: published URLs)
 * @property {string} tag    the element
 * @property {Record<string, string>} attrs  its attributes
 * @property {string} title  what the widget shows, in the article's words
 */

/** @type {WidgetConfig[]} */
export const configs = [
  { id: 'article', tag: 'ms-article', attrs: {}, title: en.meta.title },
  ...en.sections.map((s) => ({ id: `section-${s.id}`, tag: 'ms-section', attrs: { name: s.id }, title: s.heading })),
  { id: 'benefits', tag: 'ms-benefit-list', attrs: {}, title: en.benefits.heading },
  { id: 'benefits-grid', tag: 'ms-benefit-list', attrs: { layout: 'grid' }, title: en.benefits.heading },
  { id: 'evidence', tag: 'ms-evidence-list', attrs: {}, title: en.evidence.heading },
  ...en.evidence.items.map((s) => ({
    id: `study-${s.id}`,
    tag: 'ms-evidence-card',
    attrs: { study: s.id },
    title: `${en.evidence.heading}: ${en.ui.studyNames[s.id]}`,
  })),
  { id: 'precautions', tag: 'ms-risk-panel', attrs: {}, title: en.precautions.heading },
  { id: 'sources', tag: 'ms-source-list', attrs: {}, title: en.sources.heading },
  { id: 'disclaimer', tag: 'ms-disclaimer', attrs: {}, title: en.ui.disclaimerLabel },
];

export const configById = new Map(configs.map((c) => [c.id, c]));
