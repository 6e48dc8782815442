// `npm start` (site/start.js): a taken or wrong port ends it with one line
// and exit code 1, never a stack trace; and a change to a watched file
// rebuilds the site it serves at the URL it prints. The watch test runs a
// scratch copy of the repository (dist/ and node_modules/ linked in), so no
// file of the repository itself is changed. Run `npm run build` first.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stepsFor, stepsForAll } from '../../site/dev/plan.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const START = join(ROOT, 'site/start.js');

/** site/start.js run to its end; PORT as given. */
const startOnce = (port) =>
  spawnSync(process.execPath, [START], { cwd: ROOT, encoding: 'utf8', timeout: 30_000, env: { ...process.env, PORT: port } });

test('a taken port: one line naming the port and what to do, exit code 1, no stack trace', async () => {
  const holder = createServer();
  await new Promise((done) => holder.listen(0, '127.0.0.1', done));
  const { port } = holder.address();
  try {
    const r = startOnce(String(port));
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`^start: port ${port} is in use: stop what uses it, or choose another, e\\.g\\. PORT=\\d+ npm start\\n$`));
  } finally {
    holder.close();
  }
});

test('a PORT that is not a port: one line, exit code 1', () => {
  for (const value of ['eighty', '70000', '-1']) {
    const r = startOnce(value);
    assert.equal(r.status, 1, value);
    assert.equal(r.stderr, `start: PORT "${value}" is not a port: give a whole number from 1 to 65535 (0: any free port)\n`);
  }
});

test('what a change rebuilds: the package and the site for the elements, their words and the build steps, the site for its own sources, nothing for what a build writes', () => {
  assert.deepEqual(stepsFor('src/components/section/section.ts'), ['package', 'site']);
  assert.deepEqual(stepsFor('content/en.json'), ['package', 'site']);
  assert.deepEqual(stepsFor('scripts/build/gen-content.js'), ['package', 'site']);
  assert.deepEqual(stepsFor('scripts/tools/screenshot.js'), []);
  assert.deepEqual(stepsFor('site/get-code/snippets.js'), ['site']);
  assert.deepEqual(stepsFor('demo/blog.html'), ['site']);
  assert.deepEqual(stepsFor('src/content/en.generated.ts'), []);
  assert.deepEqual(stepsFor('src/react/ms-section.ts'), []);
  assert.deepEqual(stepsFor('demo/ssr/site/index.html'), []);
  assert.deepEqual(stepsFor('demo/.blog.html.swp'), []);
  assert.deepEqual(stepsForAll(['demo/blog.html', 'src/index.ts']), ['package', 'site']);
});

let scratch;
let child;
after(() => {
  // The whole process group: start.js and any build it is running.
  if (child?.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Resolves with the first match of `pattern` in what `stream` prints from now on; rejects after `ms`. */
function waitFor(stream, pattern, ms, what) {
  return new Promise((done, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`no ${what} within ${ms} ms; printed:\n${seen}`)), ms);
    const read = (chunk) => {
      seen += chunk;
      const match = seen.match(pattern);
      if (match) {
        clearTimeout(timer);
        stream.off('data', read);
        done(match);
      }
    };
    stream.on('data', read);
  });
}

test('a change to a watched file rebuilds the site at the URL printed', async () => {
  scratch = mkdtempSync(join(tmpdir(), 'ms-start-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && existsSync(join(ROOT, f)));
  for (const file of files) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(scratch, file));
  }
  // What the build made and the tools: linked, never copied or changed.
  for (const name of ['node_modules', 'dist']) symlinkSync(join(ROOT, name), join(scratch, name));
  cpSync(join(ROOT, 'custom-elements.json'), join(scratch, 'custom-elements.json'));

  child = spawn(process.execPath, [join(scratch, 'site/start.js')], {
    cwd: scratch,
    detached: true,
    env: { ...process.env, PORT: '0', SITE_STORYBOOK: '' },
  });
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const [, origin] = await waitFor(child.stdout, /open (http:\/\/127\.0\.0\.1:\d+)\/ /, 120_000, 'URL');
  const page = `${origin}/demo/blog.html`;
  const before = await fetch(page);
  assert.equal(before.status, 200, page);
  const marker = `<!-- changed by the start test ${process.pid} -->`;
  assert.ok(!(await before.text()).includes(marker));

  const rebuilt = waitFor(child.stdout, /start: rebuilt in [\d.]+ s/, 120_000, 'rebuild');
  const demo = join(scratch, 'demo/blog.html');
  writeFileSync(demo, readFileSync(demo, 'utf8').replace('</body>', `${marker}\n</body>`));
  await rebuilt;
  assert.ok((await (await fetch(page)).text()).includes(marker), 'the served page has the change');
  assert.equal(errors, '', 'nothing on standard error');
  assert.equal(child.exitCode, null, 'still serving');
});
