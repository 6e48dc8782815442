// `npm start` (after `npm run build`): serves the site at http://127.0.0.1:PORT/ and rebuilds it when the sources change.
//
// PORT picks the port (default 8000, 0 for any free one); a taken port ends the run with one
// line and exit code 1. The site is built into _site/ (the Get code page at
// /, the demos at /demo/). A change under src/, content/ or scripts/build/
// rebuilds the package (`npm run build`) and then the site; a change under site/ or demo/
// rebuilds the site alone (site/dev/plan.js). SITE_STORYBOOK=1 adds the
// Storybook build, which takes minutes, and watches stories/ too; without it
// `npm run storybook` is the live loop for stories.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../scripts/tools/static-server.js';
import { stepsForAll, watchedFolders } from './dev/plan.js';
import { watchFolders } from './dev/watch.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const HOST = '127.0.0.1';
const storybook = process.env.SITE_STORYBOOK === '1';

const stop = (message) => {
  console.error(`start: ${message}`);
  process.exit(1);
};

// PORT=0 takes any free port (the tests do); the URL printed is then the one it got.
const port = Number(process.env.PORT || 8000);
if (!/^\d*$/.test(process.env.PORT ?? '') || port > 65535) stop(`PORT "${process.env.PORT}" is not a port: give a whole number from 1 to 65535 (0: any free port)`);
if (!existsSync(join(ROOT, 'dist/cdn/integrity.json'))) stop('dist/ is not built: run `npm start` (it builds first) or `npm run build`');

/** Runs a build step in a child process (fresh modules each time); resolves to whether it succeeded. */
function run(command, args, env = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(`start: ${command}: ${error.message}`);
      done(false);
    });
    child.on('exit', (code) => done(code === 0));
  });
}

let origin;
const steps = {
  package: () => run('npm', ['run', '--silent', 'build']),
  site: () =>
    run(process.execPath, [join(ROOT, 'site/build/index.js')], {
      SITE_OUT: join(ROOT, '_site'),
      SITE_URL: origin,
      SITE_STORYBOOK: storybook ? '1' : '0',
    }),
};

/** Runs the steps in order, stopping at the first that fails. */
async function build(names) {
  const started = performance.now();
  for (const name of names) {
    if (!(await steps[name]())) return { ok: false, failed: name };
  }
  return { ok: true, seconds: (performance.now() - started) / 1000 };
}

// The port first: when it is taken, say so before spending time on a build.
try {
  ({ origin } = await serveStatic(join(ROOT, '_site'), { port, host: HOST }));
} catch (error) {
  stop(
    error.code === 'EADDRINUSE'
      ? `port ${port} is in use: stop what uses it, or choose another, e.g. PORT=${port === 65535 ? 8001 : port + 1} npm start`
      : `cannot serve on ${HOST}:${port}: ${error.message}`,
  );
}

const first = await build(['site']);
if (!first.ok) stop('the site did not build (the error is above)');
const folders = watchedFolders({ storybook });
console.log(`\n  ms-stem-cell-widgets: open ${origin}/ (Ctrl+C stops)`);
console.log(`  watching ${folders.map((f) => `${f}/`).join(', ')}: a change rebuilds${storybook ? '' : '; Storybook: SITE_STORYBOOK=1 npm start'}\n`);

// One build at a time: changes that arrive during a build are built next, together.
let building = false;
let queued = [];
async function rebuild(paths) {
  queued.push(...paths);
  if (building) return;
  building = true;
  while (queued.length > 0) {
    const changed = [...new Set(queued)];
    queued = [];
    const names = stepsForAll(changed);
    if (names.length === 0) continue;
    const shown = changed.length > 3 ? `${changed.slice(0, 3).join(', ')} and ${changed.length - 3} more` : changed.join(', ');
    console.log(`start: ${shown} changed: rebuilding the ${names.join(' and the ')}…`);
    const result = await build(names);
    console.log(
      result.ok
        ? `start: rebuilt in ${result.seconds.toFixed(1)} s: reload ${origin}/`
        : `start: the ${result.failed} build failed (the error is above); ${origin}/ keeps the last good build until the next change`,
    );
  }
  building = false;
}
watchFolders(ROOT, folders, rebuild);
