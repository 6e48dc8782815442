// A fresh scratch folder for the CLI tests, and `ms-widgets` run in it as the
// package's bin runs: files are bytes here, because the point of these tests
// is that every byte the CLI does not render comes back as it was.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'dist/ssr/cli.js');

/** What every rendered widget holds. */
export const DSD = 'shadowrootmode="open"';
export const WIDGET = '<ms-disclaimer reviewed="2026-11-25"></ms-disclaimer>';

export function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'ms-widgets-cli-'));
  const path = (name) => join(dir, name);
  return {
    dir,
    path,
    /** The CLI, for a test that runs it its own way. */
    cliPath: CLI,
    /** Runs the CLI in the scratch folder; standard output as bytes, standard error as text. */
    run: (...args) => {
      const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir });
      return { code: r.status, out: r.stdout, err: r.stderr.toString('utf8') };
    },
    write: (name, content) => {
      mkdirSync(dirname(path(name)), { recursive: true });
      writeFileSync(path(name), content);
      return path(name);
    },
    read: (name) => readFileSync(path(name)),
    /** Every entry below `name`, sorted, as "a/b.html" (folders end in "/"). */
    tree: (name = '.') => listTree(path(name)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function listTree(root, prefix = '') {
  const entries = [];
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) entries.push(`${rel}/`, ...listTree(root, rel));
    else entries.push(rel);
  }
  return entries.sort();
}

/**
 * `bytes` is `before + (something) + after`: every byte before and after the
 * widget came back as it was. Returns the bytes in between.
 */
export function between(bytes, before, after) {
  const head = bytes.subarray(0, before.length);
  const tail = bytes.subarray(bytes.length - after.length);
  if (!head.equals(before)) throw new Error(`the bytes before the widget changed:\n${hex(head)}\nwanted\n${hex(before)}`);
  if (!tail.equals(after)) throw new Error(`the bytes after the widget changed:\n${hex(tail)}\nwanted\n${hex(after)}`);
  return bytes.subarray(before.length, bytes.length - after.length);
}

const hex = (bytes) => bytes.subarray(0, 200).toString('hex').replace(/(..)/g, '$1 ');
