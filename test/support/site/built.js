// A site built for a test: buildSite() into a fresh temporary folder, without
// Storybook, for the address of the static server that serves it (so every
// absolute URL in it points at that server).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'parse5';
import { serveStatic } from '../../../scripts/tools/static-server.js';
import { buildSite } from '../../../site/build/index.js';

/** Builds and serves a site; resolves to `{ dir, origin, report, read, files, close }`. */
export async function builtSite() {
  const dir = mkdtempSync(join(tmpdir(), 'ms-site-'));
  const server = await serveStatic(dir);
  const report = await buildSite({ out: dir, siteUrl: server.origin, storybook: false });
  return {
    dir,
    origin: server.origin,
    report,
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    files: () => listFiles(dir),
    close() {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every file below `dir`, relative to it, with / separators. */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split('\\').join('/'))
    .sort();
}

/** The elements of a parse5 tree, depth first, with a helper to read attributes. */
export function elements(node, out = []) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) out.push(child);
    elements(child.content ?? child, out);
  }
  return out;
}

export const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;

/** The elements of an HTML page (templates' content included). */
export const pageElements = (html) => elements(parse(html));

/** The text of an element and everything in it. */
export const textOf = (node) =>
  node.nodeName === '#text' ? node.value : [...(node.content?.childNodes ?? []), ...(node.childNodes ?? [])].map(textOf).join('');
