// Lighthouse (performance and accessibility) on the demo pages and on the
// benchmark's article pages, with Debian's Chromium launched by
// chrome-launcher, offline, on localhost. Lighthouse's default: a mobile
// device with simulated slow 4G and 4x CPU (Lantern).
//
// lighthouse is pinned at 12.2.3: 13.x needs Node 22, and this project runs
// on Node 20.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromeArgs, chromePath } from '../../scripts/test-env/browsers.js';
import { SITE_DIR } from './pages.js';
import { benchArgs } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs Lighthouse on each page; resolves to { version, pages: [{ name, url, performance, accessibility, metrics }] }. */
export async function runLighthouse({ origin, urls, renderWidgets, log = () => {} }) {
  // The server-rendered demo, rendered here (as `npm run demo:ssr` does) so
  // the bench does not depend on it having run.
  mkdirSync(`${SITE_DIR}demo-ssr`, { recursive: true });
  writeFileSync(`${SITE_DIR}demo-ssr/index.html`, renderWidgets(readFileSync(`${ROOT}demo/ssr/src/index.html`, 'utf8')));
  const pages = [
    ['demo: blog post (CDN file)', `${origin}/demo/blog.html`],
    ['demo: clinic page (CDN file)', `${origin}/demo/clinic.html`],
    ['demo: server-rendered article', `${origin}/bench/site/demo-ssr/index.html`],
    ['bench article: static HTML', urls.static],
    ['bench article: widgets (CDN file)', urls.cdn],
    ['bench article: widgets (server-rendered + hydrate)', urls.ssr],
    ['bench article: iframe embed', urls.iframe],
  ];
  const version = JSON.parse(readFileSync(`${ROOT}node_modules/lighthouse/package.json`, 'utf8')).version;
  const out = [];
  const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: benchArgs(chromeArgs), logLevel: 'silent' });
  try {
    for (const [name, url] of pages) {
      // Lighthouse 12's trace processing sometimes fails on this newer
      // Chromium's traces (a gatherer error, so no performance score): try
      // up to three times.
      let result;
      for (let attempt = 0; attempt < 3; attempt++) {
        result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
        if (result.lhr.categories.performance.score != null || result.lhr.runtimeError) break;
      }
      const { categories, audits, runtimeError, runWarnings } = result.lhr;
      const num = (id) => audits[id]?.numericValue ?? null;
      out.push({
        name,
        url: url.replace(origin, ''),
        performance: categories.performance.score,
        accessibility: categories.accessibility.score,
        metrics: {
          fcp: num('first-contentful-paint'),
          lcp: num('largest-contentful-paint'),
          tbt: num('total-blocking-time'),
          cls: num('cumulative-layout-shift'),
          si: num('speed-index'),
        },
        failedA11y: Object.values(audits)
          .filter((a) => categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score === 0)
          .map((a) => a.id),
        error:
          runtimeError?.code ??
          (categories.performance.score == null
            ? [...new Set(Object.values(audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.errorMessage))].join('; ')
            : null),
        warnings: runWarnings ?? [],
      });
      log(`lighthouse ${name}: performance ${categories.performance.score}, accessibility ${categories.accessibility.score}`);
    }
  } finally {
    await chrome.kill();
  }
  return { version, config: 'default (mobile, simulated throttling)', pages: out };
}
