// `npm run setup` (pretest calls it): finds the browsers and tools the tests need, installing what is missing.
// The browser suites need Debian's Chromium, Firefox and WebKit (WebKitGTK's
// MiniBrowser with WebKitWebDriver, under Xvfb), the print test poppler's
// pdftotext and pdftoppm, and the WordPress suite Debian's WordPress, MariaDB
// and PHP (scripts/test-env/wordpress-tools.js). Where they are missing and
// apt is usable as root, this installs them; otherwise it stops with the exact
// command to run. A browser is never skipped silently.
import { execSync } from 'node:child_process';
import { chromePath, firefoxPath, pdftoppmPath, pdftotextPath, webkitDriverPath, webkitPath, xvfbRunPath } from './browsers.js';
import { missingWordPressTools, WORDPRESS_PACKAGES, wordpressInstallCommand } from './wordpress-tools.js';

const BROWSERS = [
  { name: 'Chromium', path: chromePath, env: 'CHROME_PATH', packages: 'chromium fonts-dejavu-core' },
  { name: 'Firefox', path: firefoxPath, env: 'FIREFOX_PATH', packages: 'firefox-esr' },
  { name: 'WebKit (MiniBrowser)', path: webkitPath, env: 'WEBKIT_PATH', packages: 'webkit2gtk-driver' },
  { name: 'WebKitWebDriver', path: webkitDriverPath, env: 'WEBKIT_DRIVER_PATH', packages: 'webkit2gtk-driver' },
  // MiniBrowser has no headless mode; xvfb-run gives it a virtual display (xauth: its cookie).
  { name: 'xvfb-run', path: xvfbRunPath, env: undefined, packages: 'xvfb xauth' },
  // The print test (test/print/) reads its PDFs with pdftotext and draws them with pdftoppm.
  { name: 'pdftotext', path: pdftotextPath, env: 'PDFTOTEXT_PATH', packages: 'poppler-utils' },
  { name: 'pdftoppm', path: pdftoppmPath, env: 'PDFTOPPM_PATH', packages: 'poppler-utils' },
];
const ALL_PACKAGES = [...new Set(BROWSERS.flatMap((b) => b.packages.split(' ')))].join(' ');

const missing = () => BROWSERS.filter((b) => !b.path());
const packagesFor = (list) => [...new Set(list.flatMap((b) => b.packages.split(' ')))].join(' ');
const install = (list) => `apt-get update && apt-get install -y ${packagesFor(list)}`;

const canApt = () => {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return process.getuid?.() === 0;
  } catch {
    return false;
  }
};

if (missing().length && canApt()) {
  const list = missing();
  console.log(`pretest: installing ${list.map((b) => b.name).join(', ')} with apt (about a minute)…`);
  execSync(install(list), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

if (missingWordPressTools().length && canApt()) {
  const list = missingWordPressTools();
  console.log(`pretest: installing ${list.map((t) => t.name).join(', ')} with apt for the WordPress suite (about a minute)…`);
  execSync(wordpressInstallCommand(list), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

const stillWordPress = missingWordPressTools();
if (stillWordPress.length) {
  console.error(`pretest: ${stillWordPress.map((t) => t.name).join(', ')} not found (the WordPress suite, test/wordpress/, runs them).`);
  console.error(`Install them with:\n  sudo sh -c '${wordpressInstallCommand(stillWordPress)}'`);
  console.error(`(everything the WordPress suite uses: apt-get install -y ${WORDPRESS_PACKAGES})`);
  process.exit(1);
}

const still = missing();
if (still.length) {
  console.error(`pretest: ${still.map((b) => b.name).join(', ')} not found.`);
  console.error(`Install them with:\n  sudo sh -c '${install(still)}'`);
  console.error(`(everything the browser suites use: apt-get install -y ${ALL_PACKAGES})`);
  const envs = still.map((b) => b.env).filter(Boolean);
  if (envs.length) console.error(`or point ${envs.join(' / ')} at an existing binary.`);
  process.exit(1);
}
console.log(
  `pretest: Chromium at ${chromePath()}, Firefox at ${firefoxPath()}, WebKit at ${webkitPath()} (driver ${webkitDriverPath()}, display by ${xvfbRunPath()}), ${pdftotextPath()} and ${pdftoppmPath()}; WordPress, MariaDB and PHP for the WordPress suite`,
);
