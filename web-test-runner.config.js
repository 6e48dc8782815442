import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromeArgs, chromePath, firefoxPath } from './scripts/browsers.js';

// test/cdn.test.ts: the strict policy a clinic would send, as a real header,
// for the CSP test pages only.
const cspPolicy = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
async function cspHeader(ctx, next) {
  await next();
  if (/^\/test\/pages\/csp[^/]*\.html$/.test(ctx.path)) ctx.set('Content-Security-Policy', cspPolicy);
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [cspHeader],
  // Dev-mode Lit is what catches template mistakes in tests; its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  concurrency: 2,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: chromeArgs },
    }),
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
  ],
};
