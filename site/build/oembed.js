// The oEmbed 1.0 response of one widget configuration, as a static file:
// _site/oembed/<id>.json. Consumers (WordPress, Ghost, Discourse…) find it
// through the share page's discovery link and print its `html`: a
// blockquote with a link (what readers see when the iframe cannot show) and
// the iframe of the embed page.
import { readFileSync } from 'node:fs';
import { studyChecks } from '../../scripts/build/content-hash.js';
import { escapeHtml } from './escape.js';
import { SITE_NAME } from './share-page.js';
import { absoluteUrl } from './site-url.js';
import { widgetTexts, en } from './words.js';

const citations = JSON.parse(readFileSync(new URL('../../content/citations.json', import.meta.url), 'utf8'));

export const OEMBED_WIDTH = 600;
/** WordPress clamps a sandboxed embed to 200..1000 px; stay inside. */
const MIN_HEIGHT = 200;
const MAX_HEIGHT = 1000;

/**
 * What a widget shows before anyone opens anything: its texts (the
 * precautions open, as they are by default), and for studies their names and the labelled check (content/citations.json) under each.
 */
function shownTexts(config, pack) {
  const checks = studyChecks(citations);
  // A study: its name, its sentence, then the check's label (who checked, the month in words), record and notes.
  const study = (s) => [
    pack.ui.studyNames[s.id],
    s.text,
    `${pack.ui.checkedBy}, ${'month'.repeat(3)}`,
    ...(checks[s.id]?.record ? ['record'.repeat(10)] : []),
    ...(checks[s.id]?.notes ?? []),
  ];
  switch (config.tag) {
    case 'ms-evidence-card':
      return study(pack.evidence.items.find((s) => s.id === config.attrs.study));
    case 'ms-evidence-list':
      return [pack.evidence.heading, pack.evidence.intro, ...pack.evidence.items.flatMap(study)];
    default:
      return widgetTexts(config, pack);
  }
}

/**
 * The iframe's height before the embed page reports its own (and for good,
 * where no script sizes it): the widget's text laid out at 600 px, a little
 * generous so that it rarely scrolls, in steps of 50 px. About 68 characters
 * of 16 px text fit a line at that width (576 px inside the page's padding); the footer line and the page's
 * margins come on top.
 */
export function oembedHeight(config, pack = en) {
  if (config.id === 'article') return MAX_HEIGHT; // the short form is made to fill it (embed/article-summary.html)
  const LINE = 24;
  const texts = shownTexts(config, pack);
  const lines = texts.reduce((sum, text) => sum + Math.ceil(text.length / 68), 0);
  const estimate = lines * LINE + texts.length * 20 + 2 * LINE + 48;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(estimate / 50) * 50));
}

/**
 * The oEmbed response object. Its `html` holds only what WordPress keeps of
 * an unknown provider's html (wp_filter_oembed_result: a[href], blockquote,
 * iframe[src width height frameborder marginwidth marginheight scrolling
 * title]); every URL in it absolute on `siteUrl`. The whole article embeds
 * as its short form, which fits the 1000 px WordPress allows.
 */
export function oembedFor({ config, siteUrl, pack = en }) {
  // The frame takes the width of the post's column (`width="100%"`, which
  // WordPress's filter keeps): a fixed 600 px would run off a phone's screen.
  // `width` in the response is the oEmbed field, which must be a number.
  const height = oembedHeight(config, pack);
  const page = config.id === 'article' ? 'article-summary' : config.id;
  const share = escapeHtml(absoluteUrl(siteUrl, `share/${config.id}.html`));
  const embed = escapeHtml(absoluteUrl(siteUrl, `embed/${page}.html`));
  const title = escapeHtml(config.title);
  return {
    version: '1.0',
    type: 'rich',
    title: config.title,
    provider_name: SITE_NAME,
    provider_url: `${siteUrl}/`,
    width: OEMBED_WIDTH,
    height,
    html:
      `<blockquote><a href="${share}">${title}</a></blockquote>` +
      `<iframe src="${embed}" width="100%" height="${height}" title="${title}" frameborder="0"></iframe>`,
  };
}
