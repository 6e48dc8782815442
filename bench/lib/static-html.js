// Variant (a), the floor: the article as plain HTML generated from
// content/en.json, with CSS equivalent to the widgets' shadow styles
// (src/shared/tokens.styles.ts, card.styles.ts and each element's styles),
// rewritten for one light-DOM tree. `.ms` marks what is a widget host in the
// other variants. No script, no custom elements.
import { readFileSync } from 'node:fs';

export const pack = JSON.parse(readFileSync(new URL('../../content/en.json', import.meta.url), 'utf8'));
/** The article's title (in `meta` since the pack has metadata). */
const titleOf = (p) => p.meta?.title ?? p.title;

/**
 * What each study card shows of content/citations.json (journal, year, DOI;
 * notes), as the build generates it for the elements. Empty before a build.
 */
let checks = {};
try {
  ({ checks } = await import('../../dist/content/checks.generated.js'));
} catch {
  /* no build yet, or no checks in this version */
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const h = (level, text, id) => {
  const n = Math.min(6, Math.max(1, level));
  return `<h${n}${id ? ` id="${id}"` : ''}>${esc(text)}</h${n}>`;
};
const attrs = (p) => `lang="${esc(p.lang)}" dir="${esc(p.dir)}"`;

let uid = 0;
const nextId = (name) => `${name}-${++uid}`;

export function section(p, id, level = 2) {
  const s = p.sections.find((x) => x.id === id);
  const hid = nextId(id);
  return `<section class="ms" ${attrs(p)} aria-labelledby="${hid}">${h(level, s.heading, hid)}${s.paragraphs
    .map((t) => `<p>${esc(t)}</p>`)
    .join('')}</section>`;
}

export function benefitList(p, level = 2) {
  const hid = nextId('benefits');
  const items = p.benefits.items
    .map((b) => `<li class="card">${h(level + 1, b.title)}<p>${esc(b.text)}</p></li>`)
    .join('');
  return `<section class="ms" ${attrs(p)} aria-labelledby="${hid}">${h(level, p.benefits.heading, hid)}<ul class="stack" role="list">${items}</ul></section>`;
}

/** The attribution line of an element shown on its own (MsAttributed's footer). */
const attribution = (p) => `<footer class="attribution">${esc(p.ui.attribution)} <cite>${esc(titleOf(p))}</cite>. ${esc(p.ui.notAdvice)}</footer>`;

/** One study card; `standalone` adds the attribution footer (no `no-attribution`). */
export function evidenceCard(p, study, level = 2, { standalone = false } = {}) {
  const index = p.evidence.items.findIndex((s) => s.id === study);
  const hid = nextId(study);
  const { record = null, notes = [] } = checks[study] ?? {};
  const recordHtml = record
    ? `<p class="record">${esc(p.ui.record)} <cite>${esc(record.journal)}</cite>, ${record.year}, <a href="https://doi.org/${esc(
        record.doi,
      )}" rel="noopener noreferrer">doi:${esc(record.doi)}</a></p>`
    : '';
  return `<article class="ms card" ${attrs(p)} aria-labelledby="${hid}">${h(level, p.ui.studyNames[study], hid)}<p>${esc(
    p.evidence.items[index].text,
  )}</p>${recordHtml}${notes.map((n) => `<p class="note" lang="en">${esc(n)}</p>`).join('')}${standalone ? attribution(p) : ''}</article>`;
}

export function evidenceList(p, level = 2) {
  const hid = nextId('evidence');
  const items = p.evidence.items.map((s) => `<li>${evidenceCard(p, s.id, level + 1)}</li>`).join('');
  return `<section class="ms" ${attrs(p)} aria-labelledby="${hid}">${h(level, p.evidence.heading, hid)}<p>${esc(
    p.evidence.intro,
  )}</p><ol class="stack" role="list">${items}</ol></section>`;
}

export function riskPanel(p, level = 2) {
  const hid = nextId('precautions');
  const items = p.precautions.items
    .map((x) => `<details class="card"><summary>${esc(x.title)}</summary><p>${esc(x.text)}</p></details>`)
    .join('');
  return `<section class="ms risks" ${attrs(p)} aria-labelledby="${hid}">${h(level, p.precautions.heading, hid)}<p>${esc(
    p.precautions.intro,
  )}</p><div class="stack">${items}</div></section>`;
}

export function sourceList(p, level = 2) {
  const hid = nextId('sources');
  const items = p.sources.items
    .map((s) => `<li>${s.url ? `<a href="${esc(s.url)}" rel="noopener noreferrer">${esc(s.title)}</a>` : esc(s.title)}</li>`)
    .join('');
  return `<section class="ms sources" ${attrs(p)} aria-labelledby="${hid}">${h(level, p.sources.heading, hid)}<ol>${items}</ol></section>`;
}

export function disclaimer(p, level = 2) {
  const hid = nextId('disclaimer');
  return `<aside class="ms disclaimer" ${attrs(p)} aria-labelledby="${hid}">${h(level, p.ui.disclaimerLabel, hid)}<p>${esc(
    p.ui.disclaimer,
  )}</p><p>${esc(p.ui.attribution)} <cite>${esc(titleOf(p))}</cite></p></aside>`;
}

/** The whole article, in ms-article's order, headings as ms-article gives them. */
export function article(p = pack, level = 2) {
  const l = level + 1;
  const hid = nextId('article');
  return [
    `<article class="ms ms-article" ${attrs(p)} aria-labelledby="${hid}">${h(level, titleOf(p), hid)}`,
    section(p, 'introduction', l),
    section(p, 'understanding-ms', l),
    section(p, 'conventional-treatments', l),
    section(p, 'exploring-stem-cell-therapy', l),
    benefitList(p, l),
    evidenceList(p, l),
    riskPanel(p, l),
    section(p, 'conclusion', l),
    sourceList(p, l),
    disclaimer(p, l),
    '</article>',
  ].join('');
}

/** The widgets' shadow styles, for one light-DOM tree (see the file comment). */
export const css = `
.ms {
  display: block;
  font-family: var(--ms-font-family);
  color: var(--ms-color-text);
  --_accent: var(--ms-color-accent, light-dark(#0a5394, #9cc9ff));
  --_surface: var(--ms-color-surface, color-mix(in srgb, currentColor 5%, transparent));
  --_border: var(--ms-color-border, color-mix(in srgb, currentColor 25%, transparent));
  --_radius: var(--ms-radius, 0.5rem);
  --_space: var(--ms-space, 1rem);
  overflow-wrap: break-word;
}
.ms:not(:last-child) { margin-block-end: var(--_space); }
.ms :is(h1, h2, h3, h4, h5, h6) { margin: 0 0 calc(var(--_space) * 0.5); line-height: 1.25; }
.ms h1 { font-size: 1.75em; }
.ms h2 { font-size: 1.4em; }
.ms h3 { font-size: 1.15em; }
.ms :is(h4, h5, h6) { font-size: 1em; }
.ms p { margin: 0 0 var(--_space); }
.ms p:last-child { margin-block-end: 0; }
.ms a { color: var(--_accent); }
.ms :focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
@media (forced-colors: active) { .ms { --_accent: LinkText; --_border: CanvasText; } }
@media print {
  .ms { --_surface: transparent; }
  .ms a[href]::after { content: ' (' attr(href) ')'; }
}
.ms footer.attribution { margin-block-start: var(--_space); font-size: 0.85em; }
.ms .record, .ms .note { font-size: 0.9em; }
.ms .note { font-style: italic; }
.card {
  background: var(--_surface);
  border: 1px solid var(--_border);
  border-inline-start: 4px solid var(--_accent);
  border-radius: var(--_radius);
  padding: calc(var(--_space) * 0.75) var(--_space);
  break-inside: avoid;
}
.card > :last-child { margin-block-end: 0; }
.stack { list-style: none; margin: 0; padding: 0; display: grid; gap: calc(var(--_space) * 0.75); }
.ms.ms-article { display: grid; gap: calc(var(--_space) * 1.5); }
.ms.ms-article > * { margin: 0; }
.risks summary {
  cursor: pointer;
  font-weight: 600;
  padding-block: calc(var(--_space) * 0.25);
  padding-inline: calc(var(--_space) * 0.25);
  margin-inline: calc(var(--_space) * -0.25);
  border-radius: calc(var(--_radius) * 0.5);
}
.risks summary::marker { color: var(--_accent); }
.risks details[open] > summary { margin-block-end: calc(var(--_space) * 0.5); }
.risks details > p { margin-block-end: 0; }
.sources ol { margin: 0; padding-inline-start: 1.5em; }
.sources li + li { margin-block-start: calc(var(--_space) * 0.25); }
.sources li::marker { color: var(--_accent); }
.ms.disclaimer {
  background: var(--_surface);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  padding: calc(var(--_space) * 0.75) var(--_space);
  font-size: 0.9em;
}
.ms.disclaimer :is(h1, h2, h3, h4, h5, h6) { font-size: 1em; }
`;
