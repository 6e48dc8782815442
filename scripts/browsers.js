// Where the Debian browsers live; CHROME_PATH / FIREFOX_PATH override.
import { existsSync } from 'node:fs';

const first = (...paths) => paths.find((p) => p && existsSync(p));

export const chromePath = () =>
  first(process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome');
export const firefoxPath = () => first(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox');

/** Flags for Debian's Chromium on a closed network, as root, headless. */
export const chromeArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
