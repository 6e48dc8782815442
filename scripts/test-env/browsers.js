// Where the Debian browsers live; CHROME_PATH / FIREFOX_PATH / WEBKIT_PATH /
// WEBKIT_DRIVER_PATH override.
import { existsSync } from 'node:fs';

const first = (...paths) => paths.find((p) => p && existsSync(p));

export const chromePath = () =>
  first(process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome');
export const firefoxPath = () => first(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox');

/** WebKitGTK's MiniBrowser (Debian's webkit2gtk-driver brings it), driven over WebDriver. */
export const webkitPath = () =>
  first(
    process.env.WEBKIT_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  );
export const webkitDriverPath = () => first(process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver');
/** MiniBrowser has no headless mode: it needs an X server (xvfb-run starts one). */
export const xvfbRunPath = () => first('/usr/bin/xvfb-run');

/** poppler-utils: the print test reads its PDFs back as text (pdftotext) and draws their pages (pdftoppm). */
export const pdftotextPath = () => first(process.env.PDFTOTEXT_PATH, '/usr/bin/pdftotext');
export const pdftoppmPath = () => first(process.env.PDFTOPPM_PATH, '/usr/bin/pdftoppm');

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
