/**
 * `npm run test:stories`: every Storybook story becomes a Vitest test, run in
 * Debian's Chromium (never a downloaded browser) through Playwright. Each
 * story renders, runs its play function, then axe checks it
 * (`parameters.a11y.test = 'error'` in .storybook/preview.ts) and the setup
 * file fails it on any console error or uncaught exception.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromeArgs, chromePath } from './scripts/test-env/browsers.js';

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  // Lit pre-bundled once, together with the Lit module Storybook's renderer
  // imports (lit/directive-helpers.js): otherwise lit-html loads twice.
  optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook'), storybookScript: 'npm run storybook -- --no-open' })],
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromePath(), args: chromeArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
