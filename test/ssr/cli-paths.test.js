// `ms-widgets render` never writes over an input: an output that holds the
// input or lies inside it is refused by real path (symlinks resolved), a
// rendering in place replaces each file by a rename, and a site copy keeps
// symlinks and empty folders.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { DSD, scratch, WIDGET } from '../support/ssr/cli-scratch.js';

const s = scratch();
after(() => s.remove());

const PAGE = `<!doctype html><html lang="en"><body>${WIDGET}</body></html>\n`;

describe('an output that overlaps the input', () => {
  test('render site/blog -o site is refused and writes nothing', () => {
    s.write('nested/site/index.html', '<p>Home</p>');
    s.write('nested/site/blog/index.html', PAGE);
    const before = s.tree('nested');
    const { code, err } = s.run('render', 'nested/site/blog', '-o', 'nested/site');
    assert.equal(code, 1);
    assert.match(err, /the output directory "nested\/site" contains the input "nested\/site\/blog": choose one outside it, or "nested\/site\/blog" itself/);
    assert.deepEqual(s.tree('nested'), before);
    assert.equal(s.read('nested/site/index.html').toString(), '<p>Home</p>');
    assert.equal(s.read('nested/site/blog/index.html').toString(), PAGE);
  });

  test('an output folder that is a symlink into the input is refused and writes nothing', () => {
    s.write('linked/site/index.html', PAGE);
    mkdirSync(s.path('linked/site/generated'));
    symlinkSync('site/generated', s.path('linked/out'));
    const before = s.tree('linked/site');
    const { code, err } = s.run('render', 'linked/site', '-o', 'linked/out');
    assert.equal(code, 1);
    assert.match(err, /the output directory "linked\/out" is inside "linked\/site"/);
    assert.deepEqual(s.tree('linked/site'), before);
    assert.equal(s.read('linked/site/index.html').toString(), PAGE);
  });

  test('an output folder that is a symlink to the input itself renders in place', () => {
    s.write('self/site/index.html', PAGE);
    symlinkSync('site', s.path('self/out'));
    const { code, err } = s.run('render', 'self/site', '-o', 'self/out');
    assert.equal(code, 0, err);
    assert.ok(s.read('self/site/index.html').toString().includes(DSD));
    assert.deepEqual(s.tree('self/site'), ['index.html']);
  });

  test('a folder of an existing output that links into the input gets nothing written through it', () => {
    s.write('through/site/index.html', PAGE);
    s.write('through/site/blog/post.html', PAGE);
    mkdirSync(s.path('through/out'));
    symlinkSync('../site/blog', s.path('through/out/blog'));
    const { code, err } = s.run('render', 'through/site', '-o', 'through/out');
    assert.equal(code, 1);
    assert.match(err, /through\/out\/blog\/post\.html[^\n]* inside the input/);
    assert.equal(s.read('through/site/blog/post.html').toString(), PAGE, 'the input is untouched');
    assert.ok(s.read('through/out/index.html').toString().includes(DSD), 'the rest is written');
  });

  test('a single file whose output is a symlink to it renders in place and keeps the link', () => {
    s.write('one/page.html', PAGE);
    symlinkSync('page.html', s.path('one/link.html'));
    const { code, err } = s.run('render', 'one/page.html', '-o', 'one/link.html');
    assert.equal(code, 0, err);
    assert.ok(lstatSync(s.path('one/link.html')).isSymbolicLink());
    assert.ok(s.read('one/page.html').toString().includes(DSD));
  });

  test('a single file into the folder that holds it is in place', () => {
    s.write('here/page.html', PAGE);
    const { code, err } = s.run('render', 'here/page.html', '-o', 'here');
    assert.equal(code, 0, err);
    assert.deepEqual(s.tree('here'), ['page.html']);
    assert.ok(s.read('here/page.html').toString().includes(DSD));
  });
});

