// Many identical cards in Chromium (issue 19): the longest task, style recalculation and JS heap per card, at 4× CPU throttling.
//
//   node scripts/tools/many-cards.js tasks [count=200]     longest main-thread task while `count` cards render
//   node scripts/tools/many-cards.js style [count=10000]   style recalculation of `count` sibling cards, and wrapped in divs
//   node scripts/tools/many-cards.js heap [--ssr]          JS heap per extra card: 1,000 against 2,000 cards
//                                                    (--ssr: server-rendered by dist/ssr, all hydrated by the hydrate file)
//   node scripts/tools/many-cards.js variants [count]      style time of sibling cards with the element's rules
//                                                    edited in the page (a rule left out, one added), to find the costly one
//   node scripts/tools/many-cards.js plain [count=3000]    no widgets: plain sibling tags with text, turned from inline
//                                                    to block by a page rule in several ways (the engine's own cost)
//
// Each page loads the built CDN file (run `npm run build` first) from a local
// server; `--runs=N` repeats and prints every run, `--rate=N` sets the
// throttling, `--cdn=/path` measures another build of the CDN file, `--no-whitespace` puts nothing between the tags. Not a test: numbers vary
// with the machine, so they are read by a person (README, Performance).
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer';
import { chromeArgs, chromePath } from '../test-env/browsers.js';
import { startServer } from '../../test/support/ssr/server.js';

