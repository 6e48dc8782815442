// Exit pages on the site's own host, one per external address the widgets
// link to (the sources' URLs, the studies' DOI links): _site/go/<slug>.html.
// An embed page inside WordPress's sandboxed iframe cannot open a link
// itself; WordPress follows a `{ message: 'link' }` only to the embed's own
// host. So the embed runtime sends readers to the go page of a link
// (goPageMap()), and the go page sends them on.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { studyChecks } from '../../scripts/build/content-hash.js';
import { escapeHtml } from './escape.js';
import { en } from './words.js';

const citations = JSON.parse(readFileSync(new URL('../../content/citations.json', import.meta.url), 'utf8'));

/** Only these leave the site; the widgets show no other link (src/shared/attributed.ts safeHref). */
const isWebUrl = (value) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/**
 * @typedef {object} ExternalLink
 * @property {string} url    the address, as the browser reads it from the link (`new URL(url).href`)
 * @property {string} slug   the go page's file name without .html: stable, from the content (a source's position, a DOI)
 * @property {string} label  what the link is, in the content's words: a source's title, "doi:…"
 */

/**
 * Every external address the widgets link to, from the content pack (the
 * sources' URLs) and the citation checks (the study cards' DOI links), each
 * once. Only http and https addresses: the widgets show no others as links.
 * @returns {ExternalLink[]}
 */
export function externalLinks(pack = en, checks = studyChecks(citations)) {
  const links = new Map();
  const add = (url, slug, label) => {
    if (!isWebUrl(url)) return;
    const href = new URL(url).href;
    if (links.has(href)) return;
    const taken = [...links.values()].find((l) => l.slug === slug);
    if (taken) throw new Error(`go pages: "${href}" and "${taken.url}" would share the page go/${slug}.html`);
    links.set(href, { url: href, slug, label });
  };
  pack.sources.items.forEach((source, i) => source.url && add(source.url, `source-${i + 1}`, source.title));
  for (const check of Object.values(checks)) {
    const doi = check.record?.doi;
    // The card writes the link as https://doi.org/ and the DOI (src/components/evidence-card/study.ts).
    if (doi) add(`https://doi.org/${doi}`, `doi-${doi.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`, `doi:${doi}`);
  }
  return [...links.values()];
}

/**
 * The go page of an external address, relative to the site's root
 * (`go/<slug>.html`), or undefined when the widgets never link there.
 */
export function goPagePath(url, links = externalLinks()) {
  if (!isWebUrl(url)) return undefined;
  const href = new URL(url).href;
  const link = links.find((l) => l.url === href);
  return link && `go/${link.slug}.html`;
}

/**
 * `{ [address]: 'go/<slug>.html' }` for every external link, for the embed
 * runtime. Look a link up by `anchor.href` (the browser's reading of it).
 */
export function goPageMap(links = externalLinks()) {
  return Object.fromEntries(links.map((l) => [l.url, `go/${l.slug}.html`]));
}

/**
 * One exit page. It names where it goes and links there, and sends the
 * reader on at once (meta refresh): only for http and https addresses, and
 * with no referrer, as the widgets' own links (rel="noreferrer").
 */
export function renderGoPage(link, pack = en) {
  if (!isWebUrl(link.url)) throw new TypeError(`go page "${link.slug}": "${link.url}" is not an http or https address`);
  const url = escapeHtml(link.url);
  return `<!doctype html>
<html lang="${escapeHtml(pack.lang)}" dir="${escapeHtml(pack.dir)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<meta name="color-scheme" content="light dark">
<meta http-equiv="refresh" content="0; url=${url}">
<title>${escapeHtml(link.label)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(link.label)}</h1>
<p>${escapeHtml(pack.ui.leavingFor)}</p>
<p><a href="${url}" rel="noopener noreferrer">${url}</a></p>
</main>
</body>
</html>
`;
}

/** Writes `out/go/<slug>.html` for every external link; resolves to how many. */
export async function writeGoPages(out, links = externalLinks()) {
  await mkdir(join(out, 'go'), { recursive: true });
  await Promise.all(links.map((link) => writeFile(join(out, 'go', `${link.slug}.html`), renderGoPage(link))));
  return links.length;
}
