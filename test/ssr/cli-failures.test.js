// A page the renderer fails on does not stop a directory run: it is
// reported with its path and reason, copied unchanged (or left as it was in
// place), every other page is written, and the run exits 1. Standard output
// that cannot take the page, and names as long as the file system allows,
// are said in one line or written, never a stack trace.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { DSD, scratch, WIDGET } from '../support/ssr/cli-scratch.js';

const s = scratch();
after(() => s.remove());

// 5,000 unclosed <div>s around a widget: deep enough to have overflowed the
// stack of a recursive walk. Once the walk is iterative it renders; either
// way the other two pages are written and nothing is dropped.
const DEEP = `<!doctype html><body>${'<div>'.repeat(5000)}${WIDGET}</body>`;
const PAGES = {
  'a.html': `<p>a</p>${WIDGET}`,
  'deep.html': DEEP,
  'z.html': `<p>z</p>${WIDGET}`,
};

for (const inPlace of [false, true]) {
  test(`5,000-deep nesting in a site of three files (${inPlace ? 'in place' : 'into a copy'})`, () => {
    const root = inPlace ? 'deep-in-place' : 'deep/site';
    const out = inPlace ? root : 'deep/out';
    for (const [name, html] of Object.entries(PAGES)) s.write(`${root}/${name}`, html);
    const { code, err } = s.run('render', root, '-o', out);
    for (const name of ['a.html', 'z.html']) assert.ok(s.read(`${out}/${name}`).toString().includes(DSD), `${name} is rendered`);
    const deep = s.read(`${out}/deep.html`).toString();
    if (deep.includes(DSD)) {
      assert.equal(code, 0, err);
      assert.match(err, /rendered 3 widget\(s\) in 3 file\(s\)/);
    } else {
      assert.equal(deep, DEEP, 'not rendered, so kept as it was');
      assert.equal(code, 1);
      assert.match(err, new RegExp(`${root}/deep\\.html: not rendered: could not be rendered \\(`));
      assert.match(err, /rendered 2 widget\(s\) in 2 file\(s\)/);
      assert.match(err, /1 file\(s\) not rendered/);
    }
  });
}

// Standard output that cannot take the page: the run says so in one line and
// exits 1, with no stack trace (Node's own "Unhandled 'error' event" before).
test('standard output on a full disk: one line naming ENOSPC, exit 1', () => {
  s.write('out/page.html', `<p>page</p>${WIDGET}`);
  const full = openSync('/dev/full', 'w');
  try {
    const r = spawnSync(process.execPath, [s.cliPath, 'render', 'out/page.html'], { cwd: s.dir, stdio: ['ignore', full, 'pipe'] });
    const err = r.stderr.toString();
    assert.equal(r.status, 1, err);
    assert.match(err, /^ms-widgets: the page could not be written to standard output \(ENOSPC[^\n]*\)\n$/);
  } finally {
    closeSync(full);
  }
});

test('a reader that goes away (| head): one line naming EPIPE, exit 1', async () => {
  s.write('out/big.html', `<p>page</p>${WIDGET.repeat(200)}`);
  const cli = spawn(process.execPath, [s.cliPath, 'render', 'out/big.html'], { cwd: s.dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  cli.stderr.on('data', (chunk) => (err += chunk));
  // Read a little, then close the pipe, as `head -c 10` does.
  cli.stdout.once('data', () => cli.stdout.destroy());
  const code = await new Promise((done) => cli.on('close', done));
  assert.equal(code, 1, err);
  assert.match(err, /^ms-widgets: the page could not be written to standard output \([^)\n]*EPIPE[^)\n]*\)\n$/);
  assert.doesNotMatch(err, /\n\s+at /, 'no stack trace');
});

// The temporary file beside each output once took the page's own name and
// a suffix: a name as long as the file system allows had no room for it.
test('a page whose name is as long as the file system allows (255 bytes) is written, into a copy and in place', () => {
  const long = `${'页'.repeat(83)}.html`;
  assert.equal(Buffer.byteLength(long), 254);
  s.write(`long/site/${long}`, `<p>long</p>${WIDGET}`);
  s.write('long/site/z.html', `<p>z</p>${WIDGET}`);
  const copy = s.run('render', 'long/site', '-o', 'long/out');
  assert.equal(copy.code, 0, copy.err);
  for (const name of [long, 'z.html']) assert.ok(s.read(`long/out/${name}`).toString().includes(DSD), `${name} rendered into the copy`);
  const inPlace = s.run('render', 'long/site', '-o', 'long/site');
  assert.equal(inPlace.code, 0, inPlace.err);
  assert.ok(s.read(`long/site/${long}`).toString().includes(DSD), 'rendered in place');
  assert.deepEqual(s.tree('long/site'), [long, 'z.html'].sort(), 'no temporary file left');
});

