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
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { webkitDriverPath } from './browsers.js';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/test-env/with-webkit.js <command> [args…]');
  process.exit(2);
}

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  // -a: the first free display number, so parallel runs do not collide.
  const run = spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, fileURLToPath(import.meta.url), command, ...args], {
    stdio: 'inherit',
  });
  if (run.error) {
    console.error(`with-webkit: cannot start xvfb-run (${run.error.message}); run npm test once as root, or: sudo apt-get install -y webkit2gtk-driver xvfb xauth`);
    process.exit(1);
  }
  process.exit(run.status ?? 1);
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
