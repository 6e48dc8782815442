// The parts of _site/ that exist already and are copied in: the CDN files,
// the demos (their script paths pointed at the site's cdn/), and the built
// Storybook.
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRenderer } from './renderer.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every file of dist/cdn/ into out/cdn/; resolves to their names. */
export async function copyCdn(out) {
  const from = join(ROOT, 'dist/cdn');
  await cp(from, join(out, 'cdn'), { recursive: true });
  return readdir(from);
}

/**
 * In the repository the demos load ../dist/cdn/ (and the server-rendered
 * ones ../../../dist/cdn/); in the site the files are at cdn/, one folder up
 * from demo/ as dist/ is from the repository's root.
 */
const toSitePaths = (html) => html.replaceAll('/dist/cdn/', '/cdn/');

/**
 * demo/*.html into out/demo/, and the server-rendered demo (demo/ssr/src,
 * what `npm run demo:ssr` renders) rendered into out/demo/ssr/site/, where
 * demo/index.html links to it. Resolves to the pages written, relative to out.
 */
export async function copyDemos(out) {
  const written = [];
  const write = async (path, html) => {
    await mkdir(join(out, path, '..'), { recursive: true });
    await writeFile(join(out, path), toSitePaths(html));
    written.push(path);
  };
  for (const name of (await readdir(join(ROOT, 'demo'))).filter((n) => n.endsWith('.html'))) {
    await write(`demo/${name}`, await readFile(join(ROOT, 'demo', name), 'utf8'));
  }
  const { renderPage } = await loadRenderer();
  for (const name of (await readdir(join(ROOT, 'demo/ssr/src'))).filter((n) => n.endsWith('.html'))) {
    const source = await readFile(join(ROOT, 'demo/ssr/src', name), 'utf8');
    await write(`demo/ssr/site/${name}`, renderPage(source).html);
  }
  return written;
}

/**
 * The static Storybook into out/storybook/, as `npm run build-storybook`
 * builds it (custom-elements.json is already there: `npm run build` writes
 * it). Its asset paths are relative, so it works under /storybook/.
 */
export function buildStorybook(out) {
  const bin = join(ROOT, 'node_modules/.bin/storybook');
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['build', '--quiet', '-o', join(out, 'storybook')], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`storybook build failed (exit code ${code})`))));
  });
}
