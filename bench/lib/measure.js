// One measured page load: a fresh browser context (so an empty cache, a new
// renderer process and a new JS heap), the preset's throttling, then the
// page's `ms-rendered` mark, paint and layout-shift entries, long tasks, the
// JS heap and every network request.

/** Throttling presets. Slow 4G is puppeteer's (and Lighthouse's) definition. */
export const PRESETS = {
  none: { short: 'no throttling', label: 'no throttling', cpu: 1, network: null },
  cpu4x: { short: '4x CPU', label: '4x CPU slowdown, no network throttling', cpu: 4, network: null },
  phone: {
    short: 'phone: 4x CPU + slow 4G',
    label: 'mid-range phone: 4x CPU slowdown + slow 4G (562.5 ms RTT, 1.44 Mbit/s down)',
    cpu: 4,
    network: { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 },
  },
};

export const VIEWPORT = { width: 412, height: 915, deviceScaleFactor: 1 };

/**
 * Chromium's flags for the benchmark: the project's (scripts/test-env/browsers.js)
 * plus one that matters here. Chromium 156 builds its WebUI omnibox popup
 * (chrome://omnibox-popup.top-chrome, some 600 module requests and a
 * renderer of its own) for every new window, so for every fresh browser
 * context: on two cores that competes with the page being measured.
 */
export const benchArgs = (chromeArgs) => [
  ...chromeArgs,
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

// Installed before any page script, in every frame.
const OBSERVERS = () => {
  const b = (window.__bench = { fcp: null, lcp: null, lcpSize: 0, cls: 0, longtasks: [] });
  const watch = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      /* entry type not supported */
    }
  };
  watch('paint', (e) => {
    if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
  });
  watch('largest-contentful-paint', (e) => {
    b.lcp = e.startTime;
    b.lcpSize = e.size;
  });
  watch('layout-shift', (e) => {
    if (!e.hadRecentInput) b.cls += e.value;
  });
  watch('longtask', (e) => b.longtasks.push({ start: e.startTime, duration: e.duration }));
};

const waitForMark = () =>
  new Promise((done) => {
    if (performance.getEntriesByName('ms-rendered').length) return done();
    new PerformanceObserver((l, o) => {
      if (l.getEntriesByName('ms-rendered').length) {
        o.disconnect();
        done();
      }
    }).observe({ type: 'mark' });
  });

// Two frames and a pause, so late paints and shifts are reported.
const settle = (ms) =>
  new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, ms))));

const frameReport = () => ({
  timeOrigin: performance.timeOrigin,
  rendered: performance.getEntriesByName('ms-rendered')[0]?.startTime ?? null,
  dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
  height: document.documentElement.scrollHeight,
  ...window.__bench,
});

/**
 * Loads `url` once under `preset`; resolves to one result row.
 * `scriptFile` names the widgets' script (to count requests after it).
 */
export async function measure(browser, url, preset, { scriptFile, settleMs = 150, timeout = 60_000 } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const client = await page.createCDPSession();
    await client.send('Network.enable');
    await client.send('Performance.enable', { timeDomain: 'threadTicks' });
    await client.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.setCacheEnabled(false);
    // The same CDP commands puppeteer's page.emulateCPUThrottling /
    // emulateNetworkConditions send, on puppeteer's own session so that they
    // also reach frames it attaches to.
    if (preset.cpu > 1) await page.emulateCPUThrottling(preset.cpu);
    if (preset.network) {
      const { latency, downloadThroughput: download, uploadThroughput: upload } = preset.network;
      await page.emulateNetworkConditions({ latency, download, upload });
    }
    await page.evaluateOnNewDocument(OBSERVERS);

    const requests = new Map();
    client.on('Network.requestWillBeSent', (e) => {
      if (!/^https?:/.test(e.request.url)) return;
      requests.set(e.requestId, { url: e.request.url, start: e.timestamp, end: null, bytes: 0 });
    });
    client.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { end: e.timestamp, bytes: e.encodedDataLength });
    });

    await page.goto(url, { waitUntil: 'load', timeout });
    await page.evaluate(waitForMark);
    await page.evaluate(settle, settleMs);

    const frames = [];
    for (const frame of page.frames()) frames.push(await frame.evaluate(frameReport));
    const [top, ...children] = frames;
    const at = (f, t) => (t == null ? null : t + (f.timeOrigin - top.timeOrigin));

    // FCP: the first contentful paint in any frame; LCP: the largest element
    // of any frame (the API reports each frame apart); CLS: summed over frames.
    const fcps = frames.map((f) => at(f, f.fcp)).filter((t) => t != null);
    const lcpFrame = frames.filter((f) => f.lcp != null).sort((a, b) => b.lcpSize - a.lcpSize)[0];
    const tasks = [];
    for (const f of frames)
      for (const t of f.longtasks) {
        const start = at(f, t.start);
        if (!tasks.some((u) => Math.abs(u.start - start) < 1 && Math.abs(u.duration - t.duration) < 1))
          tasks.push({ start, duration: t.duration });
      }

    // Main-thread busy time of the renderer (all frames in it), by kind.
    const perf = Object.fromEntries((await client.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await client.send('HeapProfiler.collectGarbage');
    const heap = await client.send('Runtime.getHeapUsage');

    const list = [...requests.values()];
    const script = scriptFile && list.find((r) => r.url.endsWith(`/${scriptFile}`));
    return {
      rendered: top.rendered,
      dcl: top.dcl,
      fcp: fcps.length ? Math.min(...fcps) : null,
      lcp: lcpFrame ? at(lcpFrame, lcpFrame.lcp) : null,
      cls: frames.reduce((s, f) => s + f.cls, 0),
      tbt: tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
      longTasks: tasks.length,
      heap: heap.usedSize,
      taskMs: perf.TaskDuration * 1000,
      scriptMs: perf.ScriptDuration * 1000,
      styleMs: perf.RecalcStyleDuration * 1000,
      layoutMs: perf.LayoutDuration * 1000,
      bytes: list.reduce((s, r) => s + r.bytes, 0),
      requests: list.length,
      requestsAfterScript: script ? list.filter((r) => r !== script && r.start > script.end).length : null,
      height: Math.max(top.height, ...children.map(() => 0)),
      frameCount: frames.length,
    };
  } finally {
    await context.close();
  }
}
