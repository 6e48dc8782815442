// Full-page screenshots of the demo pages (built CDN file) in light and dark,
// at 320 and 1200 px, left-to-right and right-to-left, into screenshots/.
// Run `npm run build` first. Usage: node scripts/tools/screenshot.js [page ...]
/* global document, customElements -- used inside page.evaluate(), in the browser */
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';
import { chromeArgs, chromePath } from '../test-env/browsers.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const outDir = join(root, 'screenshots');
const allPages = ['index', 'blog', 'clinic', 'gallery'];
const pages = process.argv.slice(2).length ? process.argv.slice(2) : allPages;
const schemes = ['light', 'dark'];
const widths = [320, 1200];
const dirs = ['ltr', 'rtl'];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A static file server for the repo root, on a free localhost port. */
function serve() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
await mkdir(outDir, { recursive: true });
const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
const problems = [];
// axe-core comes with @open-wc/testing; when present, each shot is also checked for
// contrast and other WCAG problems in that scheme, width and direction.
const axePath = join(root, 'node_modules/axe-core/axe.min.js');
const axeRules = { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] };

try {
  for (const name of pages) {
    for (const scheme of schemes) {
      for (const width of widths) {
        for (const dir of dirs) {
          const page = await browser.newPage();
          page.on('pageerror', (e) => problems.push(`${name}: page error: ${e.message}`));
          page.on('console', (m) => {
            if (m.type() === 'error') problems.push(`${name}: console error: ${m.text()}`);
          });
          page.on('requestfailed', (r) => problems.push(`${name}: failed request: ${r.url()}`));
          await page.setViewport({ width, height: 800 });
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
          const response = await page.goto(`${origin}/demo/${name}.html`, { waitUntil: 'load' });
          if (!response?.ok()) throw new Error(`${name}.html: HTTP ${response?.status()}`);
          const overflow = await page.evaluate(
            async (scheme, dir) => {
              document.documentElement.dir = dir;
              document.documentElement.style.colorScheme = scheme;
              // Pages without the widgets (the index) have nothing to wait for.
              if (document.querySelector('script[src*="ms-widgets"]')) await customElements.whenDefined('ms-disclaimer');
              // Let every element (and the ones they compose) finish rendering.
              const all = (r) => [...r.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
              for (let i = 0; i < 3; i++) await Promise.all(all(document).map((e) => e.updateComplete));
              await document.fonts.ready;
              return document.documentElement.scrollWidth - document.documentElement.clientWidth;
            },
            scheme,
            dir,
          );
          const where = `${name} ${scheme} ${width} ${dir}`;
          if (overflow > 0) problems.push(`${where}: ${overflow}px horizontal overflow`);
          if (existsSync(axePath)) {
            await page.addScriptTag({ path: axePath });
            const violations = await page.evaluate(async (opts) => {
              const { violations } = await globalThis.axe.run(document, opts);
              return violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.flat().join(' >>> ')).join(', ')})`);
            }, axeRules);
            violations.forEach((v) => problems.push(`${where}: axe ${v}`));
          }
          const file = join(outDir, `${name}-${scheme}-${width}-${dir}.png`);
          // Puppeteer's fullPage mode crops right-to-left pages that fit the
          // viewport; a viewport as tall as the page captures them whole.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.setViewport({ width, height: Math.max(800, height) });
          await page.screenshot({ path: file });
          console.log(`wrote ${file.slice(root.length + 1)}`);
          await page.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
}