const [mode = 'tasks', countArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const runs = Number(option('runs', 1));
/** Another build of the CDN file to measure (a path on the repo's server), e.g. one of an earlier commit. */
const CDN = option('cdn', '/dist/cdn/ms-widgets.js');
/** `--reserve`: the page reserves space for the cards before they are defined (README, Use). */
const RESERVE = process.argv.includes('--reserve');
const STUDIES = ['halt-ms', 'mesenchymal-stem-cells', 'systematic-review'];
const THROTTLE = Number(option('rate', 4));

/**
 * `--no-whitespace`: the tags with nothing between them. A line break
 * between sibling tags is what makes them costly to style when they turn
 * from inline to block (Performance page, "Chromium's sibling-host style cost").
 */
const BETWEEN = process.argv.includes('--no-whitespace') ? '' : '\n';

/** `count` cards as siblings, or each in its own div; `same` makes them all one study. */
function cards(count, { wrap = false, same = false } = {}) {
  return Array.from({ length: count }, (_, i) => {
    const tag = `<ms-evidence-card study="${same ? STUDIES[0] : STUDIES[i % 3]}"></ms-evidence-card>`;
    return wrap ? `<div>${tag}</div>` : tag;
  }).join(BETWEEN);
}

/** A page that marks `ms-rendered` once every card has finished its first update. */
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cards</title>
<script>window.longTasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });</script>
<script type="module" src="${CDN}"></script>${RESERVE ? `<style>ms-evidence-card:not(:defined) { display: block; min-block-size: 20rem }</style>` : ''}</head>
<body><main>${body}</main><script type="module">
await customElements.whenDefined('ms-evidence-card');
await Promise.all([...document.querySelectorAll('ms-evidence-card')].map((el) => el.updateComplete));
performance.mark('ms-rendered');
</script></body></html>`;

const server = await startServer();
const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs, protocolTimeout: 1_800_000 });
let pageNo = 0;

/** Loads `html` at 4× throttling while tracing; returns the main thread's events and the time to `ms-rendered`. */
async function traced(html, rate = THROTTLE) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1000, height: 800 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const url = server.page(`/cards-${++pageNo}.html`, html);
  await tab.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await tab.goto(url, { waitUntil: 'load', timeout: 600_000 });
  await tab.waitForFunction(() => performance.getEntriesByName('ms-rendered').length > 0, { timeout: 600_000 });
  const rendered = await tab.evaluate(() => performance.getEntriesByName('ms-rendered')[0].startTime);
  await new Promise((r) => setTimeout(r, 500));
  // What the page saw (PerformanceObserver 'longtask'): [start, duration] of each task over 50 ms, wall time.
  const longTasks = await tab.evaluate(() => globalThis.longTasks ?? []);
  const text = Buffer.from(await tab.tracing.stop()).toString();
  // For a closer look (chrome://tracing, or the DevTools performance panel).
  if (process.env.TRACE_DIR) writeFileSync(`${process.env.TRACE_DIR}/cards-${pageNo}.json`, text);
  const trace = JSON.parse(text);
  await tab.close();
  const events = trace.traceEvents;
  // The main thread of the renderer that parsed this page.
  const main = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  return { rendered, longTasks, events: events.filter((e) => e.pid === main.pid && e.tid === main.tid) };
}

const ms = (us) => Math.round(us / 100) / 10;
/** Total duration (ms) of complete events named `name`, outermost only. */
const total = (events, name) => ms(events.filter((e) => e.name === name && e.ph === 'X').reduce((sum, e) => sum + (e.dur ?? 0), 0));

async function tasks(count) {
  const { rendered, longTasks, events } = await traced(page(cards(count)));
  // The machine may be busy: besides wall time (`dur`), each task's own CPU
  // time (`tdur`), which leaves out both the throttling pauses and other
  // processes' turns, times the throttling rate.
  const runTasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const longest = [...runTasks].sort((a, b) => b.dur - a.dur);
  const longestCpu = [...runTasks].sort((a, b) => b.tdur - a.tdur);
  const over50 = longest.filter((e) => e.dur > 50_000).length;
  const top = longest[0];
  const inside = events.filter((e) => e.ph === 'X' && e !== top && e.ts >= top.ts && e.ts + (e.dur ?? 0) <= top.ts + top.dur);
  const byName = {};
  for (const e of inside) byName[e.name] = (byName[e.name] ?? 0) + e.dur;
  if (process.env.DEBUG_TASK) {
    const kids = inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur));
    console.error(kids.map((e) => `${e.name} ${ms(e.dur)} ${JSON.stringify(e.args).slice(0, 120)}`).join('\n'));
  }
  const busiest = Object.entries(byName).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, d]) => `${n} ${ms(d)}`);
  const longestObserved = Math.max(0, ...longTasks.map(([, d]) => d));
  return { count, renderedMs: Math.round(rendered), longestObserved, longTasks: longTasks.map(([t, d]) => `${d}@${t}`).join(' '), longestTaskMs: ms(top.dur), longestCpuX4Ms: ms(longestCpu[0].tdur * THROTTLE), nextCpuX4: longestCpu.slice(1, 4).map((e) => ms(e.tdur * THROTTLE)), next: longest.slice(1, 4).map((e) => ms(e.dur)), tasksOver50ms: over50, inLongest: busiest };
}

async function style(count) {
  const out = {};
  // `--siblings`: the sibling cards only (a 10,000-card page takes minutes on a busy machine).
  for (const wrap of process.argv.includes('--siblings') ? [false] : [false, true]) {
    const { rendered, events } = await traced(page(cards(count, { wrap })));
    out[wrap ? 'wrapped' : 'siblings'] = {
      renderedMs: Math.round(rendered),
      styleMs: total(events, 'UpdateLayoutTree'),
      layoutMs: total(events, 'Layout'),
      scriptMs: total(events, 'FunctionCall') + total(events, 'EvaluateScript') + total(events, 'v8.evaluateModule'),
    };
  }
  return { count, ...out };
}

/**
 * Edits of the cards' shared style sheets, made in the page before the cards
 * upgrade: each tells how much one kind of rule costs.
 */
const VARIANTS = {
  'as built': '',
  'hosts stay inline': `sheets.at(-1).insertRule(':host { display: inline }', sheets.at(-1).cssRules.length);`,
  'page styles the undefined tags display: block': `document.head.insertAdjacentHTML('beforeend', '<style>x-card { display: block }</style>');`,
  'no @media or @supports rules': `drop((r) => r.conditionText !== undefined);`,
  'no :host(:not(:last-child)) rule': `drop((r) => r.selectorText === ':host(:not(:last-child))');`,
  'hosts inline-block': `sheets.at(-1).insertRule(':host { display: inline-block; inline-size: 100%; vertical-align: top }', sheets.at(-1).cssRules.length);`,
  'hosts contain: content': `sheets.at(-1).insertRule(':host { contain: content }', sheets.at(-1).cssRules.length);`,
  'hosts content-visibility: auto': `sheets.at(-1).insertRule(':host { content-visibility: auto; contain-intrinsic-size: auto 12rem }', sheets.at(-1).cssRules.length);`,
};

/**
 * Cards already in the page (parsed and styled as unknown elements) that
 * upgrade together, as on a page that loads the CDN file, after `edit`: they
 * are `<x-card>`s, defined as a subclass of the card, so the edit comes first.
 */
const variantPage = (count, edit, wrap) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>variant</title></head>
<body><main>${cards(count, { wrap }).replaceAll('ms-evidence-card', 'x-card')}</main><script type="module">
await import('${CDN}');
const Card = customElements.get('ms-evidence-card');
const sheets = Card.elementStyles.map((s) => s.styleSheet ?? s);
const edit = (selector, fn) => { for (const s of sheets) for (const r of s.cssRules) if (r.selectorText === selector) fn(r.style); };
// Every :host rule (or those in a group) now applies to the top elements of the shadow root; the host keeps display: block.
const hostToTop = (selector, groupsOnly) => {
  const move = (list, inGroup) => { for (const r of list) { if (r.cssRules) move(r.cssRules, true); else if (r.selectorText === ':host' && (inGroup || !groupsOnly)) r.selectorText = selector; } };
  for (const s of sheets) move(s.cssRules, false);
  if (!groupsOnly) sheets[0].insertRule(':host { display: block }', 0);
};
const drop = (test) => { for (const s of sheets) for (let i = s.cssRules.length - 1; i >= 0; i--) if (test(s.cssRules[i])) s.deleteRule(i); };
${edit}
document.body.offsetHeight;
customElements.define('x-card', class extends Card {});
await Promise.all([...document.querySelectorAll('x-card')].map((el) => el.updateComplete));
document.body.offsetHeight;
performance.mark('ms-rendered');
</script></body></html>`;

