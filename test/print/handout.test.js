/* global document, customElements, CSSStyleSheet -- used in functions that run in the page (page.evaluate) */
// Printing a page with <ms-article> gives a clean handout: printed to PDF by
// Chromium and Firefox (puppeteer's page.pdf), read back with poppler's
// pdftotext. Every sentence of the article is on paper, in order, the
// precautions expanded; each link is followed by its address; no card is
// split across two pages; the disclaimer, the attribution and the review
// dates are there. The pages are also drawn as PNGs (pdftoppm) into
// screenshots/print/ to look at. Run `npm run build` first: this loads
// dist/cdn/ms-widgets.js and the server-rendered demo.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdftoppmPath, pdftotextPath } from '../../scripts/test-env/browsers.js';
import { BROWSERS, launch } from '../support/ssr/browsers.js';
import { startServer } from '../support/ssr/server.js';
import { articleSentences, buildSite, read } from '../support/ssr/site.js';

const en = JSON.parse(read('content/en.json'));
const citations = JSON.parse(read('content/citations.json'));
const SHOTS = fileURLToPath(new URL('../../screenshots/print/', import.meta.url));

/** The reader's date a year from now, so the handout's next review is never overdue. */
const nextYear = () => {
  const d = new Date();
  d.setFullYear(d.getFullYear() + 1);
  return d.toISOString().slice(0, 10);
};
const longDate = (iso) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** A clinic's page with the whole article, rendered in the browser by the CDN file. */
const handoutPage = (nextReview) => `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Stem cell therapy and MS: handout</title>
<script type="module" src="/dist/cdn/ms-widgets.js"></script>
<style>
  body { font-family: 'DejaVu Sans', sans-serif; max-inline-size: 44rem; margin: auto; padding: 1rem; line-height: 1.5; }
</style>
</head>
<body>
<ms-article heading-level="1" reviewed="2026-11-25" next-review="${nextReview}"></ms-article>
</body>
</html>
`;

