// pretest: the browser suites need Debian's Chromium and Firefox. Find them;
// where they are missing and apt is usable as root, install them; otherwise
// stop with the exact command to run. A browser is never skipped silently.
import { execSync } from 'node:child_process';
import { chromePath, firefoxPath } from './browsers.js';

const PACKAGES = 'chromium firefox-esr fonts-dejavu-core';
const INSTALL = `apt-get update && apt-get install -y ${PACKAGES}`;

const missing = () =>
  [
    ['Chromium', chromePath(), 'CHROME_PATH'],
    ['Firefox', firefoxPath(), 'FIREFOX_PATH'],
  ].filter(([, path]) => !path);

const canApt = () => {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return process.getuid?.() === 0;
  } catch {
    return false;
  }
};

if (missing().length && canApt()) {
  console.log(`pretest: installing ${missing().map(([name]) => name).join(' and ')} with apt (about 30 s)…`);
  execSync(INSTALL, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

const still = missing();
if (still.length) {
  console.error(`pretest: ${still.map(([name]) => name).join(' and ')} not found.`);
  console.error(`Install them with:\n  sudo sh -c '${INSTALL}'`);
  console.error(`or point ${still.map(([, , env]) => env).join(' / ')} at an existing binary.`);
  process.exit(1);
}
console.log(`pretest: Chromium at ${chromePath()}, Firefox at ${firefoxPath()}`);
