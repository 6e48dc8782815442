// Screenshots of the built Storybook (storybook-static/, from `npm run
// build-storybook`): chosen stories in each look the toolbar offers — light,
// dark, clinic brand, right to left, and 320 px wide with long text — into
// screenshots/stories/. Any console error, page error or failed request is
// reported and fails the run.
// With --docs it also writes the two README images, docs/storybook-*.png:
// the Storybook UI (toolbar, controls from the manifest) and a dark,
// right-to-left story.
// Usage: node scripts/tools/screenshot-stories.js [--docs] [story-id-substring ...]
/* global document, customElements -- used inside page.evaluate(), in the browser */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromeArgs, chromePath } from '../test-env/browsers.js';
import { serveStatic } from './static-server.js';

const root = resolve(fileURLToPath(new URL('../../storybook-static', import.meta.url)));
const outDir = resolve(fileURLToPath(new URL('../../screenshots/stories', import.meta.url)));
if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}

/** The looks, as toolbar globals (and a viewport width). */
const looks = {
  light: { globals: '', width: 1000 },
  dark: { globals: 'theme:dark', width: 1000 },
  clinic: { globals: 'theme:clinic', width: 1000 },
  rtl: { globals: 'locale:ar-XB', width: 1000 },
  narrow: { globals: 'locale:en-XA', width: 320 },
};

const DEFAULT_STORIES = [
  'elements-ms-article--default',
  'elements-ms-section--introduction',
  'elements-ms-benefit-list--default',
  'elements-ms-benefit-list--layout-grid',
  'elements-ms-evidence-card--halt-ms',
  'elements-ms-evidence-list--default',
  'elements-ms-risk-panel--default',
  'elements-ms-disclaimer--review-overdue',
  'elements-ms-source-list--default',
  'elements-ms-disclaimer--reviewed',
  'examples--blog-post',
  'examples--clinic-page',
  'guides-theming--every-part',
];

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const args = process.argv.slice(2);
const docs = args.includes('--docs');
const filters = args.filter((a) => a !== '--docs');
const ids = filters.length
  ? Object.values(index.entries)
      .filter((e) => e.type === 'story' && filters.some((f) => e.id.includes(f)))
      .map((e) => e.id)
  : DEFAULT_STORIES;

const server = await serveStatic(root);
const { origin } = server;
await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
const problems = [];

for (const id of ids) {
  for (const [look, { globals, width }] of Object.entries(looks)) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    page.on('console', (m) => m.type() === 'error' && problems.push(`${id} ${look}: console.error ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`${id} ${look}: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`${id} ${look}: request failed ${r.url()}`));
    const url = `${origin}/iframe.html?id=${id}&viewMode=story${globals ? `&globals=${globals}` : ''}`;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('#storybook-root .host-page');
    // Every ms-* element (nested ones too) has rendered, and fonts are in.
    await page.evaluate(async () => {
      const all = (root) =>
        [...root.querySelectorAll('*')].flatMap((el) => [
          ...(el.localName.startsWith('ms-') ? [el] : []),
          ...(el.shadowRoot ? all(el.shadowRoot) : []),
        ]);
      await customElements.whenDefined('ms-article');
      for (let i = 0; i < 5; i++) await Promise.all(all(document).map((el) => el.updateComplete));
      await document.fonts.ready;
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`${id} ${look}: the page scrolls sideways by ${overflow}px`);
    await page.screenshot({ path: join(outDir, `${id}--${look}.png`), fullPage: true });
    await page.close();
  }
  console.log(`${id}: ${Object.keys(looks).join(', ')}`);
}

if (docs) {
  const docsDir = resolve(fileURLToPath(new URL('../../docs', import.meta.url)));
  await mkdir(docsDir, { recursive: true });
  // The manager: sidebar, toolbar, the story and its controls.
  const ui = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await ui.goto(`${origin}/index.html?path=/story/elements-ms-benefit-list--layout-grid&globals=theme:clinic`);
  await ui.frameLocator('#storybook-preview-iframe').locator('ms-benefit-list').waitFor();
  await ui.getByRole('tab', { name: /Controls/ }).waitFor();
  await ui.waitForTimeout(1000);
  await ui.screenshot({ path: join(docsDir, 'storybook-controls.png') });
  await ui.close();
  // A story in the dark theme and the right-to-left pseudo-locale.
  const story = await browser.newPage({ viewport: { width: 900, height: 600 } });
  await story.goto(`${origin}/iframe.html?id=elements-ms-risk-panel--reader-opens-one&viewMode=story&globals=theme:dark;locale:ar-XB`);
  await story.waitForSelector('#storybook-root .host-page');
  await story.waitForTimeout(1500);
  await story.screenshot({ path: join(docsDir, 'storybook-dark-rtl.png') });
  await story.close();
  console.log(`README images in ${docsDir}`);
}

await browser.close();
server.close();
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Screenshots in ${outDir}`);
