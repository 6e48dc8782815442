#!/usr/bin/env node
/// <reference types="node" />
/**
 * `ms-widgets`: the command-line face of `renderWidgets`. Exit codes: 0 done,
 * 1 failed (missing file, unreadable pack, a page not rendered, warnings
 * under --strict), 2 the command line itself is wrong.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { registerContent } from '../content/registry.js';
import { printable } from './printable.js';
import { renderFiles, UsageError } from './render-files.js';

const HELP = `Usage: ms-widgets render <input> [-o <output>] [options]

Server-renders every <ms-*> widget of ms-stem-cell-widgets into declarative
shadow DOM, so the page shows the article before (and without) JavaScript.
Load dist/cdn/ms-widgets-hydrate-loader.js on the page (it loads
ms-widgets-hydrate.js after the first frame) to make the widgets
interactive without re-rendering them: by default each one waits until the
reader needs it (interaction, scrolled into view, or idle time).

  <input>                an HTML file, or a directory: every .html file below it
                         is rendered, as in a built static site

Options:
  -o, --out <path>       for a file: the output file, or a folder to write it
                         into (a path ending in / is one); - or none: standard output
                         for a directory: the output directory, which receives
                         the whole site; it may be <input> itself (in place)
  --lang <tag>           language of widgets with no lang attribute on or
                         around them, e.g. in a fragment (default: en)
  --content <tag>=<file> register a content pack (JSON) for a language before
                         rendering, as registerContent() does; repeatable
  --no-structured-data   do not write the schema.org MedicalWebPage (JSON-LD)
                         that pages with <ms-article> get before </head>
  --hydrate <when>       defer (default): mark each widget defer-hydration, so
                         the hydrate file wakes it when the reader needs it;
                         eager: every widget hydrates as soon as the script runs
  --strict               exit 1 if any widget warned about bad input
  --style-hashes         print, on standard error, the style-src sources
                         ('sha256-…') that a Content-Security-Policy without
                         'unsafe-inline' needs for the widgets' inline styles
  -h, --help             show this help
  -v, --version          show the version

Warnings about bad attribute values go to standard error, one per problem,
worded as in the browser; the widget renders what is valid.

Each page is read in its own encoding (byte-order mark, <meta charset>, else
UTF-8) and written back in it: every byte outside the widgets is kept. A page
that cannot be written back exactly, or that the renderer fails on, is named
on standard error with the reason, copied unchanged (left as it was when
rendering in place), and the run exits 1 once the rest is written; so is a
file the file system refuses, or whose name is not UTF-8 (not copied). The output
may not contain the input or lie inside it; symlinks are copied as links.

Examples:
  npx ms-stem-cell-widgets render page.html -o page.ssr.html
  npx ms-stem-cell-widgets render _site -o _site`;

/**
 * Writes the page to standard output; resolves to why it could not be, when
 * it could not: a reader that went away (`| head`: EPIPE), a full disk
 * (ENOSPC), a closed descriptor. Unhandled, such an error ended the process
 * with a stack trace, or not at all, with exit code 0 and the page lost.
 */
function writeToStandardOutput(bytes: Uint8Array): Promise<Error | undefined> {
  return new Promise((done) => {
    process.stdout.on('error', done);
    process.stdout.write(bytes, (error) => done(error ?? undefined));
  });
}

