// Runs a command with WebKit (Debian's WebKitGTK) ready for WebDriver:
//
//   node scripts/test-env/with-webkit.js wtr [args…]
//
// MiniBrowser has no headless mode, so without a display the command re-runs
// itself under `xvfb-run -a` (a virtual X server on a free display). Then it
// starts WebKitWebDriver on a free port, waits for its /status, runs the
// command with WEBKIT_DRIVER_PORT set (web-test-runner.config.js reads it),
// and stops the driver afterwards. A WebDriver session that cannot reach a
// display hangs without an error, so the whole run has a time limit
// (WEBKIT_TIMEOUT_MIN, default 15 minutes).
import { spawn, spawnSync } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { webkitDriverPath } from './browsers.js';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/test-env/with-webkit.js <command> [args…]');
  process.exit(2);
}

/** The exit code of a run whose X display did not answer: the run under xvfb-run is tried once more. */
const NO_DISPLAY = 75;

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  // -a: the first free display number, so parallel runs do not collide.
  const underXvfb = () =>
    spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, fileURLToPath(import.meta.url), command, ...args], {
      stdio: 'inherit',
    });
  let run = underXvfb();
  // A virtual display that did not come up (once in a CI rehearsal, 2026-12-07,
  // MiniBrowser could not open :99 and the run hung until its sessions timed out).
  if (run.status === NO_DISPLAY) {
    console.error('with-webkit: trying once more with a new virtual display');
    run = underXvfb();
  }
  if (run.error) {
    console.error(`with-webkit: cannot start xvfb-run (${run.error.message}); run npm test once as root, or: sudo apt-get install -y webkit2gtk-driver xvfb xauth`);
    process.exit(1);
  }
  process.exit(run.status ?? 1);
}

/**
 * Whether the local X display in DISPLAY (":99", "unix:99.0") accepts a
 * connection on its socket. A remote one ("host:0") is taken on trust.
 */
function displayAnswers(display) {
  const local = /^(?:unix)?:(\d+)(?:\.\d+)?$/.exec(display ?? '');
  if (!local) return Promise.resolve(true);
  return new Promise((resolve) => {
    const socket = connect(`/tmp/.X11-unix/X${local[1]}`);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

if (process.env.DISPLAY && !(await displayAnswers(process.env.DISPLAY))) {
  console.error(`with-webkit: the X display ${process.env.DISPLAY} does not answer (no server on /tmp/.X11-unix); MiniBrowser cannot start there. Unset DISPLAY to use a virtual one.`);
  process.exit(NO_DISPLAY);
}

const driverPath = webkitDriverPath();
if (!driverPath) {
  console.error('with-webkit: WebKitWebDriver not found; install it with: sudo apt-get install -y webkit2gtk-driver xvfb xauth');
  process.exit(1);
}

/** A port nobody listens on now: several runs (or agents) may share the machine. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const port = await freePort();
const driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], { stdio: ['ignore', 'ignore', 'inherit'] });
let driverExited = false;
driver.on('exit', () => (driverExited = true));

const stopDriver = () => {
  if (!driverExited) driver.kill('SIGTERM');
};
process.on('exit', stopDriver);

async function waitForDriver() {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (driverExited) throw new Error('WebKitWebDriver exited before it was ready');
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok && (await res.json()).value?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s`);
}

try {
  await waitForDriver();
} catch (e) {
  console.error(`with-webkit: ${e.message}`);
  stopDriver();
  process.exit(1);
}

const limitMin = Number(process.env.WEBKIT_TIMEOUT_MIN ?? 15);
const child = spawn(command, args, {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, WEBKIT_DRIVER_PORT: String(port) },
});
const timer = setTimeout(() => {
  console.error(`with-webkit: "${command}" still running after ${limitMin} min (a hung WebDriver session?); stopping it.`);
  child.kill('SIGTERM');
  setTimeout(() => child.kill('SIGKILL'), 5000).unref();
}, limitMin * 60_000);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

child.on('exit', (code, signal) => {
  clearTimeout(timer);
  stopDriver();
  process.exit(code ?? (signal ? 1 : 0));
});
child.on('error', (e) => {
  console.error(`with-webkit: cannot run "${command}": ${e.message}`);
  stopDriver();
  process.exit(1);
});