// A file the system refuses stops no site run: it is named, the rest is
// written, and the run exits 1. (Unreadable files cannot be made as root,
// which CI is: a name that is not UTF-8 and a clash in the output can.)
for (const inPlace of [false, true]) {
  test(`a name that is not UTF-8 is named and skipped; the rest of the site is written (${inPlace ? 'in place' : 'into a copy'})`, () => {
    const root = inPlace ? 'latin1-in-place' : 'latin1/site';
    const out = inPlace ? root : 'latin1/out';
    for (const name of ['a.html', 'z/d.html']) s.write(`${root}/${name}`, `<p>${name}</p>${WIDGET}`);
    // "bé.html" as windows-1252 writes it: é is the single byte 0xE9.
    writeFileSync(Buffer.concat([Buffer.from(s.path(`${root}/b`)), Buffer.from([0xe9]), Buffer.from('.html')]), `<p>b</p>${WIDGET}`);
    const { code, err } = s.run('render', root, '-o', out);
    assert.equal(code, 1, err);
    assert.match(err, new RegExp(`${root}/b\\uFFFD\\.html: not ${inPlace ? 'rendered' : 'copied'}: its name is not valid UTF-8`));
    for (const name of ['a.html', 'z/d.html']) assert.ok(s.read(`${out}/${name}`).toString().includes(DSD), `${name} is rendered`);
  });
}

test('a file in the output where the input has a folder is named; the rest of the site is written', () => {
  s.write('clash/site/a.html', `<p>a</p>${WIDGET}`);
  s.write('clash/site/sub/b.html', `<p>b</p>${WIDGET}`);
  s.write('clash/site/z.html', `<p>z</p>${WIDGET}`);
  s.write('clash/out/sub', 'a file, not a folder');
  const { code, err } = s.run('render', 'clash/site', '-o', 'clash/out');
  assert.equal(code, 1, err);
  assert.match(err, /clash\/site\/sub: not written: EEXIST/);
  assert.match(err, /clash\/site\/sub\/b\.html: not written: ENOTDIR/);
  for (const name of ['a.html', 'z.html']) assert.ok(s.read(`clash/out/${name}`).toString().includes(DSD), `${name} is rendered`);
  assert.equal(s.read('clash/out/sub').toString(), 'a file, not a folder', 'the file in the way is left as it was');
});

// A page's bad attribute value is echoed in its warning: control characters
// in it (a terminal's escape sequences, a line break that would forge a line
// of the CLI's own) are printed as escapes, each warning one line.
test('warnings print control characters from the page as escapes, one line each', () => {
  s.write('ansi/page.html', '<ms-disclaimer heading-level="\x1b[31mRED\x1b]0;pwned\x07" reviewed="x\nms-widgets: rendered 9 widget(s)"></ms-disclaimer>');
  const { code, err } = s.run('render', 'ansi/page.html', '-o', 'ansi/out.html');
  assert.equal(code, 0, err);
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  assert.doesNotMatch(err, /[\x00-\x09\x0b-\x1f]/, 'no control character but the line ends');
  const lines = err.trimEnd().split('\n');
  assert.equal(lines.filter((l) => l.includes('heading-level')).length, 1);
  assert.ok(lines.some((l) => l.includes('"\\u001b[31mRED\\u001b]0;pwned\\u0007"')), lines.join('\n'));
  assert.equal(lines.filter((l) => l.startsWith('ms-widgets: rendered')).length, 1, 'the page forged no line of its own');
});

// renderPage's 16 MiB cap is for a server rendering what it is sent; the CLI
// renders the user's own files (its message once advised an option it lacks).
test('a page over 16 MiB renders: the CLI has no output cap', () => {
  const paragraphs = '<p>A long page of the site\u2019s own text.</p>\n'.repeat(420_000);
  s.write('big/page.html', `<!doctype html><body>${paragraphs}${WIDGET}</body>`);
  assert.ok(s.read('big/page.html').length > 16 * 2 ** 20);
  const { code, err } = s.run('render', 'big/page.html', '-o', 'big/out.html');
  assert.equal(code, 0, err);
  assert.ok(s.read('big/out.html').toString().includes(DSD));
});

// A site run is one process: the warnings said once per tag or language
// (as a long-running server says them) are said again for each page, so
// each page with the problem is named.
test('a typo or a language without a pack on several pages of a site: each page is named', () => {
  for (const name of ['a.html', 'b.html']) s.write(`typos/site/${name}`, `<ms-sectoin></ms-sectoin><div lang="fr">${WIDGET}</div>`);
  const { code, err } = s.run('render', 'typos/site', '-o', 'typos/out');
  assert.equal(code, 0, err);
  for (const name of ['a.html', 'b.html']) {
    assert.match(err, new RegExp(`typos/site/${name}: <ms-sectoin> is not an ms-stem-cell-widgets element`));
    assert.match(err, new RegExp(`typos/site/${name}: <ms-disclaimer> lang: no content pack for "fr"`));
  }
});

// An XHTML page is parsed as XML, where a declarative shadow root is only a
// template, and the renderer's HTML is not well-formed XML: rendered, the
// page showed an XML error instead of itself.
test('an XHTML page is named and copied unchanged, not broken', () => {
  const page = '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body><ms-disclaimer/></body></html>\n';
  s.write('xml/page.xhtml', page);
  const { code, err } = s.run('render', 'xml/page.xhtml', '-o', 'xml/out.xhtml');
  assert.equal(code, 1, err);
  assert.match(err, /xml\/page\.xhtml: not rendered: an XHTML page is read as XML, where declarative shadow DOM does not apply/);
  assert.equal(s.read('xml/out.xhtml').toString(), page);
});
