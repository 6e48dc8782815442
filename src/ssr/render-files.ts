/// <reference types="node" />
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { renderPage, type RenderOptions } from './render.js';

/** A problem the user can fix (a missing file, a bad path): reported without a stack trace. */
export class UsageError extends Error {}

export interface FilesReport {
  files: number;
  widgets: number;
  warnings: number;
  /** The `style-src` hashes of every rendered widget's inline styles, across all files. */
  styleHashes: Set<string>;
}

const HTML = new Set(['.html', '.htm']);

/**
 * Renders one page, with every warning prefixed by the file it came from:
 * in a site of a hundred pages, "<ms-section> name: …" alone says too little.
 */
async function renderFile(from: string, to: string, label: string, options: RenderOptions, report: FilesReport): Promise<string> {
  const source = await readFile(from, 'utf8');
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    report.warnings++;
    warn(`${label}:`, ...args);
  };
  let html: string;
  try {
    const page = renderPage(source, options);
    report.widgets += page.rendered;
    page.styleHashes.forEach((h) => report.styleHashes.add(h));
    html = page.html;
  } finally {
    console.warn = warn;
  }
  report.files++;
  if (to) {
    await mkdir(dirname(to), { recursive: true });
    await writeFile(to, html);
  }
  return html;
}

async function kind(path: string): Promise<'file' | 'directory' | undefined> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'directory' : 'file';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * `input` a file: renders it to `output` (a file, or a directory to write it
 * into), or returns the HTML when `output` is empty. `input` a directory (a
 * built static site): renders every .html file below it into `output`,
 * copying everything else, so `output` is the whole site; `output` may be
 * `input` itself to render in place.
 */
export async function renderFiles(
  input: string,
  output: string,
  options: RenderOptions,
): Promise<{ report: FilesReport; html?: string }> {
  const report: FilesReport = { files: 0, widgets: 0, warnings: 0, styleHashes: new Set() };
  const inKind = await kind(input);
  if (!inKind) throw new UsageError(`cannot read "${input}": no such file or directory`);

  if (inKind === 'file') {
    let to = output;
    if (to && (await kind(to)) === 'directory') to = join(to, input.split(sep).pop() ?? 'index.html');
    if (to && resolve(to) === resolve(input)) to = input;
    const html = await renderFile(input, to, input, options, report);
    return { report, html: to ? undefined : html };
  }

  if (!output) throw new UsageError(`"${input}" is a directory: give an output directory with -o (it may be "${input}" itself)`);
  const inRoot = resolve(input);
  const outRoot = resolve(output);
  if (outRoot !== inRoot && (outRoot + sep).startsWith(inRoot + sep)) {
    throw new UsageError(`the output directory "${output}" is inside "${input}": choose one outside it, or "${input}" itself`);
  }
  if ((await kind(output)) === 'file') throw new UsageError(`"${output}" is a file: a directory input needs an output directory`);
  for await (const from of walk(inRoot)) {
    const rel = relative(inRoot, from);
    const to = join(outRoot, rel);
    if (HTML.has(extname(from).toLowerCase())) {
      await renderFile(from, to, join(input, rel), options, report);
    } else if (outRoot !== inRoot) {
      await mkdir(dirname(to), { recursive: true });
      await copyFile(from, to);
    }
  }
  return { report };
}
