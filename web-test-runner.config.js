import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromeArgs, chromePath, firefoxPath, webkitPath } from './scripts/test-env/browsers.js';

// test/cdn.test.ts: the strict policy a clinic would send, as a real header,
// for the CSP test pages only.
const cspPolicy = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
async function cspHeader(ctx, next) {
  await next();
  if (/^\/test\/pages\/csp[^/]*\.html$/.test(ctx.path)) ctx.set('Content-Security-Policy', cspPolicy);
}

// test/fuzz/: how many cases each property runs and from which seed. Fixed
// by default so every run (and CI) checks the same cases; FUZZ_RUNS=2000
// (and FUZZ_SEED=…) for a longer or different local run.
const fuzz = {
  runs: Number(process.env.FUZZ_RUNS) || 100,
  seed: Number(process.env.FUZZ_SEED) || 20261125,
};
async function fuzzSettings(ctx, next) {
  if (ctx.path !== '/__fuzz-settings.json') return next();
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(fuzz);
}

// test/hostile-globals.test.ts, test/deferred-hydration.test.ts: test/pages/ssr-*.html as a server sends
// them, widgets rendered by the real renderer (dist/ssr/, so build first).
async function serverRendered(ctx, next) {
  if (!/^\/test\/pages\/ssr-[\w-]+\.html$/.test(ctx.path)) return next();
  const { renderWidgets } = await import('./dist/ssr/index.js');
  const { readFile } = await import('node:fs/promises');
  ctx.type = 'text/html';
  // ?hydrate=eager: rendered with that option (test/deferred-hydration.test.ts).
  const hydrate = ctx.query.hydrate === 'eager' ? 'eager' : 'defer';
  ctx.body = renderWidgets(await readFile(new URL(`.${ctx.path}`, import.meta.url), 'utf8'), { hydrate });
}

// test/deferred-hydration.test.ts: the CDN folder byte for byte as built
// (/test/cdn/; the dev server's own copy of dist/ need not be, and
// integrity checks bytes), and as a tampered CDN would serve it
// (/test/tampered-cdn/): every file as built but ms-widgets-hydrate.js, which
// has one more line, so the loader's integrity check has something to refuse.
async function cdnAsServed(ctx, next) {
  const match = /^\/test\/(cdn|tampered-cdn)\/([\w-]+\.js)$/.exec(ctx.path);
  if (!match) return next();
  const [, folder, file] = match;
  const { readFile } = await import('node:fs/promises');
  const built = await readFile(new URL(`./dist/cdn/${file}`, import.meta.url), 'utf8');
  ctx.type = 'text/javascript';
  ctx.body = folder === 'tampered-cdn' && file === 'ms-widgets-hydrate.js' ? `${built}\nconsole.log('tampered');\n` : built;
}

/**
 * WebKit through Debian's WebKitGTK: MiniBrowser driven by WebKitWebDriver,
 * which `scripts/test-env/with-webkit.js` starts (under Xvfb) and names in
 * WEBKIT_DRIVER_PORT. One page, one test file at a time (the launcher's
 * SessionManager; its iframe mode cannot send pointer actions).
 */
function webkitLauncher() {
  const port = Number(process.env.WEBKIT_DRIVER_PORT);
  if (!port) {
    throw new Error(
      'WebKit needs WebKitWebDriver: run `npm run test:browser` (scripts/test-env/with-webkit.js starts it), ' +
        'or choose browsers with WTR_BROWSERS=chromium,firefox.',
    );
  }
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: webkitPath(), args: ['--automation'] },
    },
  });
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = (config, files) => initialize({ ...config, concurrency: 1 }, files);
  launcher.concurrency = 1;
  return launcher;
}

/**
 * Every engine by default: Chromium, Firefox and WebKit. WTR_BROWSERS
 * (e.g. "chromium,firefox") narrows a local run; `npm test` never sets it.
 */
function selectedBrowsers() {
  const all = {
    chromium: () =>
      chromeLauncher({
        launchOptions: {
          executablePath: chromePath(),
          headless: true,
          // Two test files run at once, one of them in a background tab: as
          // for Firefox below, its timers are not throttled. Its idle periods
          // still end about 10 s after it is hidden, whatever the flags: the
          // hydrate code wakes a hidden page's widgets without them
          // (src/hydration/chunks.ts, test/cdp/hidden-page.test.js).
          args: [...chromeArgs, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
        },
      }),
    firefox: () =>
      puppeteerLauncher({
        // Firefox activates a <summary> from the keyboard only in the focused
        // tab: one test file at a time keeps the keyboard tests honest.
        concurrency: 1,
        launchOptions: {
          browser: 'firefox',
          executablePath: firefoxPath(),
          headless: true,
          // Test pages run in background tabs; without these, Firefox throttles
          // their timers and concurrent files slow down tenfold.
          extraPrefsFirefox: {
            'dom.min_background_timeout_value': 0,
            'dom.min_background_timeout_value_without_budget_throttling': 0,
            'dom.timeout.enable_budget_timer_throttling': false,
          },
        },
      }),
    webkit: webkitLauncher,
  };
  const names = (process.env.WTR_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((n) => n.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(n in all));
  if (unknown.length) throw new Error(`WTR_BROWSERS: unknown ${unknown.join(', ')}; use chromium, firefox, webkit`);
  return names.map((n) => all[n]());
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [cspHeader, fuzzSettings, serverRendered, cdnAsServed],
  // Dev-mode Lit is what catches template mistakes in tests; its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  concurrency: 2,
  concurrentBrowsers: 3,
  testFramework: { config: { timeout: 10000 } },
  browsers: selectedBrowsers(),
};
