#!/usr/bin/env node
// npm run bench: the widgets against static HTML and an iframe embed, in
// Debian's Chromium through puppeteer, on pages served from localhost.
// Writes bench/results.json (every run), bench/results.md and bench/chart.svg.
//
//   BENCH_RUNS=8             runs per variant, preset and scenario; by default
//                            12 at 4x CPU (where the targets are), 6 on the
//                            phone preset (network-bound, so steadier)
//   BENCH_RUNS_CPU4X=…       (and _NONE, _PHONE) runs for one preset
//   BENCH_PRESETS=none,cpu4x,phone
//   BENCH_SCENARIOS=article,card,cards200
//   BENCH_PROFILE=0          skip the CPU profiles and traces
//   BENCH_LIGHTHOUSE=0       skip Lighthouse
//   BENCH_OUT=dir            write the results elsewhere (default bench/)
//
// Needs `npm run build` first (dist/cdn and dist/ssr).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';
import { chromeArgs, chromePath } from '../scripts/test-env/browsers.js';
import { startServers } from './lib/server.js';
import { SCENARIOS, VARIANTS, writePages } from './lib/pages.js';
import { PRESETS, VIEWPORT, benchArgs, measure } from './lib/measure.js';
import { visibleText } from './lib/text.js';
import { cpuProfile, traceBreakdown } from './lib/profile.js';
import { otherBrowsers, load1 } from './lib/load.js';
import { runLighthouse } from './lib/lighthouse.js';
import { writeReport } from './report.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = process.env.BENCH_OUT ? `${process.env.BENCH_OUT.replace(/\/$/, '')}/` : fileURLToPath(new URL('./', import.meta.url));
const DEFAULT_RUNS = { none: 8, cpu4x: 12, phone: 6 };
const runsFor = (preset) =>
  Number(process.env[`BENCH_RUNS_${preset.toUpperCase()}`] ?? process.env.BENCH_RUNS ?? DEFAULT_RUNS[preset] ?? 8);
const list = (name, all) => (process.env[name] ? process.env[name].split(',').map((s) => s.trim()) : all);
const presets = list('BENCH_PRESETS', Object.keys(PRESETS));
const scenarios = list('BENCH_SCENARIOS', SCENARIOS);
const SCRIPT = { cdn: 'ms-widgets.js', ssr: 'ms-widgets-hydrate.js' };

