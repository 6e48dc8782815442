/// <reference types="node" />
import { lstat, mkdir, readdir, readFile, realpath, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { NotRendered, UsageError } from './cli-errors.js';
import { type RenderOptions } from './render.js';
import { renderBytes, type PageResult } from './render-bytes.js';
import { copyFileSafely, copyLink, isStream, replaceFile } from './replace-file.js';
import { isInside, realPathOf } from './site-paths.js';

export { UsageError } from './cli-errors.js';

export interface FilesReport {
  /** Pages rendered, or left as they were because they hold nothing to render. */
  files: number;
  widgets: number;
  warnings: number;
  /** The `style-src` hashes of every rendered widget's inline styles, across all files. */
  styleHashes: Set<string>;
  /** One line per file the run did not render or write, with why and what became of it; the run fails. */
  skipped: string[];
  /** Things done that are worth saying but are no failure, e.g. a symlinked page copied as a link. */
  notes: string[];
}

const HTML = new Set(['.html', '.htm']);
const isPage = (path: string) => HTML.has(extname(path).toLowerCase());

async function kind(path: string): Promise<'file' | 'directory' | undefined> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'directory' : 'file';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Pages a server sends as XML, by their name. Declarative shadow DOM is an
 * HTML parser's: in XML the `<template shadowrootmode>` stays a template,
 * and the HTML the renderer writes is not well-formed XML, so the browser
 * would show an XML error instead of the page. ms-widgets.js renders such a
 * page's widgets in the browser (src/shared/xml-page.ts).
 */
const XML_PAGE = new Set(['.xhtml', '.xht', '.xml']);

/** Renders one page; a page that cannot be rendered is added to `report.skipped` and comes back with no bytes. */
async function renderOne(bytes: Uint8Array, label: string, otherwise: string, options: RenderOptions, report: FilesReport): Promise<PageResult> {
  let result: PageResult;
  try {
    if (XML_PAGE.has(extname(label).toLowerCase())) {
      throw new NotRendered('an XHTML page is read as XML, where declarative shadow DOM does not apply (ms-widgets.js renders its widgets in the browser)');
    }
    result = renderBytes(bytes, label, options);
  } catch (e) {
    if (!(e instanceof NotRendered)) throw e;
    report.skipped.push(`${label}: not rendered: ${e.message}; ${otherwise}`);
    return { widgets: 0, styleHashes: [], warnings: 0 };
  }
  report.files++;
  report.widgets += result.widgets;
  // A re-run changes nothing in them: new packs or options reach only a page rendered from its source.
  if (result.alreadyRendered) {
    report.notes.push(`${label}: ${result.alreadyRendered} widget(s) rendered by an earlier run, left as they are (to apply other packs or options, render the page as it was before)`);
  }
  report.warnings += result.warnings;
  result.styleHashes.forEach((h) => report.styleHashes.add(h));
  return result;
}

/**
 * A file, folder or symlink below the site's root, by its path relative to
 * it; or one that cannot be read, and why.
 */
type SiteEntry = { rel: string; type: 'file' | 'directory' | 'symlink' | 'other' } | { rel: string; type: 'unreadable'; why: string };

const exists = (path: string): Promise<boolean> =>
  lstat(path).then(
    () => true,
    () => false,
  );

/**
 * Every entry below `root`, in name order; symlinks are reported as such,
 * never followed. A folder that cannot be listed, and a name that is not
 * UTF-8 (Node reads names as UTF-8, with U+FFFD for what is not, and such a
 * name opens nothing), come as `unreadable`: one entry, not the end of the run.
 */
async function* walk(root: string): AsyncGenerator<SiteEntry> {
  // A stack, not recursion, and sorted names, so two runs write in the same order.
  const pending = [''];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let entries;
    try {
      entries = (await readdir(join(root, dir), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch (e) {
      if (dir === '') throw e;
      yield { rel: dir, type: 'unreadable', why: `its contents could not be listed (${(e as Error).message})` };
      continue;
    }
    const subdirectories: string[] = [];
    for (const entry of entries) {
      const rel = join(dir, entry.name);
      if (entry.name.includes('\uFFFD') && !(await exists(join(root, rel)))) {
        yield { rel, type: 'unreadable', why: 'its name is not valid UTF-8, which is how file names are read here' };
        continue;
      }
      if (entry.isDirectory()) subdirectories.push(rel);
      const type = entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'symlink' : 'other';
      yield { rel, type };
    }
    pending.push(...subdirectories.reverse());
  }
}

/** `input` and `output` as real paths, refused when one holds the other; the same path is rendering in place. */
async function siteRoots(input: string, output: string): Promise<{ inRoot: string; outRoot: string }> {
  const inRoot = await realpath(resolve(input));
  const outRoot = await realPathOf(output);
  if (isInside(outRoot, inRoot)) {
    throw new UsageError(`the output directory "${output}" is inside "${input}": choose one outside it, or "${input}" itself`);
  }
  if (isInside(inRoot, outRoot)) {
    throw new UsageError(`the output directory "${output}" contains the input "${input}": choose one outside it, or "${input}" itself`);
  }
  if (outRoot !== inRoot && (await kind(output)) === 'file') {
    throw new UsageError(`"${output}" is a file: a directory input needs an output directory`);
  }
  return { inRoot, outRoot };
}

/** Renders every page of the site `input` into `output`, or in place; see `renderFiles`. */
async function renderSite(input: string, output: string, options: RenderOptions, report: FilesReport): Promise<void> {
  const { inRoot, outRoot } = await siteRoots(input, output);
  const inPlace = inRoot === outRoot;
  if (!inPlace) await mkdir(output, { recursive: true });

  /** Whether `to` (in the output) is safe to write: a symlink in an existing output could lead back into the input. */
  const outsideInput = async (to: string, label: string): Promise<boolean> => {
    const real = join(await realPathOf(dirname(to)), basename(to));
    if (real !== inRoot && !isInside(real, inRoot)) return true;
    report.skipped.push(`${label}: not written: a symlink in the output leads inside the input (${real})`);
    return false;
  };

  /** Renders, copies or reports one entry of the site. */
  const take = async ({ rel, type }: SiteEntry): Promise<void> => {
    const from = join(inRoot, rel);
    const to = join(outRoot, rel);
    const label = join(input, rel);
    const toLabel = join(output, rel);
    if (type === 'symlink') {
      if (isPage(rel)) report.notes.push(`${label} is a symbolic link: ${inPlace ? 'left as it is' : 'copied as a link'}, not rendered`);
      if (!inPlace && (await outsideInput(to, toLabel))) await copyLink(from, to);
    } else if (type === 'other') {
      report.skipped.push(`${label}: not ${inPlace ? 'rendered' : 'copied'}: not a file, folder or symbolic link`);
    } else if (type === 'directory') {
      // Every folder, empty ones too, so the copy is the whole site.
      if (!inPlace && (await outsideInput(to, toLabel))) await mkdir(to, { recursive: true });
    } else if (inPlace) {
      if (!isPage(rel)) return;
      const { bytes } = await renderOne(await readFile(from), label, 'left as it was', options, report);
      // A page with nothing to render is not written at all.
      if (!bytes) return;
      const page = await stat(from);
      await replaceFile(from, bytes, page.mode, page);
    } else if (await outsideInput(to, toLabel)) {
      if (!isPage(rel)) return copyFileSafely(from, to);
      const original = await readFile(from);
      const { bytes } = await renderOne(original, label, 'copied unchanged', options, report);
      await replaceFile(to, bytes ?? original, (await stat(from)).mode);
    }
  };

  for await (const entry of walk(inRoot)) {
    const label = join(input, entry.rel);
    if (entry.type === 'unreadable') {
      report.skipped.push(`${label}: not ${inPlace ? 'rendered' : 'copied'}: ${entry.why}`);
      continue;
    }
    try {
      await take(entry);
    } catch (e) {
      // A file the system refuses (unreadable, or a file in the output where
      // the input has a folder) is reported as a page that cannot be
      // rendered is: the rest of the site is still written.
      if (!(e as NodeJS.ErrnoException).code) throw e;
      report.skipped.push(`${label}: not ${inPlace ? 'rendered' : 'written'}: ${(e as Error).message}`);
    }
  }
}

/**
 * `input` a file: renders it to `output` (a file, or a directory to write it
 * into), or returns its bytes when `output` is empty. `input` a directory (a
 * built static site): renders every .html file below it into `output`,
 * copying everything else (symlinks as symlinks, empty folders too), so
 * `output` is the whole site; `output` may be `input` itself to render in
 * place. An output that holds the input, or lies inside it, is refused,
 * symlinks resolved.
 *
 * Every write goes to a temporary file renamed over the target, so an input
 * is only ever replaced when rendering in place, and whole. A page that
 * cannot be rendered is listed in `report.skipped`: copied unchanged into an
 * output, left as it was in place.
 */
export async function renderFiles(
  input: string,
  output: string,
  options: RenderOptions,
): Promise<{ report: FilesReport; bytes?: Uint8Array }> {
  const report: FilesReport = { files: 0, widgets: 0, warnings: 0, styleHashes: new Set(), skipped: [], notes: [] };
  const inKind = await kind(input);
  if (!inKind) throw new UsageError(`cannot read "${input}": no such file or directory`);

  if (inKind === 'directory') {
    if (!output) throw new UsageError(`"${input}" is a directory: give an output directory with -o (it may be "${input}" itself)`);
    await renderSite(input, output, options, report);
    return { report };
  }

  const original = await readFile(input);
  if (!output) {
    const { bytes } = await renderOne(original, input, 'written unchanged to standard output', options, report);
    return { report, bytes: bytes ?? original };
  }
  // A path ending in a slash names a folder, made if missing (a rename onto "out/" failed with ENOTDIR).
  const toFolder = /[\\/]$/.test(output) || (await kind(output)) === 'directory';
  const to = toFolder ? join(output, basename(input)) : output;
  if (await isStream(to)) {
    // Written into as it is: a stream has no old content to keep whole.
    const { bytes } = await renderOne(original, input, 'copied unchanged', options, report);
    await writeFile(to, bytes ?? original);
    return { report };
  }
  const inReal = await realpath(input);
  const page = await stat(input);
  if ((await realPathOf(to)) === inReal) {
    const { bytes } = await renderOne(original, input, 'left as it was', options, report);
    if (bytes) await replaceFile(inReal, bytes, page.mode, page);
  } else {
    const { bytes } = await renderOne(original, input, 'copied unchanged', options, report);
    await mkdir(dirname(to), { recursive: true });
    await replaceFile(to, bytes ?? original, page.mode);
  }
  return { report };
}
