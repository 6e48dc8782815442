// Where the main thread's time goes, for the report: a CDP CPU profile
// (top self-time functions, minified names mapped back to the sources through
// the CDN files' source maps) and a trace broken down by kind of work.
import { readFileSync, existsSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = `${ROOT}dist/cdn/`;

const maps = new Map();
function mapAt(path) {
  if (!maps.has(path)) {
    let map = null;
    try {
      if (existsSync(`${path}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
    } catch {
      /* no usable map */
    }
    maps.set(path, map);
  }
  return maps.get(path);
}

/**
 * Where a position in a CDN file comes from: through dist/cdn/*.js.map, then
 * through the map of the file it names (Lit's own builds and dist/ from tsc
 * carry maps to their TypeScript), e.g. "lit-html/src/lit-html.ts:1503" and
 * that line's code. Null outside the CDN files.
 */
function original(url, line, column) {
  const file = url.split('?')[0].split('/').pop();
  if (!/^ms-widgets.*\.js$/.test(file)) return null;
  let path = `${DIST}${file}`;
  let entry = null;
  let text = '';
  for (let hop = 0; hop < 3; hop++) {
    const map = mapAt(path);
    const e = map?.findEntry(line, column);
    if (!e?.originalSource) break;
    const i = map.payload.sources.indexOf(e.originalSource);
    text = map.payload.sourcesContent?.[i]?.split('\n')[e.originalLine]?.trim() ?? text;
    path = resolve(dirname(path), map.payload.sourceRoot ?? '', e.originalSource);
    ({ originalLine: line, originalColumn: column } = e);
    entry = e;
  }
  if (!entry) return null;
  // Lit's sources are named by package (whatever the path to node_modules).
  const source = relative(ROOT, path).replace(/^(?:.*\/)?node_modules\//, '');
  return { source: `${source}:${line + 1}`, code: text.length > 70 ? `${text.slice(0, 70)}…` : text };
}

async function fresh(browser, preset) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setCacheEnabled(false);
  if (preset.cpu > 1) await page.emulateCPUThrottling(preset.cpu);
  if (preset.network) {
    const { latency, downloadThroughput: download, uploadThroughput: upload } = preset.network;
    await page.emulateNetworkConditions({ latency, download, upload });
  }
  return { context, page };
}

const waitForMark = () =>
  new Promise((done) => {
    const check = () => (performance.getEntriesByName('ms-rendered').length ? done() : setTimeout(check, 10));
    check();
  });

/** Top self-time functions of one load, up to the page's ms-rendered mark. */
export async function cpuProfile(browser, url, preset, top = 12) {
  const { context, page } = await fresh(browser, preset);
  try {
    const client = await page.createCDPSession();
    await client.send('Profiler.enable');
    await client.send('Profiler.setSamplingInterval', { interval: 100 });
    await client.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(waitForMark);
    const { profile } = await client.send('Profiler.stop');

    const self = new Map(profile.nodes.map((n) => [n.id, 0]));
    profile.samples.forEach((id, i) => self.set(id, self.get(id) + (profile.timeDeltas[i] ?? 0) / 1000));
    const rows = new Map();
    let total = 0;
    for (const n of profile.nodes) {
      const ms = self.get(n.id);
      const { functionName, url: u, lineNumber, columnNumber } = n.callFrame;
      if (functionName === '(idle)') continue;
      total += ms;
      const orig = u ? original(u, lineNumber, columnNumber) : null;
      const file = u ? u.split('/').pop() : '';
      const key = orig ? `${orig.source}` : `${functionName}\0${file}:${lineNumber + 1}`;
      const row = rows.get(key) ?? {
        function: orig ? orig.code || functionName : functionName || '(anonymous)',
        where: orig ? orig.source : u ? `${file}:${lineNumber + 1}` : '',
        selfMs: 0,
      };
      row.selfMs += ms;
      rows.set(key, row);
    }
    // Native work outside JS is in `phases`; the list is about functions.
    const list = [...rows.values()].filter((r) => r.function !== '(program)').sort((a, b) => b.selfMs - a.selfMs);

    // Inclusive time of each task's entry point, by what it is.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const inclusive = (n) => self.get(n.id) + (n.children ?? []).reduce((sum, c) => sum + inclusive(byId.get(c)), 0);
    const phases = {};
    const root = profile.nodes[0];
    for (const id of root.children ?? []) {
      const n = byId.get(id);
      const { functionName, url: u, lineNumber, columnNumber } = n.callFrame;
      if (functionName === '(idle)') continue;
      const orig = u ? original(u, lineNumber, columnNumber) : null;
      const phase =
        functionName === '(program)'
          ? 'native work outside JS (parsing, style, layout, paint)'
          : functionName === '(garbage collector)'
            ? 'garbage collection'
            : /ms-widgets/.test(u) && lineNumber === 0 && columnNumber === 0
              ? 'widgets: the bundle runs (defines, upgrades and connects the elements; with server rendering, hydration runs here too)'
              : orig && /reactive-element/.test(orig.source)
                ? 'widgets: Lit updates in later microtasks (first render)'
                : /ms-widgets/.test(u)
                  ? 'widgets: other'
                  : /^https?:/.test(u)
                    ? 'page scripts (the ms-rendered mark)'
                    : 'other (the benchmark\'s own probes)';
      phases[phase] = (phases[phase] ?? 0) + inclusive(n);
    }
    return {
      phases,
      totalMs: total,
      top: list.slice(0, top).map((r) => ({ ...r, share: total ? r.selfMs / total : 0 })),
    };
  } finally {
    await context.close();
  }
}

// Trace event names by kind of work (Chromium's devtools.timeline events).
const KIND = {
  ParseHTML: 'HTML parsing',
  ParseAuthorStyleSheet: 'CSS parsing',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  Commit: 'paint',
  'v8.compile': 'script compile',
  'v8.compileModule': 'script compile',
  'v8.produceModuleCache': 'script compile',
  'v8.parseOnBackground': 'script compile',
  EvaluateScript: 'script run',
  'v8.evaluateModule': 'script run',
  'v8.run': 'script run',
  FunctionCall: 'script run',
  RunMicrotasks: 'script run',
  EventDispatch: 'script run',
  TimerFire: 'script run',
  FireAnimationFrame: 'script run',
  MajorGC: 'garbage collection',
  MinorGC: 'garbage collection',
  'V8.GC_SCAVENGER': 'garbage collection',
  'V8.GC_MARK_COMPACTOR': 'garbage collection',
};
export const KINDS = ['HTML parsing', 'CSS parsing', 'script compile', 'script run', 'garbage collection', 'style', 'layout', 'paint', 'other'];
/** What "other" holds, for the report. */
export const OTHER = 'other: navigation, document and JS context set-up, loading, task time with no finer trace event';

/**
 * Main-thread time by kind of work in one load: self time of every trace
 * event of the renderer's main thread(s), from navigation start to the
 * ms-rendered mark ("toMark") and to the end of the load ("total").
 */
export async function traceBreakdown(browser, url, preset) {
  const { context, page } = await fresh(browser, preset);
  try {
    await page.tracing.start({
      categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'loading'],
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(waitForMark);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
    const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));

    // The page's renderer: the process that set the mark (the frame shares it).
    const mark = traceEvents.find((e) => e.name === 'ms-rendered');
    const mains = new Set(
      traceEvents
        .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === mark?.pid)
        .map((e) => `${e.pid}:${e.tid}`),
    );
    const nav = traceEvents.filter((e) => e.name === 'navigationStart' && e.pid === mark?.pid && e.args?.data?.documentLoaderURL?.startsWith('http'));
    const start = nav.length ? Math.min(...nav.map((e) => e.ts)) : Math.min(...traceEvents.filter((e) => e.ts > 0).map((e) => e.ts));
    const markTs = mark?.ts ?? Infinity;

    // Complete events per main thread, nested by time: self = dur - children.
    const byThread = new Map();
    for (const e of traceEvents) {
      if (e.ph !== 'X' || !e.dur || !mains.has(`${e.pid}:${e.tid}`) || e.ts + e.dur < start) continue;
      const k = `${e.pid}:${e.tid}`;
      if (!byThread.has(k)) byThread.set(k, []);
      byThread.get(k).push(e);
    }
    const toMark = Object.fromEntries(KINDS.map((k) => [k, 0]));
    const total = Object.fromEntries(KINDS.map((k) => [k, 0]));
    const otherNames = {};
    const add = (bucket, kind, from, to, lo, hi) => {
      const d = Math.max(0, Math.min(to, hi) - Math.max(from, lo));
      bucket[kind] += d / 1000;
    };
    for (const events of byThread.values()) {
      events.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
      const stack = [];
      // Walk events; attribute each slice of time to the innermost open event.
      const slices = [];
      const close = (until) => {
        while (stack.length && stack.at(-1).end <= until) {
          const top = stack.pop();
          slices.push([top.kind, top.cursor, top.end, top.name]);
          if (stack.length) stack.at(-1).cursor = top.end;
        }
      };
      for (const e of events) {
        close(e.ts);
        if (stack.length) {
          const parent = stack.at(-1);
          slices.push([parent.kind, parent.cursor, e.ts, parent.name]);
        }
        const kind = KIND[e.name] ?? (stack.length ? stack.at(-1).kind : 'other');
        stack.push({ kind, name: e.name, cursor: e.ts, end: e.ts + e.dur });
      }
      close(Infinity);
      for (const [kind, from, to, name] of slices) {
        if (kind === 'other') otherNames[name] = (otherNames[name] ?? 0) + Math.max(0, Math.min(to, markTs) - Math.max(from, start)) / 1000;
        add(total, kind, from, to, start, Infinity);
        add(toMark, kind, from, to, start, markTs);
      }
    }
    const other = Object.entries(otherNames).sort((a, b) => b[1] - a[1]).slice(0, 12);
    return { markMs: Number.isFinite(markTs) ? (markTs - start) / 1000 : null, toMark, total, other };
  } finally {
    await context.close();
  }
}
