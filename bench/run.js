#!/usr/bin/env node
// npm run bench: what readers see, per variant, against the static floor, in
// Debian's Chromium at 4x CPU through puppeteer, on pages served from
// localhost. Every iteration loads every variant of every scenario (the
// variants' order rotates each iteration), so the ratios are taken within one
// interleaved run. Writes bench/results.json, results.md and chart.svg.
//
//   npm run bench                          15 iterations (2 for 10,000 cards)
//   npm run bench -- --runs 8 --big-runs 3
//   npm run bench -- --only cards-200,card
//   npm run bench -- --quick               2 iterations, no 10,000 cards unless --only names it
//   npm run bench -- --variants cdn,cdn-snippet   only these variants (and the floor), to compare builds
//   npm run bench -- --out /tmp/bench/     write the results elsewhere
//
// Needs `npm run build` first (dist/cdn and dist/ssr).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer';
import { chromeArgs, chromePath } from '../scripts/test-env/browsers.js';
import { startServers } from './lib/server.js';
import { FRAME_WIDTH, SCENARIOS, VARIANTS, embedId, writePages } from './lib/pages.js';
import { CPU_THROTTLING, VIEWPORT, benchArgs, measure } from './lib/measure.js';
import { visibleText } from './lib/text.js';
import { load1, otherBrowsers } from './lib/load.js';
import { DOCS_PAGE, updateDocs, writeReport } from './report.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    'big-runs': { type: 'string' },
    only: { type: 'string' },
    variants: { type: 'string' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const count = (name, text, fallback) => {
  if (text == null) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`bench: --${name} takes a whole number of iterations, 1 or more; got "${text}"`);
    process.exit(2);
  }
  return n;
};
// Fifteen: with five, the same file's median moved by 0.27× between two runs
// on this shared machine (the CDN article: 1.44×, then 1.17×), as much as the
// gaps the targets ask about. The small scenarios cost seconds per iteration.
const RUNS = count('runs', args.runs, args.quick ? 2 : 15);
const BIG_RUNS = count('big-runs', args['big-runs'], args.quick ? 1 : 2);
const only = args.only?.split(',').map((s) => s.trim());
const picked = args.variants?.split(',').map((s) => s.trim());
const unknownVariants = picked?.filter((id) => !VARIANTS.some((v) => v.id === id));
if (unknownVariants?.length) {
  console.error(`bench: unknown variant ${unknownVariants.join(', ')}; the variants are ${VARIANTS.map((v) => v.id).join(', ')}`);
  process.exit(2);
}
const unknown = only?.filter((id) => !SCENARIOS.some((s) => s.id === id));
if (unknown?.length) {
  console.error(`bench: unknown scenario ${unknown.join(', ')}; the scenarios are ${SCENARIOS.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
const scenarios = SCENARIOS.filter((s) => (only ? only.includes(s.id) : !(args.quick && s.maxRuns)));
const runsOf = (s) => (s.maxRuns ? BIG_RUNS : RUNS);
const OUT = args.out ? `${args.out.replace(/\/$/, '')}/` : fileURLToPath(new URL('./', import.meta.url));

for (const f of ['dist/cdn/ms-widgets.js', 'dist/cdn/ms-widgets-hydrate.js', 'dist/cdn/ms-widgets-hydrate-loader.js', 'dist/ssr/index.js', 'custom-elements.json']) {
  if (!existsSync(ROOT + f)) {
    console.error(`bench: ${f} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

const git = (gitArgs) => {
  try {
    return execFileSync('git', gitArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
};

const t0 = Date.now();
const log = (msg) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
const server = await startServers();
const browser = await puppeteer.launch({
  executablePath: chromePath(),
  args: benchArgs(chromeArgs),
  headless: true,
  defaultViewport: VIEWPORT,
  protocolTimeout: 900_000,
});
const ourPid = browser.process()?.pid;

/** Opens `url` unthrottled in a fresh context and resolves to fn(page). */
async function look(url, fn, viewport = VIEWPORT) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await page.setViewport(viewport);
    await page.goto(url, { waitUntil: 'load', timeout: 600_000 });
    // A CDN page's text is in once its widgets have rendered.
    await page.waitForFunction(() => !window.__benchTextMark || performance.getEntriesByName(window.__benchTextMark).length > 0);
    return await fn(page);
  } finally {
    await context.close();
  }
}

try {
  // 1. The frames get the height of the embed page they show, as an embed
  //    code gives it, so no frame scrolls.
  const first = await writePages({ origins: server.origins, scenarios });
  const { embeds } = first;
  const frameHeights = {};
  for (const [id, url] of Object.entries(embeds)) {
    frameHeights[id] = await look(
      url,
      (page) => page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
      { width: FRAME_WIDTH, height: 4000, deviceScaleFactor: 1 },
    );
  }
  // 2. The snippet pages reserve each widget's height as measured on the CDN
  //    page at this width, as the Get code snippet asks a page to: on that
  //    page, since a card among others shows a shorter attribution than a
  //    card alone.
  const widgetHeights = {};
  for (const scenario of scenarios.filter((s) => !s.skip?.['cdn-snippet'])) {
    const heightsHere = (widgetHeights[scenario.id] = {});
    const heights = await look(first.urls[scenario.id].cdn, (page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('main > *')].map((el) => ({
          tag: el.localName,
          attrs: el.hasAttribute('study') ? { study: el.getAttribute('study') } : {},
          px: el.getBoundingClientRect().height,
        })),
      ),
    );
    for (const { px, ...widget } of heights) heightsHere[embedId(widget)] ??= px / 16;
  }
  const written = await writePages({ origins: server.origins, scenarios, frameHeights, widgetHeights });
  const { urls, available } = written;
  server.clearCache();
  const variants = VARIANTS.filter((v) => available[v.id] === true && (!picked || v.id === 'static' || picked.includes(v.id))).map((v) => v.id);
  for (const v of VARIANTS) if (available[v.id] !== true) log(`${v.id}: ${available[v.id]}`);

  // 3. Every variant shows the same text as the floor. The iframe variant
  //    shows each embed page whole: every page credits the article itself,
  //    so its text is compared without the attribution lines.
  const validation = {};
  for (const scenario of scenarios) {
    const seen = {};
    for (const v of variants.filter((x) => urls[scenario.id][x])) {
      seen[v] = await look(urls[scenario.id][v], async (page) => ({
        text: await visibleText(page),
        height: await page.evaluate(() => document.documentElement.scrollHeight),
      }));
    }
    const differs = Object.keys(seen).filter((v) => seen[v].text !== seen.static.text);
    for (const v of differs.filter((x) => x !== 'iframe')) {
      const a = seen.static.text;
      const b = seen[v].text;
      let i = 0;
      while (a[i] === b[i]) i++;
      throw new Error(
        `bench: ${scenario.id}/${v} shows other text than the floor at character ${i}:\n  static: …${a.slice(Math.max(0, i - 60), i + 60)}…\n  ${v}: …${b.slice(Math.max(0, i - 60), i + 60)}…`,
      );
    }
    validation[scenario.id] = {
      words: seen.static.text.split(' ').length,
      iframeWords: seen.iframe?.text.split(' ').length ?? null,
      heights: Object.fromEntries(Object.keys(seen).map((v) => [v, seen[v].height])),
    };
    log(`${scenario.id}: the same ${validation[scenario.id].words} words in the floor, the CDN page and the server-rendered pages`);
  }

  /** Writes what has been measured so far (a long run interrupted still leaves its figures). */
  const save = (complete) => {
    const chromium = execFileSync(chromePath(), ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const results = {
      meta: {
        date: new Date().toISOString(),
        commit: git(['rev-parse', '--short', 'HEAD']) ?? 'unknown',
        uncommitted: Boolean(git(['status', '--porcelain', '--', 'src', 'content', 'bench/lib', 'bench/run.js'])),
        chromium,
        node: process.version,
        puppeteer: JSON.parse(readFileSync(`${ROOT}node_modules/puppeteer/package.json`, 'utf8')).version,
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
        kernel: release(),
        cpuThrottling: CPU_THROTTLING,
        viewport: VIEWPORT,
        runs: Object.fromEntries(scenarios.map((s) => [s.id, runsOf(s)])),
        scenarios: scenarios.map(({ id, label, skip = {} }) => ({ id, label, skip })),
        variants: VARIANTS.map(({ id, label, short }) => ({ id, label, short, available: available[id] })),
        frameHeights,
        load: {
          meanLoad1: loadSamples.reduce((s, x) => s + x.load, 0) / loadSamples.length,
          maxLoad1: Math.max(...loadSamples.map((x) => x.load)),
          loadsWithOtherBrowsers: loadSamples.filter((x) => x.others > 0).length,
          loads: loadSamples.length,
        },
        complete,
        durationS: Math.round((Date.now() - t0) / 1000),
      },
      validation,
      runs: rows,
    };
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}results.json`, `${JSON.stringify(results, null, 1)}\n`);
    writeReport(results, OUT);
  };

  // 4. The interleaved run.
  const rows = [];
  const loadSamples = [];
  // The big scenarios last, so a run stopped early has the small ones whole.
  const passes = [scenarios.filter((s) => !s.maxRuns), scenarios.filter((s) => s.maxRuns)];
  for (const pass of passes) {
    for (let run = 0; run < Math.max(0, ...pass.map(runsOf)); run++) {
      for (const scenario of pass.filter((s) => run < runsOf(s))) {
        const here = variants.filter((v) => urls[scenario.id][v]);
        const order = here.map((_, i) => here[(i + run) % here.length]);
        for (const [position, variant] of order.entries()) {
          const sample = { load: load1(), others: otherBrowsers(ourPid) };
          loadSamples.push(sample);
          const m = await measure(browser, urls[scenario.id][variant], { timeout: scenario.timeout });
          rows.push({ scenario: scenario.id, variant, run, position, load1: sample.load, otherBrowsers: sample.others, ...m });
        }
        const last = rows.filter((r) => r.run === run && r.scenario === scenario.id);
        save(false);
        log(`run ${run + 1}/${runsOf(scenario)} ${scenario.id}: ${last.map((r) => `${r.variant} ${Math.round(r.painted)} ms`).join(', ')} (painted)`);
      }
    }
  }
  save(true);
  await browser.close();
  log(`wrote ${OUT}results.json, results.md and chart.svg`);
  if (!args.out) {
    updateDocs(JSON.parse(readFileSync(`${OUT}results.json`, 'utf8')));
    log(`updated the quoted results in ${DOCS_PAGE}`);
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