describe('rendering in place', () => {
  test('replaces each changed file by a rename: a new inode, the mode kept, no temporary file left', () => {
    const file = s.write('atomic/index.html', PAGE);
    s.write('atomic/plain.html', '<p>no widget</p>');
    chmodSync(file, 0o640);
    const before = statSync(file);
    const plainBefore = statSync(s.path('atomic/plain.html'));
    const { code, err } = s.run('render', 'atomic', '-o', 'atomic');
    assert.equal(code, 0, err);
    const after = statSync(file);
    assert.notEqual(after.ino, before.ino, 'written to a new file, then renamed over the page');
    assert.equal(after.mode & 0o7777, 0o640);
    assert.ok(s.read('atomic/index.html').toString().includes(DSD));
    assert.deepEqual(s.tree('atomic'), ['index.html', 'plain.html']);
    const plainAfter = statSync(s.path('atomic/plain.html'));
    assert.equal(plainAfter.ino, plainBefore.ino, 'a page with nothing to render is not written at all');
    assert.equal(plainAfter.mtimeMs, plainBefore.mtimeMs);
  });

  // Root's rename would hand the page to root (CI runs as root; anyone
  // else's pages are theirs already, so there the check holds trivially).
  test('keeps each page\'s owner and group, a site and a single file', () => {
    const pages = ['owned/site/index.html', 'owned/one.html'].map((name) => s.write(name, PAGE));
    const owner = process.getuid() === 0 ? { uid: 65534, gid: 65534 } : { uid: process.getuid(), gid: process.getgid() };
    for (const page of pages) {
      chownSync(page, owner.uid, owner.gid);
      chmodSync(page, 0o640);
    }
    for (const [input, output] of [['owned/site', 'owned/site'], ['owned/one.html', 'owned/one.html']]) {
      const { code, err } = s.run('render', input, '-o', output);
      assert.equal(code, 0, err);
    }
    for (const page of pages) {
      const after = statSync(page);
      assert.ok(readFileSync(page).toString().includes(DSD), `${page} rendered`);
      assert.deepEqual({ uid: after.uid, gid: after.gid, mode: after.mode & 0o7777 }, { ...owner, mode: 0o640 }, page);
    }
  });

  test('a single file in place, too', () => {
    const file = s.write('atomic-one.html', PAGE);
    const before = statSync(file);
    assert.equal(s.run('render', 'atomic-one.html', '-o', 'atomic-one.html').code, 0);
    assert.notEqual(statSync(file).ino, before.ino);
    assert.ok(s.read('atomic-one.html').toString().includes(DSD));
  });
});

describe('a site copy', () => {
  test('keeps symlinks as links with the same target, and empty folders', () => {
    s.write('links/site/index.html', PAGE);
    s.write('links/site/css/site.css', 'body { color: red }');
    mkdirSync(s.path('links/site/empty/deeper'), { recursive: true });
    symlinkSync('css/site.css', s.path('links/site/theme.css'));
    symlinkSync('css', s.path('links/site/styles'));
    symlinkSync('index.html', s.path('links/site/home.html'));
    symlinkSync('/nonexistent/outside', s.path('links/site/outside'));
    const { code, err } = s.run('render', 'links/site', '-o', 'links/out');
    assert.equal(code, 0, err);
    assert.deepEqual(s.tree('links/out'), s.tree('links/site'));
    for (const [link, target] of [
      ['theme.css', 'css/site.css'],
      ['styles', 'css'],
      ['home.html', 'index.html'],
      ['outside', '/nonexistent/outside'],
    ]) {
      assert.ok(lstatSync(s.path(`links/out/${link}`)).isSymbolicLink(), `${link} is a link`);
      assert.equal(readlinkSync(s.path(`links/out/${link}`)), target);
    }
    assert.ok(statSync(s.path('links/out/empty/deeper')).isDirectory());
    assert.ok(s.read('links/out/home.html').toString().includes(DSD), 'the link points at the rendered copy');
    assert.match(err, /links\/site\/home\.html is a symbolic link: copied as a link, not rendered/);
  });

  test('in place, a symlinked page is not followed: its target outside the site is untouched', () => {
    s.write('outside-target.html', PAGE);
    s.write('follow/index.html', '<p>home</p>');
    symlinkSync('../outside-target.html', s.path('follow/linked.html'));
    const { code, err } = s.run('render', 'follow', '-o', 'follow');
    assert.equal(code, 0, err);
    assert.equal(s.read('outside-target.html').toString(), PAGE);
    assert.ok(lstatSync(s.path('follow/linked.html')).isSymbolicLink());
    assert.equal(existsSync(s.path('follow/linked.html')), true);
  });
});