async function variants(count) {
  const out = { count };
  // `--only=text`: the variants whose name has it, besides the build as it is.
  const only = option('only');
  for (const [name, edit] of Object.entries(VARIANTS)) {
    if (only && name !== 'as built' && !name.includes(only)) continue;
    for (const wrap of name === 'as built' ? [false, true] : [false]) {
      const { rendered, events } = await traced(variantPage(count, edit, wrap));
      out[wrap ? 'each in a div' : name] = { renderedMs: Math.round(rendered), styleMs: total(events, 'UpdateLayoutTree'), layoutMs: total(events, 'Layout') };
      // Each as it comes: a run of them takes minutes on a busy machine.
      console.error(wrap ? 'each in a div' : name, JSON.stringify(out[wrap ? 'each in a div' : name]));
    }
  }
  return out;
}

/**
 * Ways a page's plain sibling tags (no shadow root, no script of ours) turn
 * from inline to block once they have been laid out: the cost is the
 * engine's, and src/shared/out-of-layout.ts takes the way round it.
 */
const PLAIN_WAYS = {
  'display: block in one step': `add('x-tag { display: block }');`,
  'display: flow-root': `add('x-tag { display: flow-root }');`,
  'display: grid': `add('x-tag { display: grid }');`,
  'inline-block first, flushed, then block': `const s = add('x-tag { display: inline-block }'); document.body.offsetHeight; s.textContent = 'x-tag { display: block }';`,
  'display: none first, style flushed, then block': `const s = add('x-tag { display: none }'); getComputedStyle(document.querySelector('x-tag')).display; s.textContent = 'x-tag { display: block }';`,
  'block from the start (no change)': '',
};

const plainPage = (count, way) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain</title>
${way ? '' : '<style>x-tag { display: block }</style>'}</head><body><main>${Array.from({ length: count }, () => '<x-tag>Some text of a card that wraps over a line or two.</x-tag>').join(BETWEEN)}</main>
<script>
const add = (css) => document.head.appendChild(Object.assign(document.createElement('style'), { textContent: css }));
requestAnimationFrame(() => setTimeout(() => { ${way} document.body.offsetHeight; performance.mark('ms-rendered'); }));
</script></body></html>`;

async function plain(count) {
  const out = { count };
  for (const [name, way] of Object.entries(PLAIN_WAYS)) {
    const { events } = await traced(plainPage(count, way));
    out[name] = { styleMs: total(events, 'UpdateLayoutTree'), layoutMs: total(events, 'Layout') };
    console.error(name, JSON.stringify(out[name]));
  }
  return out;
}

async function heap() {
  const ssr = process.argv.includes('--ssr');
  // The page waits for every card's first update, which a server-rendered card makes once it has hydrated.
  const { renderWidgets } = ssr ? await import('../../dist/ssr/index.js') : {};
  const html = (count) => {
    const pasted = page(cards(count, { same: true }));
    return ssr ? renderWidgets(pasted.replace(CDN, '/dist/cdn/ms-widgets-hydrate.js')) : pasted;
  };
  const used = async (count) => {
    const tab = await browser.newPage();
    const cdp = await tab.createCDPSession();
    await tab.goto(server.page(`/heap-${++pageNo}.html`, html(count)), { waitUntil: 'load', timeout: 600_000 });
    await tab.waitForFunction(() => performance.getEntriesByName('ms-rendered').length > 0, { timeout: 600_000 });
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await tab.close();
    return usedSize;
  };
  const [a, b] = [await used(1000), await used(2000)];
  return { heap1000: a, heap2000: b, bytesPerExtraCard: Math.round((b - a) / 1000) };
}

try {
  for (let i = 0; i < runs; i++) {
    const result =
      mode === 'style'
        ? await style(Number(countArg ?? 10000))
        : mode === 'heap'
          ? await heap()
          : mode === 'variants'
            ? await variants(Number(countArg ?? 10000))
            : mode === 'plain'
              ? await plain(Number(countArg ?? 3000))
              : await tasks(Number(countArg ?? 200));
    console.log(JSON.stringify(result));
  }
} finally {
  await browser.close();
  await server.close();
}