for (const f of ['dist/cdn/ms-widgets.js', 'dist/cdn/ms-widgets-hydrate.js', 'dist/ssr/index.js']) {
  if (!existsSync(ROOT + f)) {
    console.error(`bench: ${f} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

const git = (args) => {
  try {
    return execFileSync('git', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
};

const t0 = Date.now();
const log = (msg) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
const { renderWidgets } = await import('../dist/ssr/index.js');
const server = await startServers();
const browser = await puppeteer.launch({
  executablePath: chromePath(),
  args: benchArgs(chromeArgs),
  headless: true,
  defaultViewport: VIEWPORT,
});
const ourPid = browser.process()?.pid;

async function load(url, fn) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('ms-rendered').length > 0);
    return await fn(page);
  } finally {
    await context.close();
  }
}

try {
  // 1. Calibrate: what a page author measures once in their theme. The CDN
  //    pages reserve each widget's rendered height until it is defined; the
  //    iframe gets the height of the page it shows.
  let urls = await writePages({ origins: server.origins, renderWidgets });
  const reserve = {};
  const iframeHeight = {};
  for (const scenario of SCENARIOS) {
    const heights = await load(urls[scenario].cdn, (page) =>
      page.$$eval('main > *', (els) =>
        els.map((e) => ({ tag: e.localName, study: e.getAttribute('study'), h: e.getBoundingClientRect().height })),
      ),
    );
    const rules = new Map();
    for (const { tag, study, h } of heights) {
      const sel = study ? `${tag}[study="${study}"]` : tag;
      if (rules.has(sel) && Math.abs(rules.get(sel) - h) > 0.5) throw new Error(`bench: ${sel} renders at different heights`);
      rules.set(sel, h);
    }
    const tags = [...new Set(heights.map((x) => x.tag))];
    reserve[scenario] = [
      `${tags.map((t) => `${t}:not(:defined)`).join(', ')} { display: block; }`,
      // The widgets' own :host rule, for the time before they are defined.
      `${tags.map((t) => `${t}:not(:defined):not(:last-child)`).join(', ')} { margin-block-end: var(--ms-space, 1rem); }`,
      ...[...rules].map(([sel, h]) => `${sel}:not(:defined) { min-block-size: ${h}px; }`),
    ].join('\n');
    iframeHeight[scenario] = await load(urls[scenario].iframe, (page) =>
      page.frames()[1].evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
    );
  }
  urls = await writePages({ origins: server.origins, reserve, iframeHeight, renderWidgets });
  server.clearCache();

  // 2. Every variant shows the same text (and lays it out at the same height).
  const validation = {};
  for (const scenario of SCENARIOS) {
    const seen = {};
    for (const variant of VARIANTS) {
      seen[variant] = await load(urls[scenario][variant], async (page) => ({
        text: await visibleText(page),
        height: await page.evaluate(() => document.documentElement.scrollHeight),
      }));
    }
    for (const variant of VARIANTS) {
      if (seen[variant].text !== seen.static.text) {
        const a = seen.static.text;
        const b = seen[variant].text;
        let i = 0;
        while (a[i] === b[i]) i++;
        throw new Error(
          `bench: ${scenario}/${variant} shows other text than static HTML at character ${i}:\n  static: …${a.slice(Math.max(0, i - 60), i + 60)}…\n  ${variant}: …${b.slice(Math.max(0, i - 60), i + 60)}…`,
        );
      }
    }
    const heights = Object.fromEntries(VARIANTS.map((v) => [v, seen[v].height]));
    const off = VARIANTS.filter((v) => Math.abs(heights[v] - heights.static) > 2);
    if (off.length) console.warn(`bench: ${scenario}: page height differs from static HTML in ${off.join(', ')}: ${JSON.stringify(heights)}`);
    validation[scenario] = {
      characters: seen.static.text.length,
      words: seen.static.text.split(' ').length,
      sameText: true,
      heights,
      sameHeight: off.length === 0,
    };
    log(`${scenario}: the same ${validation[scenario].words} words in every variant`);
  }

  // 3. The runs: every preset, then run by run, every scenario with its
  //    variants in an order that rotates each run.
  const rows = [];
  const loadSamples = [];
  for (const preset of presets) {
    const RUNS = runsFor(preset);
    for (let run = 0; run < RUNS; run++) {
      for (const scenario of scenarios) {
        const order = VARIANTS.map((_, i) => VARIANTS[(i + run) % VARIANTS.length]);
        for (const [position, variant] of order.entries()) {
          const others = otherBrowsers(ourPid);
          const load = load1();
          loadSamples.push({ load, others });
          const m = await measure(browser, urls[scenario][variant], PRESETS[preset], { scriptFile: SCRIPT[variant] });
          rows.push({ preset, scenario, variant, run, position, load1: load, otherBrowsers: others, ...m });
        }
      }
      const last = rows.filter((r) => r.preset === preset && r.run === run);
      log(
        `${preset} run ${run + 1}/${RUNS}: ${last
          .filter((r) => r.scenario === scenarios[0])
          .map((r) => `${r.variant} ${r.rendered.toFixed(0)} ms`)
          .join(', ')} (${scenarios[0]})`,
      );
    }
  }

  // 4. Profiles: where the main thread's time goes at 4x CPU.
  const profiles = {};
  if (process.env.BENCH_PROFILE !== '0') {
    const preset = PRESETS.cpu4x;
    // The single card is too small to show anything the others do not.
    for (const scenario of scenarios.filter((s) => s !== 'card')) {
      profiles[scenario] = { cpu: {}, trace: {} };
      for (const variant of ['cdn', 'ssr']) profiles[scenario].cpu[variant] = await cpuProfile(browser, urls[scenario][variant], preset);
      // Three traces per variant, interleaved; the median of each kind.
      const traces = Object.fromEntries(VARIANTS.map((v) => [v, []]));
      for (let i = 0; i < 3; i++) for (const v of VARIANTS) traces[v].push(await traceBreakdown(browser, urls[scenario][v], preset));
      profiles[scenario].trace = traces;
      log(`${scenario}: profiled`);
    }
  }

  await browser.close();

  // 5. Lighthouse on the demo pages and the article variants.
  let lighthouse = null;
  if (process.env.BENCH_LIGHTHOUSE !== '0') {
    lighthouse = await runLighthouse({ origin: server.origins.site, urls: urls.article, renderWidgets, log });
  }

  const chromium = execFileSync(chromePath(), ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  const size = (f) => statSync(ROOT + f).size;
  const results = {
    meta: {
      date: new Date().toISOString(),
      chromium,
      node: process.version,
      puppeteer: JSON.parse(readFileSync(`${ROOT}node_modules/puppeteer/package.json`, 'utf8')).version,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
      kernel: release(),
      commit: git(['rev-parse', '--short', 'HEAD']) ?? 'unknown',
      uncommittedSrc: Boolean(git(['status', '--porcelain', '--', 'src', 'content'])),
      runs: Object.fromEntries(presets.map((p) => [p, runsFor(p)])),
      presets: Object.fromEntries(presets.map((p) => [p, PRESETS[p]])),
      scenarios,
      viewport: VIEWPORT,
      files: {
        'ms-widgets.js': size('dist/cdn/ms-widgets.js'),
        'ms-widgets-hydrate.js': size('dist/cdn/ms-widgets-hydrate.js'),
      },
      load: {
        meanLoad1: loadSamples.reduce((s, x) => s + x.load, 0) / loadSamples.length,
        maxLoad1: Math.max(...loadSamples.map((x) => x.load)),
        runsWithOtherBrowsers: loadSamples.filter((x) => x.others > 0).length,
        samples: loadSamples.length,
      },
      durationS: Math.round((Date.now() - t0) / 1000),
    },
    calibration: { reserve, iframeHeight },
    validation,
    runs: rows,
    profiles,
    lighthouse,
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}results.json`, `${JSON.stringify(results, null, 1)}\n`);
  writeReport(results, OUT);
  log(`wrote ${OUT}results.json, results.md and chart.svg`);
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
