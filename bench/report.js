#!/usr/bin/env node
// Writes bench/results.md and bench/chart.svg from a results object (run.js
// calls writeReport); `node bench/report.js [results.json]` rewrites them from
// a saved bench/results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chartSvg } from './lib/chart.js';
import { summary } from './lib/stats.js';

/** The three figures, as results.md and the chart name them. */
export const METRICS = [
  { id: 'painted', label: 'painted', what: 'the first frame after all the text is in the document' },
  { id: 'lcp', label: 'LCP', what: 'largest contentful paint' },
  { id: 'taskMs', label: 'main thread', what: 'main-thread time until the page is quiet' },
];

const ms = (x) => (x == null ? '–' : x >= 10000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);
const r2 = (x) => (x == null ? '–' : x.toFixed(2));
/** "median× (q1–q3)" of a ratio summary. */
const ratioCell = (s) => (s.median == null ? '–' : `${r2(s.median)}× (${r2(s.q1)}–${r2(s.q3)})`);

const pick = (rows, scenario, variant) => rows.filter((r) => r.scenario === scenario && r.variant === variant);

/** Per-iteration ratios of `metric`, variant over the floor, paired by iteration. */
export function ratios(rows, scenario, variant, metric) {
  const floor = new Map(pick(rows, scenario, 'static').map((r) => [r.run, r[metric]]));
  return pick(rows, scenario, variant)
    .map((r) => (floor.get(r.run) ? r[metric] / floor.get(r.run) : null))
    .filter((x) => x != null);
}

/** { [scenario]: { [variant]: { [metric]: { abs: summary, ratio: summary } } } } */
export function table(results) {
  const out = {};
  for (const { id: s } of results.meta.scenarios) {
    out[s] = {};
    for (const { id: v } of results.meta.variants) {
      out[s][v] = {};
      for (const { id: m } of METRICS) {
        out[s][v][m] = { abs: summary(pick(results.runs, s, v).map((r) => r[m])), ratio: summary(ratios(results.runs, s, v, m)) };
      }
    }
  }
  return out;
}