// A device, a pipe or the process's own standard output is a stream the user
// named: rendering a file and renaming it over the name would replace the
// device or the link (as root, `-o /dev/null` left a regular file in /dev).
// Not tested on /dev itself: a regression would break the machine's.
describe('an output that is a stream', () => {
  test('a named pipe, and a symlink to it, are written into and stay what they are', async () => {
    s.write('stream/page.html', PAGE);
    execFileSync('mkfifo', [s.path('stream/pipe')]);
    symlinkSync('pipe', s.path('stream/to-pipe'));
    for (const out of ['stream/pipe', 'stream/to-pipe']) {
      const reader = spawn('cat', [s.path('stream/pipe')]);
      const chunks = [];
      reader.stdout.on('data', (chunk) => chunks.push(chunk));
      const read = new Promise((done) => reader.on('close', done));
      // Run while `cat` holds the pipe open: spawnSync would block this thread, so the CLI runs in its own.
      const { code, err } = await new Promise((done) => {
        const cli = spawn(process.execPath, [s.cliPath, 'render', 'stream/page.html', '-o', out], { cwd: s.dir });
        let stderr = '';
        cli.stderr.on('data', (chunk) => (stderr += chunk));
        cli.on('close', (status) => done({ code: status, err: stderr }));
      });
      // A CLI that never opened the pipe left `cat` waiting for a writer.
      const stuck = setTimeout(() => reader.kill(), 5000);
      await read;
      clearTimeout(stuck);
      assert.equal(code, 0, err);
      assert.ok(Buffer.concat(chunks).toString().includes(DSD), `${out}: the rendered page came through the pipe`);
      assert.ok(lstatSync(s.path('stream/pipe')).isFIFO(), `${out}: the pipe is still a pipe`);
      assert.ok(lstatSync(s.path('stream/to-pipe')).isSymbolicLink(), `${out}: the link is still a link`);
    }
    assert.deepEqual(s.tree('stream'), ['stream/page.html', 'stream/pipe', 'stream/to-pipe'].map((p) => p.slice('stream/'.length)));
  });

  test("a link to the process's own standard output (as /dev/stdout is) writes there, and stays a link", () => {
    s.write('stdout/page.html', PAGE);
    symlinkSync('/proc/self/fd/1', s.path('stdout/out.html'));
    // Standard output a regular file, as `ms-widgets … -o /dev/stdout > page.html` makes it.
    const fd = openSync(s.path('stdout/captured.html'), 'w');
    try {
      const r = spawnSync(process.execPath, [s.cliPath, 'render', 'stdout/page.html', '-o', 'stdout/out.html'], { cwd: s.dir, stdio: ['ignore', fd, 'pipe'] });
      assert.equal(r.status, 0, r.stderr.toString());
    } finally {
      closeSync(fd);
    }
    assert.ok(lstatSync(s.path('stdout/out.html')).isSymbolicLink(), 'the link is still a link');
    assert.equal(readlinkSync(s.path('stdout/out.html')), '/proc/self/fd/1');
    assert.ok(readFileSync(s.path('stdout/captured.html')).toString().includes(DSD), 'the page reached standard output');
  });
});
