// Request-time rendering is flat: a server that renders many distinct pages
// keeps no memory per page. Runs in a child process with --expose-gc, so the
// heap can be measured after full collections. Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

/**
 * Pages rendered between the two measurements. 100,000 take over a minute
 * on a busy machine; 30,000 are enough to see a leak of the size this test
 * guards against. `HEAP_TEST_PAGES=100000` runs the full count.
 */
const PAGES = Number(process.env.HEAP_TEST_PAGES) || 30_000;
/**
 * Generous. Before the fix the heap grew by about 1.6 kB per page (160 MB per
 * 100,000, 48 MB per 30,000); since, by under 1 MB per 100,000.
 */
const MAX_GROWTH_MB = 8;

// Each page differs inside the widget (the markup handed to Lit) and carries
// an ms-* tag of its own that is not ours, as a hostile site could send.
const script = `
  const { renderWidgets } = await import('./dist/ssr/index.js');
  console.warn = () => {};
  const pageOf = (n) => '<p>' + n + '</p><ms-disclaimer reviewed="2026-11-25" data-page="' + n + '"><span>' + n + '</span></ms-disclaimer><ms-x' + n + '></ms-x' + n + '>';
  const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
  for (let n = 0; n < 100; n++) renderWidgets(pageOf(n));
  const before = heap();
  const start = Date.now();
  for (let n = 100; n < 100 + ${PAGES}; n++) renderWidgets(pageOf(n));
  const ms = Date.now() - start;
  const after = heap();
  process.stdout.write(JSON.stringify({ growthMB: (after - before) / 1e6, ms }));
`;

test(`memory after ${PAGES.toLocaleString('en')} distinct pages is within ${MAX_GROWTH_MB} MB of memory after 100`, { timeout: 600_000 }, () => {
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
    cwd: new URL('../../', import.meta.url),
    encoding: 'utf8',
  });
  const { growthMB, ms } = JSON.parse(out);
  console.log(`heap growth over ${PAGES} pages: ${growthMB.toFixed(2)} MB (${ms} ms)`);
  assert.ok(growthMB < MAX_GROWTH_MB, `heap grew by ${growthMB.toFixed(1)} MB`);
});
