// One measured page load: a fresh browser context (an empty cache, a new
// renderer process, a new JS heap), 4x CPU throttling, then three figures:
//
// painted   when the first frame after all the text is in the document has
//           been produced. "Text in the document": the parser has reached
//           the end (readyState "interactive", before deferred and module
//           scripts run), or on a CDN page the `ms-rendered` mark (every
//           widget's first update done). Then requestAnimationFrame, and in
//           its callback a MessageChannel message: the message is handled
//           once that frame's style, layout and paint are done on the main
//           thread. So layout counts for every page alike, and a script that
//           holds the main thread (hydration) before that frame counts too.
//           Double rAF would add up to one idle frame of vsync wait to every
//           figure; paint timing and element timing say nothing about the
//           last piece of text, only the first or the largest one.
//           On a page with frames: the latest frame's figure, on the top
//           page's clock; a frame out of view is never rendered (Chromium
//           throttles off-screen cross-origin frames), so for it the time
//           its text is in counts.
// lcp       largest-contentful-paint, the largest of any frame.
// taskMs    main-thread time of the renderer (Performance.getMetrics
//           TaskDuration, all frames: the frames are same-site, so in the
//           page's process), read once the page is quiet: loaded, painted,
//           then two idle callbacks (so work deferred to idle counts).
//           scriptMs (ScriptDuration) rides along.
// cls       cumulative layout shift until the page is quiet: the sum over
//           frames of each frame's shifts (none follows input here).
// longestTaskMs  the longest task (PerformanceObserver 'longtask', 50 ms
//           and over, throttled wall time) any frame saw until quiet; 0 when
//           no task reached 50 ms. Includes the parser's and the browser's
//           own tasks, so the floor has its own figure to compare with.
// longestScriptMs  the longest single script run (Long Animation Frames:
//           each frame's `scripts`, those over 5 ms, with their duration),
//           which on these pages is our code: the floor has no script, the
//           others only ours and a few lines of the benchmark's. 0: none
//           over 5 ms; null: the browser has no Long Animation Frames.

export const CPU_THROTTLING = 4;
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
  const b = (window.__bench = { lcp: null, lcpSize: 0, textIn: null, painted: null, cls: 0, longestTaskMs: 0, longestScriptMs: null });
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {
      /* not supported */
    }
  };
  observe('largest-contentful-paint', (e) => {
    b.lcp = e.startTime;
    b.lcpSize = e.size;
  });
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) b.cls += e.value;
  });
  observe('longtask', (e) => {
    b.longestTaskMs = Math.max(b.longestTaskMs, e.duration);
  });
  if (PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')) b.longestScriptMs = 0;
  observe('long-animation-frame', (e) => {
    for (const script of e.scripts) b.longestScriptMs = Math.max(b.longestScriptMs, script.duration);
  });
  const afterNextFrame = () =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        b.painted = performance.now();
      };
      channel.port2.postMessage(null);
    });
  const textIn = () => {
    const mark = window.__benchTextMark;
    const now = () => {
      b.textIn = performance.now();
      afterNextFrame();
    };
    if (!mark || performance.getEntriesByName(mark).length) return now();
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName(mark).length) return;
      observer.disconnect();
      now();
    }).observe({ type: 'mark' });
  };
  document.addEventListener('readystatechange', () => document.readyState === 'interactive' && textIn());
};

const quiet = () =>
  new Promise((done) => {
    // A frame out of view never renders (Chromium throttles off-screen cross-origin frames): its text being in is what counts.
    const ready = () => window.__bench.painted != null || (window !== top && window.__bench.textIn != null);
    const wait = () => (ready() ? idle(2) : setTimeout(wait, 20));
    const idle = (n) => (n ? requestIdleCallback(() => idle(n - 1), { timeout: 2000 }) : setTimeout(done, 50));
    wait();
  });

const frameReport = () => ({ timeOrigin: performance.timeOrigin, ...window.__bench });

/** Loads `url` once; resolves to { painted, lcp, taskMs, scriptMs, cls, longestTaskMs, longestScriptMs, frames }. */
export async function measure(browser, url, { timeout = 120_000 } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    const client = await page.createCDPSession();
    await client.send('Performance.enable', { timeDomain: 'timeTicks' });
    await page.setCacheEnabled(false);
    // Emulation.setCPUThrottlingRate on puppeteer's own session, so that it
    // also reaches the frames it attaches to.
    await page.emulateCPUThrottling(CPU_THROTTLING);
    await page.evaluateOnNewDocument(OBSERVERS);

    await page.goto(url, { waitUntil: 'load', timeout });
    const frames = page.frames();
    for (const frame of frames) await frame.evaluate(quiet);
    const reports = [];
    for (const frame of frames) reports.push(await frame.evaluate(frameReport));
    const [top] = reports;
    const onTop = (f, t) => (t == null ? null : t + (f.timeOrigin - top.timeOrigin));
    const largest = reports.filter((f) => f.lcp != null).sort((a, b) => b.lcpSize - a.lcpSize)[0];
    const perf = Object.fromEntries((await client.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    return {
      painted: Math.max(...reports.map((f) => onTop(f, f.painted ?? f.textIn))),
      lcp: largest ? onTop(largest, largest.lcp) : null,
      taskMs: perf.TaskDuration * 1000,
      scriptMs: perf.ScriptDuration * 1000,
      cls: reports.reduce((sum, f) => sum + f.cls, 0),
      longestTaskMs: Math.max(...reports.map((f) => f.longestTaskMs)),
      longestScriptMs: reports.some((f) => f.longestScriptMs == null) ? null : Math.max(...reports.map((f) => f.longestScriptMs)),
      frames: reports.length,
    };
  } finally {
    await context.close();
  }
}
