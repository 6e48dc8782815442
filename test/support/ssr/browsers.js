// Debian's Chromium and Firefox through puppeteer, never a downloaded browser.
import puppeteer from 'puppeteer';
import { chromeArgs, chromePath, firefoxPath } from '../../../scripts/test-env/browsers.js';

export const BROWSERS = ['chromium', 'firefox'];

/**
 * Launches a browser. `javaScript: false` turns scripting off for the whole
 * browser, as a reader who disabled it would: Chromium per page (see
 * `newPage`), Firefox by its `javascript.enabled` preference.
 */
export async function launch(name, { javaScript = true } = {}) {
  const browser =
    name === 'chromium'
      ? await puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: firefoxPath(),
          headless: true,
          extraPrefsFirefox: { 'javascript.enabled': javaScript },
        });
  return {
    browser,
    async newPage() {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 800 });
      if (!javaScript && name === 'chromium') await page.setJavaScriptEnabled(false);
      return page;
    },
    close: () => browser.close(),
  };
}