const fail = (message: string, code: number): number => {
  console.error(printable(`ms-widgets: ${message}`));
  if (code === 2) console.error('Run "ms-widgets --help" for usage.');
  return code;
};

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** A language tag as pages write `lang` (BCP 47's shape): `fr`, `pt-BR`; not `fr_FR` or `*`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** What is wrong with the --content values, if anything: the command line itself. */
function badPackSpec(specs: string[]): string | undefined {
  for (const spec of specs) {
    const at = spec.indexOf('=');
    if (at < 1 || at === spec.length - 1) return `--content needs <tag>=<file.json>, got "${spec}"`;
    const tag = spec.slice(0, at);
    if (!LANGUAGE_TAG.test(tag)) return `--content ${spec}: "${tag}" is not a language tag such as "fr" or "pt-BR" (pages name languages so, and the widgets match their lang by it)`;
  }
  return undefined;
}

/** Reads and registers each --content pack; a rejected pack names its bad field. */
async function registerPacks(specs: string[]): Promise<void> {
  for (const spec of specs) {
    const at = spec.indexOf('=');
    const file = spec.slice(at + 1);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (e) {
      throw new UsageError(`cannot read the content pack "${file}" (${(e as Error).message})`);
    }
    let text: string;
    try {
      // JSON is UTF-8 (RFC 8259); a byte-order mark, as Windows editors write
      // one, is dropped. Other bytes would have become U+FFFD on the page.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new UsageError(`the content pack "${file}" is not valid UTF-8: save it as UTF-8, as JSON must be`);
    }
    let pack: unknown;
    try {
      pack = JSON.parse(text);
    } catch (e) {
      throw new UsageError(`the content pack "${file}" is not valid JSON: ${(e as Error).message}`);
    }
    try {
      registerContent(spec.slice(0, at), pack);
    } catch (e) {
      throw new UsageError(`${file}: ${(e as Error).message}`);
    }
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        hydrate: { type: 'string' },
        content: { type: 'string', multiple: true },
        strict: { type: 'boolean' },
        'style-hashes': { type: 'boolean' },
        'no-structured-data': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return fail((e as Error).message, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.version) {
    console.log(await version());
    return 0;
  }
  const [command, input, ...extra] = positionals;
  if (!command) return fail('no command given: use "ms-widgets render <input> -o <output>"', 2);
  if (command !== 'render') return fail(`unknown command "${command}": the only command is "render"`, 2);
  if (!input) return fail('render needs an input file or directory', 2);
  if (extra.length) return fail(`unexpected argument "${extra[0]}" (one input at a time; the output goes after -o)`, 2);
  const hydrate = values.hydrate ?? 'defer';
  if (hydrate !== 'defer' && hydrate !== 'eager') return fail(`--hydrate must be "defer" or "eager", got "${hydrate}"`, 2);

  const badSpec = badPackSpec(values.content ?? []);
  if (badSpec !== undefined) return fail(badSpec, 2);

  try {
    await registerPacks(values.content ?? []);
    // `-o -` is standard output, as most tools read it, not a file named "-".
    const out = values.out === '-' ? '' : (values.out ?? '');
    const { report, bytes } = await renderFiles(input, out, {
      lang: values.lang,
      structuredData: !values['no-structured-data'],
      hydrate,
      // The cap guards a server rendering pages it is sent; the CLI renders
      // the user's own files, which it has read whole already.
      maxOutputBytes: Infinity,
    });
    const unwritten = bytes === undefined ? undefined : await writeToStandardOutput(bytes);
    if (unwritten) return fail(`the page could not be written to standard output (${unwritten.message})`, 1);
    // Standard error: standard output may be the page itself.
    for (const line of [...report.notes, ...report.skipped]) console.error(printable(`ms-widgets: ${line}`));
    if (bytes === undefined) console.error(printable(`ms-widgets: rendered ${report.widgets} widget(s) in ${report.files} file(s) into ${values.out}`));
    if (values['style-hashes']) console.error(`ms-widgets: style-src ${[...report.styleHashes].sort().join(' ')}`);
    if (report.skipped.length) return fail(`${report.skipped.length} file(s) not rendered or not written, see above`, 1);
    if (values.strict && report.warnings > 0) return fail(`${report.warnings} warning(s) under --strict`, 1);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message, 1);
    // A file system error ("EACCES: permission denied, open 'out/x.html'") says all there is to say.
    if ((e as NodeJS.ErrnoException).code) return fail((e as Error).message, 1);
    return fail(String((e as Error).stack ?? e), 1);
  }
}

process.exitCode = await main(process.argv.slice(2));
