// `npm run build:site` (`node site/build/index.js` after `npm run build`):
// writes the static site, _site/, from dist/ and the content. Any static host
// serves it as it is; SITE_URL is the address it will be served from.
//
//   SITE_URL=https://widgets.example.org npm run build:site
//   SITE_STORYBOOK=0 npm run build:site      # without the (slow) Storybook build
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { configs } from '../configs.js';
import { buildStorybook, copyCdn, copyDemos } from './copies.js';
import { renderEmbedPage } from './embed-page.js';
import { escapeHtml } from './escape.js';
import { writeGoPages } from './go-pages.js';
import { oembedFor } from './oembed.js';
import { loadRenderer } from './renderer.js';
import { renderSharePage } from './share-page.js';
import { normalizeSiteUrl } from './site-url.js';
import { en } from './words.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Marks a folder as a site built here: only such a folder is emptied before a build. */
const MARKER = '.ms-widgets-site';
/** The Get code page's own build step (helper "getcode"), when it is there. */
const GET_CODE_BUILD = join(ROOT, 'site/get-code/build.js');

/**
 * Until site/get-code/ brings the Get code page: an index of the share
 * pages, in the content's words, so `/` is never a 404.
 */
function indexOfSharePages() {
  const items = configs.map((c) => `<li><a href="share/${c.id}.html">${escapeHtml(c.title)}</a></li>`).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(en.lang)}" dir="${escapeHtml(en.dir)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">
<title>${escapeHtml(en.meta.title)}</title></head>
<body><main><h1>${escapeHtml(en.meta.title)}</h1>
<ul>
${items}
</ul></main></body>
</html>
`;
}

/**
 * Writes the site into `out` (emptied first) and resolves to what it wrote.
 * `siteUrl` is checked (normalizeSiteUrl); `storybook: false` skips the
 * Storybook build, which takes minutes.
 */
export async function buildSite({ out = '_site', siteUrl = process.env.SITE_URL || 'http://localhost:8000', storybook = true } = {}) {
  const started = performance.now();
  const site = normalizeSiteUrl(siteUrl);
  await loadRenderer(); // fails early, with the fix, when dist/ is missing
  const dir = resolve(out);
  // Never delete what a mistyped SITE_OUT points at: only an empty folder or a previous build.
  const existing = existsSync(dir) ? await readdir(dir) : [];
  if (existing.length > 0 && !existing.includes(MARKER)) {
    throw new Error(`"${out}" is not empty and holds no site built here: give a new or empty folder, or a previous _site/`);
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, MARKER), 'Written by site/build/index.js; the next build empties this folder.\n');
  for (const sub of ['embed', 'share', 'oembed']) await mkdir(join(dir, sub), { recursive: true });

  const cdn = await copyCdn(dir);
  for (const config of configs) {
    await writeFile(join(dir, 'embed', `${config.id}.html`), await renderEmbedPage({ config, siteUrl: site }));
    await writeFile(join(dir, 'share', `${config.id}.html`), await renderSharePage({ config, siteUrl: site }));
    await writeFile(join(dir, 'oembed', `${config.id}.json`), `${JSON.stringify(oembedFor({ config, siteUrl: site }), null, 2)}\n`);
  }
  const article = configs.find((c) => c.id === 'article');
  await writeFile(join(dir, 'embed', 'article-summary.html'), await renderEmbedPage({ config: article, siteUrl: site, summary: true }));
  const goPages = await writeGoPages(dir);
  const demos = await copyDemos(dir);
  if (existsSync(GET_CODE_BUILD)) {
    const { buildGetCode } = await import(pathToFileURL(GET_CODE_BUILD).href);
    await buildGetCode({ out: dir, siteUrl: site, configs });
  } else {
    await writeFile(join(dir, 'index.html'), indexOfSharePages());
  }
  if (storybook) await buildStorybook(dir);
  return {
    out: dir,
    siteUrl: site,
    embedPages: configs.length + 1,
    sharePages: configs.length,
    goPages,
    cdn,
    demos,
    storybook,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The command line: settings from the environment, one line of result or of error. */
async function main() {
  const storybook = process.env.SITE_STORYBOOK !== '0';
  try {
    const r = await buildSite({ out: process.env.SITE_OUT || '_site', storybook });
    console.log(
      `site: wrote ${r.out} for ${r.siteUrl} in ${r.seconds.toFixed(1)} s: ${r.embedPages} embed pages, ${r.sharePages} share pages and oEmbed files, ` +
        `${r.goPages} go pages, ${r.cdn.length} CDN files, ${r.demos.length} demo pages${r.storybook ? ', Storybook' : ' (no Storybook: SITE_STORYBOOK=0)'}`,
    );
  } catch (error) {
    console.error(`site: ${error.message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
