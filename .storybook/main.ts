import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * The package's `sideEffects` field lists only dist/ files, so a production
 * build treats every src/ module as side-effect free and drops the bare
 * `import '../src/components/…'` that registers an element: the static
 * Storybook would render empty tags. Storybook imports the sources, so mark
 * them as having side effects (they do: each one defines its element).
 */
const keepElementDefinitions = (): Plugin => ({
  name: 'ms-keep-element-definitions',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && resolved.id.startsWith(srcDir) ? { ...resolved, moduleSideEffects: true } : null;
  },
});

/**
 * Storybook for the ms-* elements. Stories import the TypeScript sources
 * directly; docs and controls come from custom-elements.json, which the
 * `storybook` and `build-storybook` scripts regenerate first.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(config) {
    return {
      ...config,
      plugins: [...(config.plugins ?? []), keepElementDefinitions()],
      // One copy of Lit: the elements import `lit`, Storybook's renderer
      // `lit/directive-helpers.js`; pre-bundled together they share lit-html,
      // otherwise the dev server loads it twice.
      optimizeDeps: {
        ...config.optimizeDeps,
        include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
      },
    };
  },
};

export default config;
