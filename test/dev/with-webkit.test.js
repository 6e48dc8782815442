// scripts/test-env/with-webkit.js: a local X display that does not answer is
// named, with exit code 75 (the code its own xvfb-run branch retries once),
// before a WebKit session could hang on it; one that answers runs the command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../scripts/test-env/with-webkit.js', import.meta.url));
test('a display with no X server: named, exit 75, the command never runs', () => {
  // Display numbers this high are never handed out by xvfb-run -a.
  assert.equal(existsSync('/tmp/.X11-unix/X12345'), false);
  const result = spawnSync(process.execPath, [SCRIPT, process.execPath, '-e', 'console.log("ran")'], {
    env: { ...process.env, DISPLAY: ':12345' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(result.status, 75);
  assert.match(result.stderr, /with-webkit: the X display :12345 does not answer/);
  assert.doesNotMatch(result.stdout, /ran/);
});

test('no display: a virtual one that answers, and the command runs there', () => {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const result = spawnSync(process.execPath, [SCRIPT, process.execPath, '-e', 'console.log("display " + process.env.DISPLAY)'], {
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^display :\d+$/m);
});