/** Text for comparing: ligatures undone, words split at a line-end hyphen joined, white space collapsed. */
const normalize = (text) =>
  text
    .normalize('NFKC')
    .replace(/-\s*\n\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** The PDF's text, page by page (pdftotext ends each page with a form feed). */
function pdfPages(file) {
  // -layout: keep a hyphen that ends a line (without it, pdftotext drops it: "high-dose" reads "highdose").
  const raw = execFileSync(pdftotextPath(), ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return raw.split('\f').map(normalize).filter((page, i, all) => page !== '' || i < all.length - 1);
}

/** The label of each study's citation check on paper: who checked, and the month citations.json's `about` names. */
const CHECK_LABEL = `${en.ui.checkedBy}, November 2026`;
/** How often `needle` occurs in `text`. */
const count = (text, needle) => text.split(needle).length - 1;

/** Each card the handout shows, as the first and last words a reader meets in it. */
function cards() {
  const out = [];
  for (const b of en.benefits.items) out.push({ name: `benefit ${b.id}`, first: b.title, last: b.text.slice(-40) });
  en.evidence.items.forEach((s) => {
    const notes = citations.studies.find((c) => c.id === s.id).differences;
    out.push({ name: `study ${s.id}`, first: `${en.ui.studyNames[s.id]} ${s.text.slice(0, 30)}`, last: notes.at(-1).slice(-40) });
  });
  for (const p of en.precautions.items) out.push({ name: `precaution ${p.id}`, first: p.title, last: p.text.slice(-40) });
  out.push({ name: 'disclaimer', first: en.ui.disclaimerLabel, last: en.ui.nextReview });
  return out;
}

/** The cards whose first and last words are on different pages (or missing). */
function splitCards(pages, list = cards()) {
  const pageOf = (needle, from = 0) => pages.findIndex((p, i) => i >= from && p.includes(needle));
  return list.flatMap((card) => {
    const start = pageOf(card.first);
    const end = pageOf(card.last, Math.max(start, 0));
    return start >= 0 && start === end ? [] : [`${card.name}: pages ${start + 1} and ${end + 1}`];
  });
}

/** Prints the current page to PDF the way a reader would on A4, with the usual margins. */
async function print(page, file, format = 'A4') {
  writeFileSync(file, await page.pdf({ format, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
  return pdfPages(file);
}

/** Waits until the article and everything in it has rendered. */
async function settled(page) {
  await page.waitForFunction(() => customElements.get('ms-article') !== undefined);
  await page.evaluate(async () => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    for (let i = 0; i < 5; i++) await Promise.all(all(document).map((el) => el.updateComplete));
  });
}

let server;
let dir;
before(async () => {
  buildSite();
  server = await startServer();
  dir = mkdtempSync(join(tmpdir(), 'ms-print-'));
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the split-card check', () => {
  test('finds a card whose first and last words are on different pages, and a missing one', () => {
    const [benefit] = cards();
    assert.deepEqual(splitCards([`${benefit.first} …`, `… ${benefit.last}`]).slice(0, 1), [`benefit ${en.benefits.items[0].id}: pages 1 and 2`]);
    assert.equal(splitCards(['nothing here']).length, cards().length);
  });
});

for (const name of BROWSERS) {
  describe(`${name}: printing the article`, () => {
    let browser;
    let pages;
    const next = nextYear();
    before(async () => {
      browser = await launch(name);
      const page = await browser.newPage();
      await page.goto(server.page(`/print/${name}.html`, handoutPage(next)));
      await settled(page);
      pages = await print(page, join(dir, `${name}.pdf`));
      // The pages as pictures, to look at (not in git).
      for (const old of readdirSync(SHOTS).filter((f) => f.startsWith(`${name}-`))) rmSync(join(SHOTS, old));
      execFileSync(pdftoppmPath(), ['-png', '-r', '60', join(dir, `${name}.pdf`), join(SHOTS, name)]);
      await page.close();
    });
    after(() => browser?.close());

    test('has every sentence of the article, in order: the precautions are expanded on paper', () => {
      const text = pages.join(' ');
      let from = 0;
      for (const sentence of articleSentences()) {
        const at = text.indexOf(sentence, from);
        assert.ok(at >= from, `printed, in order: ${sentence}`);
        from = at + sentence.length;
      }
      for (const p of en.precautions.items) assert.ok(text.includes(`${p.title} ${p.text}`), `expanded: ${p.title}`);
    });

    test('prints every precaution of a panel the author collapsed or the reader folded', async () => {
      const page = await browser.newPage();
      const panels = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Collapsed</title>
<script type="module" src="/dist/cdn/ms-widgets.js"></script></head><body>
<ms-risk-panel collapsed></ms-risk-panel>
<ms-article></ms-article>
</body></html>`;
      await page.goto(server.page(`/print/${name}-collapsed.html`, panels));
      await settled(page);
      const state = await page.evaluate(() => {
        const collapsed = document.querySelector('ms-risk-panel');
        const inArticle = document.querySelector('ms-article').shadowRoot.querySelector('ms-risk-panel');
        // The reader folds the article's precautions before printing.
        for (const d of inArticle.shadowRoot.querySelectorAll('details')) d.open = false;
        return [...collapsed.shadowRoot.querySelectorAll('details'), ...inArticle.shadowRoot.querySelectorAll('details')].map((d) => d.open);
      });
      assert.deepEqual(state, Array(8).fill(false), 'all eight closed on screen');
      const text = (await print(page, join(dir, `${name}-collapsed.pdf`))).join(' ');
      await page.close();
      for (const p of en.precautions.items) {
        assert.equal(text.split(`${p.title} ${p.text}`).length - 1, 2, `on paper twice, expanded: ${p.title}`);
      }
    });

    test('prints the overdue note as a warning: its words, and its amber marks on paper', async () => {
      const page = await browser.newPage();
      // A dark page: paper is white all the same, so the note prints in the light scheme's dark amber.
      const overdue = (next) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Overdue</title>
<style>:root { color-scheme: dark; background: #121212; color: #eee; }</style>
<script type="module" src="/dist/cdn/ms-widgets.js"></script></head><body>
<ms-disclaimer reviewed="2020-01-01" next-review="${next}"></ms-disclaimer>
</body></html>`;
      const amberOnPaper = async (file, next) => {
        await page.goto(server.page(`/print/${name}-${file}.html`, overdue(next)));
        await settled(page);
        const text = (await print(page, join(dir, `${name}-${file}.pdf`))).join(' ');
        // The first page as a raw picture (PPM: a header, then RGB bytes): count the dark amber pixels (#9a4a00).
        execFileSync(pdftoppmPath(), ['-r', '100', '-f', '1', '-l', '1', '-singlefile', join(dir, `${name}-${file}.pdf`), join(dir, `${name}-${file}`)]);
        const ppm = readFileSync(join(dir, `${name}-${file}.ppm`));
        const header = ppm.toString('latin1', 0, 20).match(/^P6\s+\d+\s+\d+\s+255\s/)[0].length;
        let amber = 0;
        for (let i = header; i + 2 < ppm.length; i += 3) {
          if (Math.abs(ppm[i] - 0x9a) < 24 && Math.abs(ppm[i + 1] - 0x4a) < 24 && ppm[i + 2] < 40) amber++;
        }
        return { text, amber };
      };
      const late = await amberOnPaper('overdue', '2020-06-01');
      const fresh = await amberOnPaper('not-overdue', nextYear());
      await page.close();
      assert.ok(late.text.includes(en.ui.reviewOverdue), 'the words are on paper');
      assert.equal(fresh.text.includes(en.ui.reviewOverdue), false);
      // The marker (a triangle about 1 em wide), the edge and the bold words: far more than a few stray pixels.
      assert.ok(late.amber > 400, `${late.amber} dark amber pixels on paper`);
      assert.ok(fresh.amber < 20, `control: ${fresh.amber} without the note`);
    });

    test('writes out the address after each link', () => {
      // A long address may wrap anywhere, "https://" at a line's end included: compare without spaces.
      const text = pages.join('').replace(/\s+/g, '');
      for (const { record } of citations.studies.filter((s) => s.record)) {
        assert.ok(text.includes(`doi:${record.doi}(https://doi.org/${record.doi})`), `the DOI link of ${record.journal}, written out`);
      }
    });

    test('writes out web addresses only: a link within the page prints as its text alone', async () => {
      const page = await browser.newPage();
      const footerLinks = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Footer links</title>
<script type="module" src="/dist/cdn/ms-widgets.js"></script></head><body>
<ms-section name="conclusion" source-url="https://clinic.example/ms-article"></ms-section>
<ms-source-list source-url="#about-this-content"></ms-source-list>
<ms-disclaimer id="about-this-content"></ms-disclaimer>
</body></html>`;
      await page.goto(server.page(`/print/${name}-links.html`, footerLinks));
      await settled(page);
      const text = (await print(page, join(dir, `${name}-links.pdf`))).join('').replace(/\s+/g, '');
      await page.close();
      assert.ok(text.includes(`${en.ui.sourcesLink}(https://clinic.example/ms-article)`.replace(/\s+/g, '')), 'the web address is written out');
      assert.equal(text.includes('(#about-this-content)'), false, 'the link within the page is not');
      assert.ok(text.includes(en.ui.sourcesLink.replace(/\s+/g, '')), 'its text is');
    });

    test('splits no card across two pages, and has more than one page to split them on', () => {
      assert.ok(pages.length >= 3, `${pages.length} pages`);
      assert.deepEqual(splitCards(pages), []);
    });

    test('carries the disclaimer, the attribution, the labelled checks and the review dates', () => {
      const text = pages.join(' ');
      assert.ok(text.includes(en.ui.disclaimer));
      assert.ok(text.includes(`${en.ui.attribution} ${en.meta.title}`));
      assert.ok(text.includes(`${en.ui.lastReviewed} 25 November 2026`));
      assert.ok(text.includes(`${en.ui.nextReview} ${longDate(next)}`));
      assert.equal(text.includes(en.ui.reviewOverdue), false);
      for (const study of citations.studies) for (const note of study.differences) assert.ok(text.includes(note), note.slice(0, 40));
      // Every study by its name, and each check under its label: who checked and when.
      assert.ok(citations.about.includes(' in November 2026.'));
      assert.equal(count(text, CHECK_LABEL), en.evidence.items.length, CHECK_LABEL);
      assert.doesNotMatch(text, /Study \d/);
      assert.ok(pages.at(-1).includes(en.ui.disclaimer), 'the disclaimer ends the handout');
    });

    test('is drawn as pictures, one per page', () => {
      const shots = readdirSync(SHOTS).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
      assert.equal(shots.length, pages.length);
      for (const shot of shots) assert.ok(statSync(join(SHOTS, shot)).size > 10_000, `${shot} is not blank`);
    });

    test('without the widgets\u2019 print rules the check fails: precautions collapse, cards split, no addresses', async () => {
      const page = await browser.newPage();
      await page.goto(server.page(`/print/${name}-control.html`, handoutPage(next)));
      await settled(page);
      // Expanded by default on screen: fold them, as a reader may, so that only the print rules could open them.
      await page.evaluate(() => {
        const panel = document.querySelector('ms-article').shadowRoot.querySelector('ms-risk-panel');
        for (const d of panel.shadowRoot.querySelectorAll('details')) d.open = false;
      });
      // Strip every @media print rule from every shadow root, as if the widgets had none.
      const removed = await page.evaluate(() => {
        let count = 0;
        const visit = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (!el.shadowRoot) continue;
            el.shadowRoot.adoptedStyleSheets = el.shadowRoot.adoptedStyleSheets.map((sheet) => {
              const copy = new CSSStyleSheet();
              for (const rule of sheet.cssRules) {
                if (rule.media?.mediaText === 'print') count++;
                else copy.insertRule(rule.cssText.replace(/break-inside:\s*avoid;?/g, ''), copy.cssRules.length);
              }
              return copy;
            });
            visit(el.shadowRoot);
          }
        };
        visit(document);
        return count;
      });
      assert.ok(removed > 0, 'print rules were found and removed');
      const control = await print(page, join(dir, `${name}-control.pdf`), 'A5');
      const text = control.join(' ');
      assert.equal(text.includes(en.precautions.items[0].text), false, 'folded precautions do not print');
      assert.equal(text.includes('(https://doi.org/'), false, 'no address after a link');
      assert.notDeepEqual(splitCards(control), [], 'at least one card is split');
      await page.close();
    });
  });
}

describe('chromium: printing the server-rendered article with JavaScript off', () => {
  test('is the same clean handout, with nothing but HTML and CSS', async () => {
    const browser = await launch('chromium', { javaScript: false });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/demo/ssr/site/index.html`);
      assert.equal(await page.evaluate(() => customElements.get('ms-article')), undefined, 'no script ran');
      const pages = await print(page, join(dir, 'ssr.pdf'));
      const text = pages.join(' ');
      for (const p of en.precautions.items) assert.ok(text.includes(`${p.title} ${p.text}`), `expanded: ${p.title}`);
      assert.ok(text.replace(/\s+/g, '').includes(`(https://doi.org/${citations.studies[0].record.doi})`));
      // The demo page sets no next review: its disclaimer ends with the last one.
      const list = cards().map((c) => (c.name === 'disclaimer' ? { ...c, last: `${en.ui.lastReviewed} 25 November 2026` } : c));
      assert.deepEqual(splitCards(pages, list), []);
      assert.ok(text.includes(`${en.ui.lastReviewed} 25 November 2026`));
      assert.ok(text.includes(`${en.ui.attribution} ${en.meta.title}`));
      assert.equal(count(text, CHECK_LABEL), en.evidence.items.length, CHECK_LABEL);
      assert.doesNotMatch(text, /Study \d/);
    } finally {
      await browser.close();
    }
  });
});
