// The words the site's pages show around the widgets, all from the content
// pack (content/en.json): the article's own words for titles and
// descriptions, and the few words the site adds, which live in `ui` (the
// project's words, marked so in the pack) like every other word we add.
import { readFileSync } from 'node:fs';

export const en = JSON.parse(readFileSync(new URL('../../content/en.json', import.meta.url), 'utf8'));

/** Social cards cut descriptions near 200 characters: stay under, on a word boundary. */
const DESCRIPTION_MAX = 200;

/** Every text a config's widget shows of the article (its footer aside), in order. */
export function widgetTexts(config, pack = en) {
  const items = (group) => group.items.flatMap((i) => [i.title, i.text].filter(Boolean));
  switch (config.tag) {
    case 'ms-article':
      return [pack.meta.title, ...pack.sections.flatMap((s) => [s.heading, ...s.paragraphs])];
    case 'ms-section': {
      const section = pack.sections.find((s) => s.id === config.attrs.name);
      return [section.heading, ...section.paragraphs];
    }
    case 'ms-benefit-list':
      return [pack.benefits.heading, ...items(pack.benefits)];
    case 'ms-evidence-list':
      return [pack.evidence.heading, pack.evidence.intro, ...items(pack.evidence)];
    case 'ms-evidence-card':
      return [pack.evidence.items.find((s) => s.id === config.attrs.study).text];
    case 'ms-risk-panel':
      return [pack.precautions.heading, pack.precautions.intro, ...items(pack.precautions)];
    case 'ms-source-list':
      return [pack.sources.heading, ...pack.sources.items.map((s) => s.title)];
    case 'ms-disclaimer':
      return [pack.ui.disclaimer];
    default:
      throw new TypeError(`site/configs.js: no words known for <${config.tag}> (config "${config.id}")`);
  }
}

/**
 * A config's description for search engines and social cards: the first
 * sentences its widget shows after its heading, in the article's words, cut
 * at a word with an ellipsis when longer than a card shows.
 */
export function describe(config, pack = en) {
  // The heading is the title already. The benefits and the sources read
  // best as their names, joined; everything else by its opening sentences.
  const names = { 'ms-benefit-list': pack.benefits.items, 'ms-source-list': pack.sources.items }[config.tag];
  const joined = names ? names.map((i) => i.title).join('; ') : (widgetTexts(config, pack).find((t) => t.length >= 80) ?? widgetTexts(config, pack).join(' '));
  if (joined.length <= DESCRIPTION_MAX) return joined;
  const cut = joined.slice(0, DESCRIPTION_MAX - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