/** The Markdown table of ratios, as results.md and the README quote it. */
export function ratioTable(results) {
  const t = table(results);
  const lines = [
    `| scenario | variant | ${METRICS.map((m) => m.label).join(' | ')} |`,
    `|---|---|${METRICS.map(() => '---').join('|')}|`,
  ];
  for (const { id: s, label, skip = {} } of results.meta.scenarios) {
    for (const v of results.meta.variants) {
      const runs = pick(results.runs, s, v.id).length;
      const cells =
        v.available !== true || skip[v.id]
          ? METRICS.map(() => '—')
          : v.id === 'static'
            ? METRICS.map((m) => `${ms(t[s][v.id][m.id].abs.median)} (1×)`)
            : runs === 0
              ? METRICS.map(() => '–')
              : METRICS.map((m) => ratioCell(t[s][v.id][m.id].ratio));
      const name = v.available !== true ? `${v.label}: not available yet` : skip[v.id] ? `${v.label}: not run` : v.label;
      lines.push(`| ${label} | ${name} | ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

const LAYOUT_NOTE =
  'CLS: the largest of any load (it should be 0 wherever space is reserved). Longest task: the median of each load\'s longest task, with the largest seen; "none" when no task reached 50 ms (the longtask threshold). Tasks include the parser\'s and the browser\'s own (style, layout, paint), so the floor\'s figure is the baseline. Longest script run: the same for the longest single script run (Long Animation Frames), which here is our code: the part of a task that hydration or rendering holds.';

/** The Markdown table of layout shift, longest task and longest script run per variant. */
export function layoutTable(results) {
  const { meta } = results;
  const lines = [
    '| scenario | variant | CLS (largest) | longest task, median (largest) | longest script run, median (largest) |',
    '|---|---|---|---|---|',
  ];
  for (const { id: s, label } of meta.scenarios)
    for (const v of meta.variants.filter((x) => x.available === true)) {
      const loads = pick(results.runs, s, v.id);
      if (!loads.length) continue;
      const cls = Math.max(...loads.map((r) => r.cls ?? NaN));
      const longest = (key, none) => {
        const x = summary(loads.map((r) => r[key]));
        return !x.n ? '–' : x.max ? `${Math.round(x.median)} ms (${Math.round(x.max)} ms)` : none;
      };
      lines.push(`| ${label} | ${v.label} | ${Number.isNaN(cls) ? '–' : cls.toFixed(4)} | ${longest('longestTaskMs', 'none over 50 ms')} | ${longest('longestScriptMs', 'none over 5 ms')} |`);
    }
  return lines.join('\n');
}

/** One line on when, where and how long: what a quote of these results must carry. */
export function provenance(results) {
  const { meta } = results;
  const l = meta.load;
  const runs = Object.entries(meta.runs).map(([s, n]) => `${n} ${s}`).join(', ');
  const noisy = l.meanLoad1 > meta.cores / 2 || l.loadsWithOtherBrowsers > 0;
  return (
    `The figures of the last run (${meta.date.slice(0, 10)}, commit ${meta.commit}${meta.uncommitted ? ' with uncommitted changes' : ''}; iterations: ${runs}${meta.complete === false ? '; partial: the run was stopped early' : ''}). ` +
    (noisy
      ? `It ran on a **noisy, shared machine** (load average ${l.meanLoad1.toFixed(1)} on ${meta.cores} cores${l.loadsWithOtherBrowsers ? ', other browsers running' : ''}), so the ranges are wide: re-run on a quiet machine before reading a target as met or missed.`
      : `The machine was quiet (load average ${l.meanLoad1.toFixed(1)} on ${meta.cores} cores, no other browser running).`) +
    ' Each cell: median ratio to the floor (interquartile range); the floor\'s row gives its own median time.'
  );
}

/** What stories/Performance.mdx quotes between its bench markers: written from the results, never by hand. */
export const docsBlock = (results) => [provenance(results), '', ratioTable(results), '', LAYOUT_NOTE, '', layoutTable(results)].join('\n');

export const DOCS_PAGE = fileURLToPath(new URL('../stories/Performance.mdx', import.meta.url));
const START = '{/* bench:start (written by bench/report.js from bench/results.json) */}';
const END = '{/* bench:end */}';

/** The page with its quoted block replaced by `block`; throws if the markers are missing. */
export function withDocsBlock(page, block) {
  const a = page.indexOf(START);
  const b = page.indexOf(END);
  if (a < 0 || b < a) throw new Error(`bench/report.js: ${DOCS_PAGE} lacks the markers ${START} … ${END}`);
  return `${page.slice(0, a + START.length)}\n\n${block}\n\n${page.slice(b)}`;
}

/** The block as the docs page holds it now, or null. */
export function quotedBlock(page) {
  const a = page.indexOf(START);
  const b = page.indexOf(END);
  return a < 0 || b < a ? null : page.slice(a + START.length, b).trim();
}

export function updateDocs(results) {
  writeFileSync(DOCS_PAGE, withDocsBlock(readFileSync(DOCS_PAGE, 'utf8'), docsBlock(results)));
}

export function writeReport(results, outDir) {
  const { meta, validation } = results;
  const t = table(results);
  const md = [];
  const line = (s = '') => md.push(s);
  const l = meta.load;
  const runs = Object.entries(meta.runs)
    .map(([s, n]) => `${n} (${s})`)
    .join(', ');

  line('# Benchmark results');
  line();
  line(`Written by \`npm run bench\` (bench/run.js) on ${meta.date.slice(0, 16).replace('T', ' ')} UTC at commit ${meta.commit}${meta.uncommitted ? ' (with uncommitted changes)' : ''}. Every load is in [results.json](results.json); chart: [chart.svg](chart.svg).`);
  line();
  if (meta.complete === false) line(`**Partial**: the run was stopped before its last iteration; these are the iterations it finished.\n`);
  line('| | |');
  line('|---|---|');
  line(`| browser | ${meta.chromium}, headless, puppeteer ${meta.puppeteer}, CPU throttled ${meta.cpuThrottling}× (\`Emulation.setCPUThrottlingRate\`), viewport ${meta.viewport.width}×${meta.viewport.height} |`);
  line(`| machine | ${meta.cpu}, ${meta.cores} cores, ${meta.memoryGiB} GiB, Linux ${meta.kernel}; Node ${meta.node} |`);
  line(`| iterations | ${runs}; every iteration loads every variant of a scenario, in an order that rotates; ${meta.load.loads} loads, ${Math.round(meta.durationS / 60)} min |`);
  line(
    `| load | load average ${l.meanLoad1.toFixed(1)} on average, ${l.maxLoad1.toFixed(1)} at most, on ${meta.cores} cores; other browsers were running during ${l.loadsWithOtherBrowsers} of ${l.loads} loads${l.meanLoad1 > meta.cores / 2 || l.loadsWithOtherBrowsers ? '. **A noisy machine**: other work shared the cores, so read the medians and the ranges, and re-run on a quiet machine before quoting a target as met or missed' : ''} |`,
  );
  line();
  line('## Ratios to the static floor');
  line();
  line('Each cell: the median of the per-iteration ratios (variant / floor, same iteration), with the interquartile range. The floor\'s row gives its own median time.');
  line();
  line(ratioTable(results));
  line();
  for (const v of meta.variants.filter((x) => x.available !== true)) line(`- *${v.label}*: ${v.available}.`);
  for (const s of meta.scenarios) for (const [v, why] of Object.entries(s.skip ?? {})) line(`- *${s.label}, ${v}*: ${why}.`);
  line();
  line('## Times');
  line();
  line('Medians (interquartile range) in milliseconds.');
  line();
  line(`| scenario | variant | ${METRICS.map((m) => m.label).join(' | ')} | script |`);
  line(`|---|---|${METRICS.map(() => '---').join('|')}|---|`);
  for (const { id: s, label } of meta.scenarios)
    for (const v of meta.variants.filter((x) => x.available === true)) {
      const script = summary(pick(results.runs, s, v.id).map((r) => r.scriptMs));
      const cell = (x) => (x.median == null ? '–' : `${Math.round(x.median)} (${Math.round(x.q1)}–${Math.round(x.q3)})`);
      line(`| ${label} | ${v.label} | ${METRICS.map((m) => cell(t[s][v.id][m.id].abs)).join(' | ')} | ${cell(script)} |`);
    }
  line();
  line('## Layout shift and long tasks');
  line();
  line(LAYOUT_NOTE);
  line();
  line(layoutTable(results));
  line();
  line('## Method');
  line();
  line('- **The floor** (bench/lib/floor.js) is the widgets\' own markup, flattened out of their shadow roots: `dist/ssr` renders the tags, each shadow root takes its host\'s place, slots give way to what they show, Lit\'s markers go. Its CSS is each element\'s built styles (the `CSSResult`s its shadow root adopts), each in `@scope (tag) to (nested widgets\' content)` with `:host` as `:scope`, in cascade layers so an outer widget\'s rules about a nested host win as in the shadow DOM cascade. `test/bench/floor.test.js` fails if the floor\'s CSS differs from the built styles. No script.');
  line('- **CDN file**: the tags and `dist/cdn/ms-widgets.js` from a second localhost origin. **Server-rendered**: the same page expanded by `renderWidgets` from `dist/ssr` and hydrated as the Server rendering guide gives it: deferred through `dist/cdn/ms-widgets-hydrate-loader.js` (which loads `ms-widgets-hydrate.js` after the first frame), eager by `dist/cdn/ms-widgets-hydrate.js` itself; each mode as the renderer\'s options give it (bench/lib/hydration.js finds the option by rendering a card; a mode it cannot find is reported as not available, never imitated). **Server-rendered markup alone**: the deferred page with no script tag, so what hydration adds shows apart from what the shadow DOM markup itself costs against the floor. **iframe**: one `<iframe>` per widget of its embed page as `npm run build:site` writes it (site/build/embed-page.js: server-rendered, hydrate file and runtime inlined), from a third origin, each frame as tall as its page.');
  line(`- **Same text**: before timing, every variant but the iframe shows the floor's text exactly (the composed tree's text nodes, frames included): ${Object.entries(validation).map(([s, v]) => `${s} ${v.words} words`).join(', ')}. The iframe pages show more (each embed page credits the article itself): ${Object.entries(validation).map(([s, v]) => `${s} ${v.iframeWords ?? '–'} words`).join(', ')}. Page heights (px): ${Object.entries(validation).map(([s, v]) => `${s} ${Object.entries(v.heights).map(([k, h]) => `${k} ${h}`).join(', ')}`).join('; ')}.`);
  line('- **painted**: "text in the document" is the end of parsing (readyState `interactive`, before deferred and module scripts run) or, on the CDN page, every widget\'s first update; then `requestAnimationFrame` and, in its callback, a `MessageChannel` message, handled once that frame\'s style, layout and paint are done. So layout counts for the floor too, and hydration that holds the main thread before that frame counts against the server-rendered page. (A second rAF would add a vsync wait to every figure; paint and element timing give the first or largest paint, not the last text.) With frames: the last frame\'s figure, on the top page\'s clock.');
  line('- **LCP**: the largest `largest-contentful-paint` entry of any frame. **main thread**: CDP `Performance.getMetrics` TaskDuration of the renderer (frames included: they are same-site, so in the page\'s process) once the page is quiet: loaded, painted, then two idle callbacks, so hydration deferred to idle counts. Throttled wall time on the main thread, so it moves with the machine\'s load.');
  line('- **CDN file, pasted as Get code gives it**: each tag with its fallback link inside and the Get code page\'s `:not(:defined)` rules (site/get-code/snippets.js), the reserved heights measured on the CDN page at this width, as the snippet\'s comment asks. **CLS**: `layout-shift` entries of every frame until the page is quiet, summed. **Longest task**: `longtask` entries of every frame.');
  line('- Each load: a fresh browser context (empty cache, new renderer process), observers installed before any page script in every frame.');
  writeFileSync(`${outDir}results.md`, `${md.join('\n')}\n`);

  const rows = METRICS.map((m) => ({
    label: [m.label, m.what.length > 22 ? `${m.what.slice(0, m.what.lastIndexOf(' ', 22))}…` : m.what],
    cells: Object.fromEntries(
      meta.scenarios.map(({ id: s }) => [
        s,
        Object.fromEntries(
          meta.variants.map(({ id: v }) => [v, { ...t[s][v][m.id].abs, ratio: v === 'static' ? 1 : t[s][v][m.id].ratio.median }]),
        ),
      ]),
    ),
  }));
  writeFileSync(
    `${outDir}chart.svg`,
    chartSvg(rows, {
      scenarios: meta.scenarios,
      variants: meta.variants,
      title: `What readers see, at ${meta.cpuThrottling}× CPU: the widgets against the static floor (${meta.date.slice(0, 10)}, ${meta.commit})`,
      notes: [
        'Bars: medians; whiskers: interquartile range; ×n: median of the per-iteration ratios to the floor. Each panel has its own scale.',
        'painted: first frame after all text is in the document. LCP: largest contentful paint. main thread: TaskDuration until quiet.',
        `${runs} iterations, interleaved; load average ${l.meanLoad1.toFixed(1)} on ${meta.cores} cores (a shared, noisy machine).`,
      ],
    }),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2] ?? fileURLToPath(new URL('./results.json', import.meta.url));
  const outDir = file.replace(/[^/]*$/, '');
  const results = JSON.parse(readFileSync(file, 'utf8'));
  writeReport(results, outDir);
  console.log(`wrote ${outDir}results.md and chart.svg`);
  if (file === fileURLToPath(new URL('./results.json', import.meta.url))) {
    updateDocs(results);
    console.log(`updated the quoted results in ${DOCS_PAGE}`);
  }
}
