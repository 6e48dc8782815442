// What a reader must see of each configuration, in the article's own words
// (content/en.json), so the suite can tell the widget rendered in the frame.
import { readFileSync } from 'node:fs';

const en = JSON.parse(readFileSync(new URL('../../../content/en.json', import.meta.url), 'utf8'));

/**
 * The heading or the opening words a reader sees first.
 * @param {import('../../../site/configs.js').WidgetConfig} config
 */
export function visibleTextOf(config) {
  const { tag, attrs } = config;
  switch (tag) {
    case 'ms-article':
      return en.meta.title;
    case 'ms-section':
      return en.sections.find((s) => s.id === attrs.name).heading;
    case 'ms-benefit-list':
      return en.benefits.heading;
    case 'ms-evidence-list':
      return en.evidence.heading;
    case 'ms-evidence-card':
      // The card's own sentence (its opening words: enough to find it, short of any line break).
      return en.evidence.items.find((s) => s.id === attrs.study).text.split(' ').slice(0, 4).join(' ');
    case 'ms-risk-panel':
      return en.precautions.heading;
    case 'ms-source-list':
      return en.sources.heading;
    case 'ms-disclaimer':
      return en.ui.disclaimer.split(' ').slice(0, 4).join(' ');
    default:
      throw new Error(`visibleTextOf: no expected text for ${tag}: add it here`);
  }
}

/** Whether visibleTextOf(config) is a heading (found by role, the element with a box) or a sentence's opening words. */
export const isHeading = (config) => !['ms-evidence-card', 'ms-disclaimer'].includes(config.tag);
