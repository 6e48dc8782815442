import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromeArgs, chromePath, firefoxPath } from './scripts/browsers.js';

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  concurrency: 2,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: chromeArgs },
    }),
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true },
    }),
  ],
};
